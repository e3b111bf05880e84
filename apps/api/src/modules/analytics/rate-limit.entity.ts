import { Column, Entity } from 'typeorm';

/**
 * Requests per subject (e.g. `user:12`) per fixed window. Kept in PostgreSQL so that several API
 * processes count as one; old windows are swept now and then (common/limits.ts).
 */
@Entity({ name: 'api_rate_limit' })
export class RateLimitWindow {
  @Column({ type: 'varchar', length: 60, primary: true })
  subject: string;

  @Column({ type: 'timestamptz', primary: true })
  windowStart: Date;

  @Column({ type: 'integer', default: 1 })
  requests: number;
}
