import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limit's counters are written on every signed-in request. Durable, each of those
 * writes waited for a WAL flush, and requests of one user queued behind each other's flushes
 * (6 ms a request under the benchmark's load). A counter lost in a crash only forgives a minute
 * of requests, so the table is UNLOGGED: no WAL, no flush; a crash empties it. It is also not
 * copied to replicas, which never read it.
 */
export class RateLimitUnlogged1764300610000 implements MigrationInterface {
  name = 'RateLimitUnlogged1764300610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_rate_limit SET UNLOGGED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_rate_limit SET LOGGED`);
  }
}
