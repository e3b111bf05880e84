import {
  COMMENDATION_KIND_LABELS, COMMENDATION_RULES_SETTING, DEFAULT_COMMENDATION_RULES, meetsDeputyRules, meetsGroupRules, SCORE_GRADE_LABELS,
  type CommendationKind, type CommendationRules,
} from '@luzhi/shared';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../../common/context';
import { badInput, conflict, notFound } from '../../../common/errors';
import { paginate, pageWindow, toId, toPage, type PageArgs } from '../../../common/pagination';
import { getSetting } from '../../settings/setting.service';
import { DeputyGroup } from '../../groups/deputy-group.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { checkDate, checkYear } from '../duty.errors';
import { lockForChange } from '../duty.common';
import { computeRecords, groupScores, rankRecords, type Queryable } from '../record/record.sql';
import { Commendation } from './commendation.entity';
import type { CommendationCandidate, CommendationFilter, RecordCommendationsInput, UpdateCommendationInput } from './commendation.types';

const LABEL = { zh: '表彰', en: 'commendation' };

export function commendationRules(em: EntityManager): Promise<CommendationRules> {
  return getSetting(em, COMMENDATION_RULES_SETTING, DEFAULT_COMMENDATION_RULES);
}

/**
 * Candidates computed from the duty records of the year: deputies of the term by score, or the
 * term's groups by their members' average score and participation rate. `eligible` says who
 * meets the rules; the ranking shows everyone so staff see where the line falls.
 */
export async function candidates(em: EntityManager, year: number, kind: CommendationKind, termId: number, limit: number, offset: number): Promise<{ rows: CommendationCandidate[]; total: number }> {
  const rules = await commendationRules(em);
  const done = new Set(
    (await em.getRepository(Commendation).findBy({ year, kind })).map((c) => (kind === 'EXCELLENT_DEPUTY' ? c.deputyId : c.groupId)),
  );
  if (kind === 'EXCELLENT_DEPUTY') {
    const { rows, total } = await rankRecords(em, year, { termId }, 'SCORE_DESC', limit, offset);
    return {
      total,
      rows: rows.map((r, i) => ({
        rank: offset + i + 1, deputyId: r.deputyId, groupId: null, score: r.score, grade: r.grade, attendancePercent: r.attendancePercent, members: null,
        eligible: meetsDeputyRules(r.score, r.attendancePercent, rules), commended: done.has(r.deputyId),
      })),
    };
  }
  const groups = await groupScores(em, year, termId);
  return {
    total: groups.length,
    rows: groups.slice(offset, offset + limit).map((g, i) => ({
      rank: offset + i + 1, deputyId: null, groupId: g.groupId, score: g.averageScore, grade: null, attendancePercent: g.participationPercent, members: g.members,
      eligible: meetsGroupRules(g.averageScore, g.participationPercent, rules), commended: done.has(g.groupId),
    })),
  };
}

export async function listCandidates(ctx: Context, year: number, kind: CommendationKind, termId: number, page: PageArgs) {
  checkYear(year);
  const { offset, limit } = pageWindow(page);
  const { rows, total } = await candidates(ctx.db.manager, year, kind, termId, limit, offset);
  return toPage(rows, total, offset);
}

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/**
 * Records commendations with the score and attendance they were chosen on (computed again here,
 * in the same transaction, so the basis matches the records at this moment). All or none.
 */
