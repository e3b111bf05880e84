import DataLoader from 'dataloader';
import { DEFAULT_SCORE_THRESHOLDS } from '@luzhi/shared';
import { In, LessThanOrEqual } from 'typeorm';
import type { Context } from '../../../common/context';
import { AppError, badInput, conflict, notFound } from '../../../common/errors';
import { paginate, pageWindow, toId, toPage, type PageArgs } from '../../../common/pagination';
import { assertVersion } from '../../../common/records';
import { Deputy } from '../../deputies/deputy.entity';
import { checkYear } from '../duty.errors';
import { lockForChange } from '../duty.common';
import { applyDeputyScope, assertMayReadDeputy, dutyScope } from '../duty.scope';
import { dutySource, dutySources, type DutySource } from './duty-source';
import { computeRecords, rankRecords, recordEntries, type DeputySet, type RecordRow } from './record.sql';
import { DutyRecordObjection } from './objection.entity';
import { dropRankingsFrom } from './ranking.service';
import { ScoringRule, ScoringRuleSet } from './scoring-rule.entity';
import {
  DutyRecordSort, type DutyRecord, type DutyRecordEntry, type DutyRecordFilter, type DutySourceInfo, type EffectiveScoringRules,
  type ObjectionFilter, type RaiseObjectionInput, type ResolveObjectionInput, type ScoringRuleSetInput,
} from './record.types';

export function sourceInfo(s: DutySource): DutySourceInfo {
  return {
    key: s.key, labelZh: s.label.zh, labelEn: s.label.en, unitZh: s.unit.zh, unitEn: s.unit.en, order: s.order, attendance: s.attendance ?? null,
    defaultPoints: s.defaultPoints, defaultMaxPoints: s.defaultMaxPoints, recordType: s.recordType, adminPath: s.adminPath ?? null,
  };
}

/** Shapes a computed row for GraphQL: every registered item, zero when nothing was recorded. */
function toRecord(row: RecordRow, rules: Map<string, { points: number; maxPoints: number | null }>): DutyRecord {
  return {
    deputyId: row.deputyId,
    year: row.year,
    score: row.score,
    grade: row.grade,
    attended: row.attended,
    onLeave: row.onLeave,
    absent: row.absent,
    attendancePercent: row.attendancePercent,
    ruleSetYear: row.ruleSetYear,
    items: dutySources().map((s) => {
      const [value, points] = row.items[s.key] ?? [0, 0];
      const rule = rules.get(s.key) ?? { points: s.defaultPoints, maxPoints: s.defaultMaxPoints };
      return { ...sourceInfo(s), value: Number(value), points: Number(points), pointsPerUnit: rule.points, maxPoints: rule.maxPoints };
    }),
  };
}

/** The points table in force for a year: the latest table from that year back, over the defaults. */
export async function effectiveRules(ctx: Context, year: number): Promise<EffectiveScoringRules> {
  const set = await ctx.db.getRepository(ScoringRuleSet).findOne({ where: { effectiveYear: LessThanOrEqual(year) }, order: { effectiveYear: 'DESC' } });
  const rows = set ? await ctx.db.getRepository(ScoringRule).findBy({ ruleSetId: set.id }) : [];
  const byKey = new Map(rows.map((r) => [r.itemKey, r]));
  return {
    year,
    ruleSetId: set?.id ?? null,
    effectiveYear: set?.effectiveYear ?? null,
    version: set?.version ?? null,
    goodFrom: set?.goodFrom ?? DEFAULT_SCORE_THRESHOLDS.goodFrom,
    fairFrom: set?.fairFrom ?? DEFAULT_SCORE_THRESHOLDS.fairFrom,
    note: set?.note ?? null,
    rules: dutySources().map((s) => {
      const r = byKey.get(s.key);
      return {
        itemKey: s.key, labelZh: s.label.zh, labelEn: s.label.en, unitZh: s.unit.zh, unitEn: s.unit.en,
        points: r ? Number(r.points) : s.defaultPoints,
        maxPoints: r ? (r.maxPoints === null ? null : Number(r.maxPoints)) : s.defaultMaxPoints,
        fromTable: !!r,
      };
    }),
  };
}

