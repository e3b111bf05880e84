import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { isPasswordLongEnough, PASSWORD_MIN_LENGTH, type Role } from '@luzhi/shared';
import type { DataSource } from 'typeorm';
import type { Context, Viewer } from '../../common/context';
import { AppError, badInput } from '../../common/errors';
import { preparedQueryOn } from '../../common/prefetch';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';

/** argon2id (the library's default algorithm) with its recommended cost parameters. */
export const hashPassword = (password: string) => hash(password);

// Verified against when the username does not exist, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

export function assertPasswordStrength(password: string): void {
  if (!isPasswordLongEnough(password)) throw badInput('user.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest();

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: User;
}

export async function login(ctx: Context, usernameRaw: string, password: string): Promise<LoginOutcome> {
  const username = usernameRaw.trim().toLowerCase().slice(0, 200);
  const { loginMaxFailures, loginLockMinutes, sessionTtlHours } = ctx.config;
  const db = ctx.db;

  const [throttle] = (await db.query(`SELECT failures, locked_until FROM login_throttle WHERE username = $1`, [username])) as {
    failures: number;
    locked_until: Date | null;
  }[];
  if (throttle?.locked_until && throttle.locked_until.getTime() > Date.now()) {
    const minutes = Math.ceil((throttle.locked_until.getTime() - Date.now()) / 60000);
    throw new AppError('UNAUTHENTICATED', 'auth.locked', { minutes });
  }

  const user = await db
    .getRepository(User)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('lower(u.username) = :username', { username })
    .getOne();
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);

  if (!user || !ok) {
    // Counted outside any transaction: the failure must stick although the mutation fails.
    const [row] = (await db.query(
      `INSERT INTO login_throttle (username, failures) VALUES ($1, 1)
       ON CONFLICT (username) DO UPDATE SET failures = CASE
         WHEN login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= now() THEN 1
         ELSE login_throttle.failures + 1 END,
         locked_until = CASE WHEN login_throttle.locked_until <= now() THEN NULL ELSE login_throttle.locked_until END
       RETURNING failures`,
      [username],
    )) as { failures: number }[];
    if (row!.failures >= loginMaxFailures) {
      await db.query(`UPDATE login_throttle SET locked_until = now() + make_interval(mins => $2) WHERE username = $1`, [username, loginLockMinutes]);
      ctx.log.warn({ username, requestId: ctx.requestId, ip: ctx.ip }, 'account locked after repeated failed sign-ins');
    } else {
      ctx.log.info({ username, requestId: ctx.requestId, ip: ctx.ip }, 'failed sign-in');
    }
    throw new AppError('UNAUTHENTICATED', 'auth.invalidCredentials');
  }
  if (user.disabled) throw new AppError('UNAUTHENTICATED', 'auth.disabled');

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionTtlHours * 3600_000);
  await db.transaction(async (em) => {
    await em.query(`DELETE FROM login_throttle WHERE username = $1`, [username]);
    await em.getRepository(UserSession).save(
      em.getRepository(UserSession).create({ tokenHash: tokenHash(token), userId: user.id, expiresAt, ip: ctx.ip, userAgent: ctx.userAgent?.slice(0, 300) ?? null, revokedAt: null }),
    );
    await em.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
  });
  return { token, expiresAt, user };
}

/** The session of a bearer token and its user: the one statement every signed-in request starts with (a read). */
export const VIEWER_SQL = `SELECT s.id AS session_id, s.expires_at, s.revoked_at, u.id, u.username, u.display_name, u.role, u.disabled,
            u.scope_organization_id, u.scope_deputy_id, u.scope_group_id, s.last_write_lsn
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1`;

/**
 * The session and its user, read on the primary (a sign-out or a disabled user counts at once, in
 * every process), as a prepared statement (planned once per connection). The rate limit is counted
 * after it (`RateCounter`).
 */
export async function resolveViewer(db: DataSource, token: string): Promise<{ viewer: Viewer | null; problem: 'expired' | null }> {
  const rows = await preparedQueryOn<Record<string, unknown>>(db, VIEWER_SQL, [tokenHash(token)]);
  const row = rows[0];
  if (!row) return { viewer: null, problem: 'expired' };
  if (row.revoked_at || (row.expires_at as Date).getTime() <= Date.now() || row.disabled) return { viewer: null, problem: 'expired' };
  return {
    problem: null,
    viewer: {
      id: row.id as number,
      username: row.username as string,
      displayName: row.display_name as string,
      role: row.role as Role,
      scopeOrganizationId: row.scope_organization_id as number | null,
      scopeDeputyId: row.scope_deputy_id as number | null,
      scopeGroupId: row.scope_group_id as number | null,
      sessionId: row.session_id as number,
      lastWriteLsn: (row.last_write_lsn as string | null) ?? null,
    },
  };
}

export async function logout(ctx: Context): Promise<boolean> {
  if (!ctx.viewer) return false;
  await ctx.db.transaction(async (em) => {
    const session = await em.getRepository(UserSession).findOneByOrFail({ id: ctx.viewer!.sessionId });
    session.revokedAt = new Date();
    await em.getRepository(UserSession).save(session);
  });
  return true;
}

/** Ends every open session of a user; returns how many were open. */
export async function endSessions(ctx: Context, userId: number): Promise<number> {
  return ctx.db.transaction(async (em) => {
    const open = await em
      .getRepository(UserSession)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', { userId })
      .getMany();
    const now = new Date();
    for (const s of open) s.revokedAt = now;
    await em.getRepository(UserSession).save(open);
    return open.length;
  });
}
