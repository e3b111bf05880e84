import { parse } from 'graphql';
import DataLoader from 'dataloader';
import { can, PERMISSIONS as P } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertVersion, escapeLike } from '../../common/records';
import { User } from '../users/user.entity';
import { SavedQuery } from './saved-query.entity';
import type { SavedQueryFilter, SavedQueryInput, UpdateSavedQueryInput } from './analytics.inputs';
import { QueryRun } from './query-run.entity';

const ENTITY = { zh: '保存的查询', en: 'saved query' };

function checkDocument(query: string): void {
  try {
    parse(query, { maxTokens: 5000 });
  } catch (err) {
    throw badInput('analytics.invalidQuery', { details: (err as Error).message.slice(0, 200) });
  }
}

function checkVariables(variables: unknown): void {
  if (variables === undefined || variables === null) return;
  if (typeof variables !== 'object' || Array.isArray(variables)) throw badInput('common.invalidInput', { details: 'variables: a JSON object' });
}

/** What a viewer may see: their own queries and the shared ones. */
export function listSavedQueries(ctx: Context, filter: SavedQueryFilter | undefined, page: PageArgs) {
  const viewerId = ctx.viewer!.id;
  const qb = ctx.db.getRepository(SavedQuery).createQueryBuilder('q').where('(q.ownerId = :me OR q.shared)', { me: viewerId });
  if (filter?.mine) qb.andWhere('q.ownerId = :me');
  if (filter?.ownerId) qb.andWhere('q.ownerId = :owner', { owner: toId(filter.ownerId, 'ownerId') });
  if (filter?.search) qb.andWhere('(q.name ILIKE :s OR q.description ILIKE :s)', { s: `%${escapeLike(filter.search)}%` });
  qb.orderBy('q.name', 'ASC').addOrderBy('q.id', 'ASC');
  return paginate(qb, page);
}

export async function getSavedQuery(ctx: Context, id: number): Promise<SavedQuery> {
  const found = await ctx.db.getRepository(SavedQuery).findOneBy({ id });
  // Someone else's private query does not exist, as far as this viewer can tell.
  if (!found || (!found.shared && found.ownerId !== ctx.viewer!.id)) throw notFound(ENTITY, id);
  return found;
}

export async function createSavedQuery(ctx: Context, input: SavedQueryInput): Promise<SavedQuery> {
  checkDocument(input.query);
  checkVariables(input.variables);
  const name = input.name.trim();
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(SavedQuery);
    if (await repo.existsBy({ ownerId: ctx.viewer!.id, name })) throw conflict('analytics.savedQueryNameTaken', { name });
    return repo.save(
      repo.create({ ownerId: ctx.viewer!.id, name, description: input.description?.trim() ?? '', query: input.query, variables: input.variables ?? null, shared: input.shared ?? false }),
    );
  });
}

export async function updateSavedQuery(ctx: Context, id: number, input: UpdateSavedQueryInput): Promise<SavedQuery> {
  if (input.query !== undefined && input.query !== null) checkDocument(input.query);
  checkVariables(input.variables);
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(SavedQuery);
    const q = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!q || (!q.shared && q.ownerId !== ctx.viewer!.id)) throw notFound(ENTITY, id);
    if (q.ownerId !== ctx.viewer!.id) throw new AppError('FORBIDDEN', 'analytics.savedQueryNotOwner');
    assertVersion(ENTITY, q.version, input.version);
    if (input.name !== undefined && input.name !== null && input.name.trim() !== q.name) {
      const name = input.name.trim();
      if (await repo.existsBy({ ownerId: q.ownerId, name })) throw conflict('analytics.savedQueryNameTaken', { name });
      q.name = name;
    }
    if (input.description !== undefined && input.description !== null) q.description = input.description.trim();
    if (input.query !== undefined && input.query !== null) q.query = input.query;
    if (input.variables !== undefined) q.variables = input.variables;
    if (input.shared !== undefined && input.shared !== null) q.shared = input.shared;
    return repo.save(q);
  });
}

/** The owner deletes; an administrator may also remove someone's shared query. */
export async function deleteSavedQuery(ctx: Context, id: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(SavedQuery);
    const q = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!q || (!q.shared && q.ownerId !== ctx.viewer!.id)) throw notFound(ENTITY, id);
    if (q.ownerId !== ctx.viewer!.id && !can(ctx.viewer!.role, P.USER_MANAGE)) throw new AppError('FORBIDDEN', 'analytics.savedQueryNotOwner');
    await repo.remove(q);
    return true;
  });
}

/** Owners' display names, one statement per request however many queries are listed. */
export function ownerNameLoader(ctx: Context) {
  return ctx.loaders.get('analytics.ownerName', () =>
    new DataLoader<number, string | null>(async (ids) => {
      const users = await ctx.db.getRepository(User).createQueryBuilder('u').select(['u.id', 'u.displayName']).where('u.id IN (:...ids)', { ids: [...ids] }).getMany();
      const names = new Map(users.map((u) => [u.id, u.displayName]));
      return ids.map((id) => names.get(id) ?? null);
    }),
  );
}

export function myQueryRuns(ctx: Context, first: number): Promise<QueryRun[]> {
  return ctx.db
    .getRepository(QueryRun)
    .createQueryBuilder('r')
    .where('r.userId = :me', { me: ctx.viewer!.id })
    .orderBy('r.id', 'DESC')
    .limit(Math.min(Math.max(first, 0), ctx.config.queryHistorySize))
    .getMany();
}
