import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dateRangeProblem, DIVISION_KIND_DEPTH, DIVISION_KIND_LABELS, isValidIsoDate, isValidPhone, type CongressLevel, type Localized } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { toId } from '../../common/pagination';
import { assertVersion, escapeLike, searchWords } from '../../common/records';
import { Congress, Session, Term } from './congress.entity';
import { Division } from './division.entity';
import { Organization } from './organization.entity';

/**
 * What the database says when a change breaks a constraint, as an error a person can act on: a
 * record still referred to cannot be deleted; a duplicate names what is duplicated.
 */
function translateDbError(err: unknown, entity: Localized, deleting: boolean): never {
  const raw = err as { code?: string; detail?: string; constraint?: string; driverError?: { code?: string; detail?: string; constraint?: string } };
  const e = raw?.driverError ?? raw;
  // 23001: a RESTRICT foreign key; 23503: any other foreign key.
  if ((e?.code === '23503' || e?.code === '23001') && deleting) throw conflict('registry.inUse', { entity });
  if (e?.code === '23503') throw badInput('registry.missingReference', { entity, details: e.detail?.replace(/^Key /, '') ?? e.constraint ?? '' });
  if (e?.code === '23505') throw conflict('registry.duplicate', { entity, details: e.detail?.replace(/^Key /, '') ?? e.constraint ?? '' });
  throw err;
}

export async function inTransaction<T>(ctx: Context, entity: Localized, work: (em: EntityManager) => Promise<T>, deleting = false): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (err) {
    if (err instanceof AppError) throw err;
    translateDbError(err, entity, deleting);
  }
}

export type Check<V> = (em: EntityManager, values: V, id?: number) => Promise<void> | void;

/** Creates a record after its checks, in one transaction (audited through the entity). */
export function createRecord<T extends ObjectLiteral>(ctx: Context, target: EntityTarget<T>, label: Localized, values: Partial<T>, check?: Check<Partial<T>>): Promise<T> {
  return inTransaction(ctx, label, async (em) => {
    await check?.(em, values);
    const repo = em.getRepository(target);
    return repo.save(repo.create(values as T));
  });
}

/**
 * Replaces a record's editable values when `version` is the one stored; a stale version is refused
 * with CONFLICT and nothing changes.
 */
export function updateRecord<T extends ObjectLiteral & { id: number; version: number }>(
  ctx: Context, target: EntityTarget<T>, label: Localized, id: number, version: number, values: Partial<T>, check?: Check<Partial<T>>,
): Promise<T> {
  return inTransaction(ctx, label, async (em) => {
    const repo = em.getRepository(target);
    const row = await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound(label, id);
    assertVersion(label, row.version, version);
    await check?.(em, values, id);
    Object.assign(row, values);
    return repo.save(row);
  });
}

/** Deletes a record at the given version; one that others still refer to stays, with a CONFLICT. */
export function deleteRecord<T extends ObjectLiteral & { id: number; version: number }>(
  ctx: Context, target: EntityTarget<T>, label: Localized, id: number, version: number,
): Promise<boolean> {
  return inTransaction(ctx, label, async (em) => {
    const repo = em.getRepository(target);
    const row = await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound(label, id);
    assertVersion(label, row.version, version);
    await repo.remove(row);
    return true;
  }, true);
}

export function checkDates(start: string | null | undefined, end: string | null | undefined): void {
  if (start && !isValidIsoDate(start)) throw badInput('deputy.dateInvalid', { value: start });
  if (end && !isValidIsoDate(end)) throw badInput('deputy.dateInvalid', { value: end });
  if (start && end) {
    const problem = dateRangeProblem(start, end);
    if (problem) throw badInput(problem, { value: end });
  }
}

export function checkPhone(phone: string | null | undefined): void {
  if (phone && !isValidPhone(phone)) throw badInput('deputy.phoneInvalid', { value: phone });
}