async function rulesMap(ctx: Context, year: number) {
  const eff = await ctx.loaders.get(`dutyRules:${year}`, () => effectiveRules(ctx, year));
  return new Map(eff.rules.map((r) => [r.itemKey, { points: r.points, maxPoints: r.maxPoints }]));
}

export async function dutyRecord(ctx: Context, deputyId: number, year: number): Promise<DutyRecord> {
  checkYear(year);
  await assertMayReadDeputy(ctx, deputyId);
  if (!(await ctx.db.getRepository(Deputy).existsBy({ id: deputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, deputyId);
  const [row] = await computeRecords(ctx.db, year, { ids: [deputyId] });
  return toRecord(row!, await rulesMap(ctx, year));
}

/** A ranking page of records: the viewer's scope first, then the filter; one statement. */
export async function listDutyRecords(ctx: Context, year: number, filter: DutyRecordFilter | undefined, sort: DutyRecordSort | undefined, page: PageArgs) {
  checkYear(year);
  const { offset, limit } = pageWindow(page);
  const scope = dutyScope(ctx);
  let set: DeputySet = { allInYear: true };
  if (filter?.termId) set = { termId: toId(filter.termId) };
  if (filter?.groupId) set = { groupId: toId(filter.groupId) };
  if (scope.kind === 'deputy') set = { ids: [scope.deputyId] };
  if (scope.kind === 'group') {
    if (filter?.groupId && toId(filter.groupId) !== scope.groupId) throw new AppError('FORBIDDEN', 'duty.outsideGroup');
    set = { groupId: scope.groupId };
  }
  const search = filter?.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const { rows, total } = await rankRecords(ctx.db, year, set, sort ?? DutyRecordSort.SCORE_DESC, limit, offset, search || undefined);
  const rules = await rulesMap(ctx, year);
  return toPage(rows.map((r) => toRecord(r, rules)), total, offset);
}

export async function listEntries(ctx: Context, deputyId: number, year: number, key: string, page: PageArgs) {
  checkYear(year);
  await assertMayReadDeputy(ctx, deputyId);
  const source = dutySource(key);
  if (!source) throw badInput('duty.unknownSource', { key });
  const { offset, limit } = pageWindow(page);
  const { rows, total } = await recordEntries(ctx.db, source, deputyId, year, limit, offset);
  const nodes: DutyRecordEntry[] = rows.map((r) => ({ ...r, recordType: source.recordType, adminPath: source.adminPath?.replace(':id', String(r.recordId)) ?? null }));
  return toPage(nodes, total, offset);
}

export function saveRuleSet(ctx: Context, input: ScoringRuleSetInput): Promise<ScoringRuleSet> {
  checkYear(input.effectiveYear);
  if (input.goodFrom < input.fairFrom) throw badInput('duty.invalidScoreThresholds');
  const keys = input.rules.map((r) => r.itemKey);
  for (const key of keys) if (!dutySource(key)) throw badInput('duty.unknownSource', { key });
  if (new Set(keys).size !== keys.length) throw badInput('common.invalidInput', { details: { zh: 'rules: 项目重复', en: 'rules: an item is repeated' } });
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(ScoringRuleSet);
    let set = await repo.findOne({ where: { effectiveYear: input.effectiveYear }, lock: { mode: 'pessimistic_write' } });
    if (set) {
      if (input.version == null) throw conflict('duty.alreadyRecorded', { what: `${input.effectiveYear} 年积分表 / points table of ${input.effectiveYear}` });
      assertVersion({ zh: '积分表', en: 'points table' }, set.version, input.version);
    } else {
      set = repo.create({ effectiveYear: input.effectiveYear });
    }
    set.goodFrom = input.goodFrom;
    set.fairFrom = input.fairFrom;
    set.note = input.note?.trim() || null;
    // Saved even when only the rules change, so the version tells others the table moved on.
    set.updatedAt = new Date();
    set = await repo.save(set);
    const rules = em.getRepository(ScoringRule);
    await rules.remove(await rules.findBy({ ruleSetId: set.id }));
    await rules.save(input.rules.map((r) => rules.create({ ruleSetId: set!.id, itemKey: r.itemKey, points: r.points, maxPoints: r.maxPoints ?? null })));
    await dropRankingsFrom(em, input.effectiveYear);
    return set;
  });
}

export function deleteRuleSet(ctx: Context, id: number, version: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const set = await lockForChange(em, ScoringRuleSet, id, version, { zh: '积分表', en: 'points table' });
    await em.getRepository(ScoringRule).delete({ ruleSetId: id });
    await em.getRepository(ScoringRuleSet).remove(set);
    await dropRankingsFrom(em, set.effectiveYear);
    return true;
  });
}

