import { ROLE_SCOPE, type Role } from '@luzhi/shared';
import type { EntityManager } from 'typeorm';
import { assertVersion, escapeLike } from '../../common/records';
import type { Context } from '../../common/context';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertPasswordStrength, endSessions, hashPassword } from './auth.service';
import { User } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { UserSort } from './user.inputs';
import { verify } from '@node-rs/argon2';

const SORTS: Record<UserSort, [string, 'ASC' | 'DESC']> = {
  [UserSort.USERNAME_ASC]: ['u.username', 'ASC'],
  [UserSort.USERNAME_DESC]: ['u.username', 'DESC'],
  [UserSort.CREATED_AT_DESC]: ['u.createdAt', 'DESC'],
  [UserSort.LAST_LOGIN_DESC]: ['u.lastLoginAt', 'DESC'],
};

export function listUsers(ctx: Context, filter: UserFilter | undefined, sort: UserSort | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(User).createQueryBuilder('u');
  if (filter?.search) qb.andWhere('(u.username ILIKE :s OR u.displayName ILIKE :s)', { s: `%${escapeLike(filter.search)}%` });
  if (filter?.role) qb.andWhere('u.role = :role', { role: filter.role });
  if (filter?.disabled !== undefined && filter.disabled !== null) qb.andWhere('u.disabled = :disabled', { disabled: filter.disabled });
  const [column, direction] = SORTS[sort ?? UserSort.USERNAME_ASC];
  qb.orderBy(column, direction, direction === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST').addOrderBy('u.id', 'ASC');
  return paginate(qb, page);
}

export async function getUser(ctx: Context, id: number, em: EntityManager = ctx.db.manager): Promise<User> {
  const user = await em.getRepository(User).findOneBy({ id });
  if (!user) throw notFound({ zh: '用户', en: 'user' }, id);
  return user;
}

const optionalId = (v: string | null | undefined, what: string) => (v === undefined ? undefined : v === null || v === '' ? null : toId(v, what));

function checkScope(role: Role, scope: { scopeOrganizationId: number | null; scopeDeputyId: number | null; scopeGroupId: number | null }) {
  const needs = ROLE_SCOPE[role];
  const labels = { organization: { zh: '承办单位', en: 'handling unit' }, deputy: { zh: '代表', en: 'deputy' }, group: { zh: '代表小组', en: 'group' } } as const;
  if (needs === 'organization' && !scope.scopeOrganizationId) throw badInput('user.scopeRequired', { role, scope: labels.organization });
  if (needs === 'deputy' && !scope.scopeDeputyId) throw badInput('user.scopeRequired', { role, scope: labels.deputy });
  if (needs === 'group' && !scope.scopeGroupId) throw badInput('user.scopeRequired', { role, scope: labels.group });
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  assertPasswordStrength(input.password);
  const scope = {
    scopeOrganizationId: optionalId(input.scopeOrganizationId, 'scopeOrganizationId') ?? null,
    scopeDeputyId: optionalId(input.scopeDeputyId, 'scopeDeputyId') ?? null,
    scopeGroupId: optionalId(input.scopeGroupId, 'scopeGroupId') ?? null,
  };
  checkScope(input.role, scope);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(User);
    const taken = await repo.createQueryBuilder('u').where('lower(u.username) = lower(:n)', { n: input.username }).getExists();
    if (taken) throw conflict('user.usernameTaken', { username: input.username });
    const user = repo.create({ username: input.username.toLowerCase(), displayName: input.displayName.trim(), passwordHash, role: input.role, ...scope, disabled: false, locale: 'zh-CN', lastLoginAt: null });
    await repo.save(user);
    return user;
  });
}

export async function updateUser(ctx: Context, id: number, input: UpdateUserInput): Promise<User> {
  const disabledNow = await ctx.db.transaction(async (em) => {
    const user = await em.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound({ zh: '用户', en: 'user' }, id);
    assertVersion({ zh: '用户', en: 'user' }, user.version, input.version);
    if (input.displayName !== undefined && input.displayName !== null) user.displayName = input.displayName.trim();
    if (input.role) user.role = input.role;
    const org = optionalId(input.scopeOrganizationId, 'scopeOrganizationId');
    const dep = optionalId(input.scopeDeputyId, 'scopeDeputyId');
    const grp = optionalId(input.scopeGroupId, 'scopeGroupId');
    if (org !== undefined) user.scopeOrganizationId = org;
    if (dep !== undefined) user.scopeDeputyId = dep;
    if (grp !== undefined) user.scopeGroupId = grp;
    checkScope(user.role, user);
    let justDisabled = false;
    if (input.disabled !== undefined && input.disabled !== null) {
      if (input.disabled && id === ctx.viewer?.id) throw badInput('user.cannotDisableSelf');
      justDisabled = input.disabled && !user.disabled;
      user.disabled = input.disabled;
    }
    await em.getRepository(User).save(user);
    return justDisabled;
  });
  if (disabledNow) await endSessions(ctx, id);
  return getUser(ctx, id);
}

export async function resetPassword(ctx: Context, id: number, newPassword: string): Promise<boolean> {
  assertPasswordStrength(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (em) => {
    const user = await em.getRepository(User).findOneBy({ id });
    if (!user) throw notFound({ zh: '用户', en: 'user' }, id);
    user.passwordHash = passwordHash;
    await em.getRepository(User).save(user);
  });
  await endSessions(ctx, id);
  return true;
}

export async function changeOwnPassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  assertPasswordStrength(newPassword);
  const viewer = ctx.viewer!;
  const user = await ctx.db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: viewer.id }).getOneOrFail();
  if (!(await verify(user.passwordHash, currentPassword).catch(() => false))) throw new AppError('BAD_USER_INPUT', 'auth.wrongCurrentPassword');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (em) => {
    user.passwordHash = passwordHash;
    await em.getRepository(User).save(user);
    // Other sessions end; the one that changed the password stays.
    await em.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [viewer.id, viewer.sessionId]);
  });
  return true;
}

export async function setLocale(ctx: Context, locale: string): Promise<User> {
  if (locale !== 'zh-CN' && locale !== 'en') throw badInput('common.invalidInput', { details: `locale: ${locale} (zh-CN, en)` });
  return ctx.db.transaction(async (em) => {
    const user = await getUser(ctx, ctx.viewer!.id, em);
    user.locale = locale;
    return em.getRepository(User).save(user);
  });
}