/** A tree's parent may be neither the record itself nor anything below it. */
async function assertNoCycle(em: EntityManager, table: 'division' | 'organization', id: number, parentId: number): Promise<void> {
  const [row] = await em.query(
    `WITH RECURSIVE up AS (SELECT id, parent_id FROM ${table} WHERE id = $1 UNION ALL SELECT t.id, t.parent_id FROM ${table} t JOIN up ON t.id = up.parent_id) SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
    [parentId, id],
  );
  if (row) throw badInput('registry.treeCycle');
}

export const checkDivision: Check<Partial<Division>> = async (em, values, id) => {
  if (values.parentId == null) return;
  const parent = await em.getRepository(Division).findOneBy({ id: values.parentId });
  if (!parent) throw notFound({ zh: '上级区划', en: 'parent division' }, values.parentId);
  if (id) await assertNoCycle(em, 'division', id, parent.id);
  if (values.kind && DIVISION_KIND_DEPTH[values.kind] <= DIVISION_KIND_DEPTH[parent.kind]) {
    throw badInput('registry.divisionKindOrder', { child: DIVISION_KIND_LABELS[values.kind].zh, parent: DIVISION_KIND_LABELS[parent.kind].zh });
  }
};

export const checkOrganization: Check<Partial<Organization>> = async (em, values, id) => {
  checkPhone(values.contactPhone);
  if (values.parentId == null) return;
  if (!(await em.getRepository(Organization).existsBy({ id: values.parentId }))) throw notFound({ zh: '上级单位', en: 'parent organization' }, values.parentId);
  if (id) await assertNoCycle(em, 'organization', id, values.parentId);
};

/** Whether the server sorts Chinese by pinyin itself (an ICU collation), checked once. */
let zhCollation: Promise<boolean> | undefined;
export function hasPinyinCollation(em: EntityManager): Promise<boolean> {
  zhCollation ??= em.query(`SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu'`).then((r: unknown[]) => r.length > 0).catch(() => false);
  return zhCollation;
}

export interface ChoiceFilter {
  search?: string | null;
  ids?: string[] | null;
  first?: number | null;
  level?: CongressLevel | null;
}

/** `(a ILIKE :w OR b ILIKE :w …)` for each word of the search: every word must match somewhere. */
export function matchEveryWord(qb: SelectQueryBuilder<ObjectLiteral>, columns: string[], search: string | null | undefined): void {
  for (const [i, word] of searchWords(search).entries()) {
    qb.andWhere(`(${columns.map((c) => `${c} ILIKE :w${i}`).join(' OR ')})`, { [`w${i}`]: `%${escapeLike(word)}%` });
  }
}

/** Congresses by level, search (name or region) and ids, in id order; `first` caps the list. */
export function findCongresses(ctx: Context, filter: ChoiceFilter): Promise<Congress[]> {
  if (filter.ids?.length === 0 || filter.first === 0) return Promise.resolve([]);
  const qb = ctx.db.getRepository(Congress).createQueryBuilder('c').orderBy('c.id', 'ASC');
  if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
  if (filter.ids) qb.andWhere('c.id IN (:...ids)', { ids: filter.ids.map((id) => toId(id)) });
  matchEveryWord(qb, ['c.name', 'c.region'], filter.search);
  if (filter.first != null) qb.limit(filter.first);
  return qb.getMany();
}

/**
 * Terms by congress, level, search (the term's name or its congress's name or region) and ids, in
 * congress and ordinal order; `first` caps the list.
 */
export function findTerms(ctx: Context, filter: ChoiceFilter & { congressId?: string | null }): Promise<Term[]> {
  if (filter.ids?.length === 0 || filter.first === 0) return Promise.resolve([]);
  const qb = ctx.db.getRepository(Term).createQueryBuilder('t').orderBy('t.congressId', 'ASC').addOrderBy('t.number', 'ASC');
  if (filter.congressId) qb.andWhere('t.congressId = :c', { c: toId(filter.congressId) });
  if (filter.ids) qb.andWhere('t.id IN (:...ids)', { ids: filter.ids.map((id) => toId(id)) });
  const words = searchWords(filter.search);
  if (words.length) {
    // Many terms to one congress: the join adds no rows, so LIMIT counts terms.
    qb.innerJoin('t.congress', 'c');
    if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
    matchEveryWord(qb, ['t.name', 'c.name', 'c.region'], filter.search);
  } else if (filter.level) {
    qb.andWhere('t.congressId IN (SELECT c.id FROM congress c WHERE c.level = :level)', { level: filter.level });
  }
  if (filter.first != null) qb.limit(filter.first);
  return qb.getMany();
}

/**
 * Divisions by search (their name or code, or their parent's name) and ids, in id order, which
 * puts a district before what lies in it; `first` caps the list.
 */
export function findDivisions(ctx: Context, filter: ChoiceFilter): Promise<Division[]> {
  if (filter.ids?.length === 0 || filter.first === 0) return Promise.resolve([]);
  const qb = ctx.db.getRepository(Division).createQueryBuilder('d').orderBy('d.id', 'ASC');
  if (filter.ids) qb.andWhere('d.id IN (:...ids)', { ids: filter.ids.map((id) => toId(id)) });
  if (searchWords(filter.search).length) {
    // At most one parent to a division: the join adds no rows, so LIMIT counts divisions.
    qb.leftJoin(Division, 'p', 'p.id = d.parentId');
    matchEveryWord(qb, ['d.name', 'd.code', 'p.name'], filter.search);
  }
  if (filter.first != null) qb.limit(filter.first);
  return qb.getMany();
}

/**
 * Plenary sessions of one term, or of congresses of one level, or all: in term and ordinal order,
 * or newest first (by opening date) for a page that opens on the latest; `first` caps the list.
 */
export function findSessions(ctx: Context, filter: { termId?: string | null; level?: CongressLevel | null; latestFirst?: boolean | null; first?: number | null }): Promise<Session[]> {
  if (filter.first === 0) return Promise.resolve([]);
  const qb = ctx.db.getRepository(Session).createQueryBuilder('s');
  if (filter.termId) qb.andWhere('s.termId = :t', { t: toId(filter.termId) });
  if (filter.level) qb.andWhere('s.term_id IN (SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = :level)', { level: filter.level });
  if (filter.latestFirst) qb.orderBy('s.startDate', 'DESC').addOrderBy('s.id', 'DESC');
  else qb.orderBy('s.termId', 'ASC').addOrderBy('s.number', 'ASC');
  if (filter.first != null) qb.limit(filter.first);
  return qb.getMany();
}