export function rulesOfSet(ctx: Context, setId: number): Promise<ScoringRule[]> {
  return ctx.loaders
    .get('scoringRulesBySet', () => new DataLoader<number, ScoringRule[]>(async (ids) => {
      const rows = await ctx.db.getRepository(ScoringRule).find({ where: { ruleSetId: In([...ids]) }, order: { itemKey: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.ruleSetId === id));
    }))
    .load(setId);
}

/** A deputy objects to their own record; staff may enter an objection on a deputy's behalf. */
export function raiseObjection(ctx: Context, input: RaiseObjectionInput): Promise<DutyRecordObjection> {
  const deputyId = toId(input.deputyId, 'deputyId');
  const scope = dutyScope(ctx);
  // Who may object at all is the resolver's permission; a deputy only to their own record.
  if (scope.kind === 'deputy' && scope.deputyId !== deputyId) throw new AppError('FORBIDDEN', 'duty.notOwnRecord');
  checkYear(input.year);
  if (!dutySource(input.itemKey)) throw badInput('duty.unknownSource', { key: input.itemKey });
  return ctx.db.transaction(async (em) => {
    if (!(await em.getRepository(Deputy).existsBy({ id: deputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, deputyId);
    const repo = em.getRepository(DutyRecordObjection);
    return repo.save(repo.create({ deputyId, year: input.year, itemKey: input.itemKey, reason: input.reason.trim(), status: 'OPEN', raisedBy: ctx.viewer?.id ?? null }));
  });
}

export function resolveObjection(ctx: Context, id: number, input: ResolveObjectionInput): Promise<DutyRecordObjection> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, DutyRecordObjection, id, input.version, { zh: '异议', en: 'objection' });
    if (row.status !== 'OPEN') throw conflict('duty.objectionResolved');
    row.status = input.accepted ? 'ACCEPTED' : 'REJECTED';
    row.resolution = input.resolution.trim();
    row.resolvedBy = ctx.viewer?.id ?? null;
    row.resolvedAt = new Date();
    return em.getRepository(DutyRecordObjection).save(row);
  });
}

export function listObjections(ctx: Context, filter: ObjectionFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(DutyRecordObjection).createQueryBuilder('o');
  if (filter?.status) qb.andWhere('o.status = :s', { s: filter.status });
  if (filter?.year) qb.andWhere('o.year = :y', { y: filter.year });
  if (filter?.deputyId) qb.andWhere('o.deputyId = :d', { d: toId(filter.deputyId) });
  applyDeputyScope(qb, ctx, 'o.deputy_id');
  qb.orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC');
  return paginate(qb, page);
}

/** A record's objections, batched for a page of records. */
export function objectionsOf(ctx: Context, deputyId: number, year: number): Promise<DutyRecordObjection[]> {
  return ctx.loaders
    .get('dutyObjections', () => new DataLoader<string, DutyRecordObjection[]>(async (keys) => {
      const pairs = keys.map((k) => k.split(':').map(Number) as [number, number]);
      const rows = await ctx.db.getRepository(DutyRecordObjection).createQueryBuilder('o')
        .where('(o.deputy_id, o.year) IN (SELECT * FROM unnest(CAST(:deputies AS int[]), CAST(:years AS int[])))', { deputies: pairs.map((p) => p[0]), years: pairs.map((p) => p[1]) })
        .orderBy('o.id', 'ASC').getMany();
      return keys.map((k) => rows.filter((r) => `${r.deputyId}:${r.year}` === k));
    }))
    .load(`${deputyId}:${year}`);
}
