import {
  DEFAULT_VOTE_THRESHOLDS, DUTY_REPORT_MACHINE, DUTY_REPORT_STATUS_LABELS, gradeVotes, isValidVoteThresholds, VOTE_THRESHOLDS_SETTING,
  type DutyReportAction, type VoteTally, type VoteThresholds,
} from '@luzhi/shared';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../../common/context';
import { badInput, notFound } from '../../../common/errors';
import { paginate, toId, type PageArgs } from '../../../common/pagination';
import { getSetting, putSetting } from '../../settings/setting.service';
import { Deputy } from '../../deputies/deputy.entity';
import { checkDate, checkYear, transition } from '../duty.errors';
import { lockForChange } from '../duty.common';
import { applyDeputyScope, assertMayReadDeputy } from '../duty.scope';
import { DutyReport, DutyReportRating } from './duty-report.entity';
import { DutyReportSort, type DutyReportFilter, type EvaluateDutyReportInput, type PlanDutyReportInput, type RecordDutyReportInput, type VoteThresholdsInput } from './duty-report.inputs';

const LABEL = { zh: '述职', en: 'duty report' };

const SORTS: Record<DutyReportSort, [string, 'ASC' | 'DESC']> = {
  [DutyReportSort.PLANNED_ON_ASC]: ['r.plannedOn', 'ASC'],
  [DutyReportSort.REPORTED_ON_DESC]: ['r.reportedOn', 'DESC'],
  [DutyReportSort.CREATED_AT_DESC]: ['r.createdAt', 'DESC'],
};

export function listDutyReports(ctx: Context, filter: DutyReportFilter | undefined, sort: DutyReportSort | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(DutyReport).createQueryBuilder('r');
  if (filter?.year) qb.andWhere('r.year = :year', { year: filter.year });
  if (filter?.deputyId) qb.andWhere('r.deputyId = :d', { d: toId(filter.deputyId) });
  if (filter?.audience) qb.andWhere('r.audience = :a', { a: filter.audience });
  if (filter?.status) qb.andWhere('r.status = :s', { s: filter.status });
  applyDeputyScope(qb, ctx, 'r.deputy_id');
  const [column, dir] = SORTS[sort ?? DutyReportSort.PLANNED_ON_ASC];
  qb.orderBy(column, dir, 'NULLS LAST').addOrderBy('r.id', 'ASC');
  return paginate(qb, page);
}

export async function getDutyReport(ctx: Context, id: number): Promise<DutyReport> {
  const row = await ctx.db.getRepository(DutyReport).findOneBy({ id });
  if (!row) throw notFound(LABEL, id);
  await assertMayReadDeputy(ctx, row.deputyId);
  return row;
}

export function voteThresholds(em: EntityManager): Promise<VoteThresholds> {
  return getSetting(em, VOTE_THRESHOLDS_SETTING, DEFAULT_VOTE_THRESHOLDS);
}

export async function setVoteThresholds(ctx: Context, input: VoteThresholdsInput): Promise<VoteThresholds> {
  const value = { competentPercent: input.competentPercent, basicallyCompetentPercent: input.basicallyCompetentPercent };
  if (!isValidVoteThresholds(value)) throw badInput('duty.invalidThresholds');
  await ctx.db.transaction((em) => putSetting(em, VOTE_THRESHOLDS_SETTING, value));
  return value;
}

/** Adds lines to a year's plan, all or none. */
export async function planDutyReports(ctx: Context, year: number, entries: PlanDutyReportInput[]): Promise<DutyReport[]> {
  checkYear(year);
  return ctx.db.transaction(async (em) => {
    const ids = entries.map((e) => toId(e.deputyId, 'deputyId'));
    const deputies = new Map((await em.getRepository(Deputy).findBy({ id: In(ids) })).map((d) => [d.id, d]));
    const repo = em.getRepository(DutyReport);
    const rows = entries.map((e, i) => {
      const deputy = deputies.get(ids[i]!);
      if (!deputy) throw notFound({ zh: '代表', en: 'deputy' }, ids[i]!);
      return repo.create({
        deputyId: deputy.id,
        year,
        audience: e.audience,
        form: e.form,
        status: 'PLANNED',
        plannedOn: e.plannedOn ? checkDate(e.plannedOn) : null,
        title: e.title?.trim() || `${deputy.name}${year}年度履职情况报告`,
        venue: e.venue?.trim() || null,
        content: '',
      });
    });
    return repo.save(rows);
  });
}

async function move(ctx: Context, id: number, version: number, action: DutyReportAction, change: (row: DutyReport, em: EntityManager) => Promise<void> | void): Promise<DutyReport> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, DutyReport, id, version, LABEL);
    row.status = transition(DUTY_REPORT_MACHINE, DUTY_REPORT_STATUS_LABELS, LABEL, row.status, action);
    await change(row, em);
    return em.getRepository(DutyReport).save(row);
  });
}

export function recordDutyReport(ctx: Context, id: number, input: RecordDutyReportInput): Promise<DutyReport> {
  return move(ctx, id, input.version, 'REPORT', (row) => {
    row.reportedOn = checkDate(input.reportedOn);
    row.content = input.content;
    if (input.form) row.form = input.form;
    if (input.venue !== undefined) row.venue = input.venue?.trim() || null;
  });
}

export function cancelDutyReport(ctx: Context, id: number, version: number): Promise<DutyReport> {
  return move(ctx, id, version, 'CANCEL', () => undefined);
}

/**
 * Grades a report with the thresholds in force: a report to voters by the voters' tally; any
 * other by the tally given or, without one, by counting the evaluators' ratings as votes.
 */
export function evaluateDutyReport(ctx: Context, id: number, input: EvaluateDutyReportInput): Promise<DutyReport> {
  return move(ctx, id, input.version, 'EVALUATE', async (row, em) => {
    if (row.audience === 'VOTERS' && !input.votes) throw badInput('duty.votesRequired');
    if (!input.votes && !input.ratings?.length) throw badInput('duty.ratingsOrVotes');
    row.evaluatedOn = checkDate(input.evaluatedOn);
    row.evaluationNote = input.note?.trim() || null;
    const ratingRepo = em.getRepository(DutyReportRating);
    if (input.ratings) {
      await ratingRepo.remove(await ratingRepo.findBy({ reportId: row.id }));
      await ratingRepo.save(input.ratings.map((r) => ratingRepo.create({ reportId: row.id, evaluatorName: r.evaluatorName.trim(), grade: r.grade, comment: r.comment?.trim() || null })));
    }
    let tally: VoteTally;
    if (input.votes) {
      tally = { ...input.votes };
      row.votesCompetent = tally.competent;
      row.votesBasicallyCompetent = tally.basicallyCompetent;
      row.votesNotCompetent = tally.notCompetent;
    } else {
      const ratings = await ratingRepo.findBy({ reportId: row.id });
      tally = {
        competent: ratings.filter((r) => r.grade === 'COMPETENT').length,
        basicallyCompetent: ratings.filter((r) => r.grade === 'BASICALLY_COMPETENT').length,
        notCompetent: ratings.filter((r) => r.grade === 'NOT_COMPETENT').length,
      };
      row.votesCompetent = row.votesBasicallyCompetent = row.votesNotCompetent = null;
    }
    const grade = gradeVotes(tally, await voteThresholds(em));
    if (!grade) throw badInput('duty.ratingsOrVotes');
    row.grade = grade;
  });
}
