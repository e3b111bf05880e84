import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A signed-in session. Only the SHA-256 of its token is stored. */
@ObjectType({ description: '登录会话 / A sign-in session' })
@Entity({ name: 'user_session' })
export class UserSession {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('IDX_user_session_token_hash', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Index('IDX_user_session_user_id')
  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user: User;

  @Field(() => Date, { description: '登录时间 / Signed in at' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: '过期时间 / Expires at' })
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: '结束时间(退出或被结束)/ When it was ended (sign-out or by an administrator)' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: '登录 IP / The IP address it signed in from' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** The primary's WAL position after this session's last write (see db/read-routing.ts). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  lastWriteLsn: string | null;

  @Field(() => String, { nullable: true, description: '浏览器标识 / The browser\'s user agent' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}

/** Failed sign-ins per username, known or not, so that probing names reveals nothing. */
@Entity({ name: 'login_throttle' })
export class LoginThrottle {
  @Column({ type: 'varchar', length: 200, primary: true })
  username: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