export async function recordCommendationsIn(em: EntityManager, input: RecordCommendationsInput): Promise<Commendation[]> {
  checkYear(input.year);
  const awardedOn = input.awardedOn ? checkDate(input.awardedOn) : null;
  const title = input.title?.trim() || `${input.year}年度${COMMENDATION_KIND_LABELS[input.kind].zh}`;
  const repo = em.getRepository(Commendation);
  const rows: Commendation[] = [];
  if (input.kind === 'EXCELLENT_DEPUTY') {
    const ids = input.entries.map((e) => (e.deputyId ? toId(e.deputyId, 'deputyId') : NaN));
    if (ids.some(Number.isNaN) || input.entries.some((e) => e.groupId)) throw badInput('duty.commendationTarget');
    const records = new Map((await computeRecords(em as Queryable, input.year, { ids })).map((r) => [r.deputyId, r]));
    const existing = await em.getRepository(Deputy).countBy({ id: In(ids) });
    if (existing !== new Set(ids).size) throw notFound({ zh: '代表', en: 'deputy' }, ids.join(','));
    input.entries.forEach((e, i) => {
      const r = records.get(ids[i]!)!;
      rows.push(repo.create({
        year: input.year, kind: input.kind, deputyId: ids[i]!, groupId: null, title, score: r.score, attendancePercent: r.attendancePercent, awardedOn,
        basis: e.basis?.trim() || `${input.year}年度履职积分 ${r.score} 分(${SCORE_GRADE_LABELS[r.grade].zh}),出勤率 ${pct(r.attendancePercent)}`,
      }));
    });
  } else {
    const ids = input.entries.map((e) => (e.groupId ? toId(e.groupId, 'groupId') : NaN));
    if (ids.some(Number.isNaN) || input.entries.some((e) => e.deputyId)) throw badInput('duty.commendationTarget');
    const groups = await em.getRepository(DeputyGroup).findBy({ id: In(ids) });
    if (groups.length !== new Set(ids).size) throw notFound({ zh: '代表小组', en: 'group' }, ids.join(','));
    const terms = [...new Set(groups.map((g) => g.termId))];
    const scores = new Map<number, Awaited<ReturnType<typeof groupScores>>[number]>();
    for (const termId of terms) for (const s of await groupScores(em, input.year, termId)) scores.set(s.groupId, s);
    input.entries.forEach((e, i) => {
      const s = scores.get(ids[i]!);
      rows.push(repo.create({
        year: input.year, kind: input.kind, deputyId: null, groupId: ids[i]!, title, score: s?.averageScore ?? null, attendancePercent: s?.participationPercent ?? null, awardedOn,
        basis: e.basis?.trim() || `${input.year}年度小组成员平均积分 ${s?.averageScore ?? '—'} 分,参加活动率 ${pct(s?.participationPercent ?? null)}(${s?.members ?? 0} 人)`,
      }));
    });
  }
  const clash = await repo.findBy(input.kind === 'EXCELLENT_DEPUTY'
    ? { year: input.year, kind: input.kind, deputyId: In(rows.map((r) => r.deputyId!)) }
    : { year: input.year, kind: input.kind, groupId: In(rows.map((r) => r.groupId!)) });
  const ids = clash.map((c) => c.id).join(',');
  if (clash.length) throw conflict('duty.alreadyRecorded', { what: { zh: `${LABEL.zh} #${ids}`, en: `${LABEL.en} #${ids}` } });
  return repo.save(rows);
}

export function recordCommendations(ctx: Context, input: RecordCommendationsInput): Promise<Commendation[]> {
  return ctx.db.transaction((em) => recordCommendationsIn(em, input));
}

export function listCommendations(ctx: Context, filter: CommendationFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(Commendation).createQueryBuilder('c');
  if (filter?.year) qb.andWhere('c.year = :y', { y: filter.year });
  if (filter?.kind) qb.andWhere('c.kind = :k', { k: filter.kind });
  qb.orderBy('c.year', 'DESC').addOrderBy('c.kind', 'ASC').addOrderBy('c.score', 'DESC', 'NULLS LAST').addOrderBy('c.id', 'ASC');
  return paginate(qb, page);
}

export function updateCommendation(ctx: Context, id: number, input: UpdateCommendationInput): Promise<Commendation> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, Commendation, id, input.version, LABEL);
    if (input.title) row.title = input.title.trim();
    if (input.basis) row.basis = input.basis.trim();
    if (input.awardedOn !== undefined) row.awardedOn = input.awardedOn ? checkDate(input.awardedOn) : null;
    return em.getRepository(Commendation).save(row);
  });
}

export function deleteCommendation(ctx: Context, id: number, version: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    await em.getRepository(Commendation).remove(await lockForChange(em, Commendation, id, version, LABEL));
    return true;
  });
}
