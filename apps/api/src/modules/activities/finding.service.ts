import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { FINDING_MACHINE, FINDING_OPEN_STATUSES, FINDING_STATUS_LABELS, can, nextState, type CongressLevel, type FindingAction, type FindingStatus, type FindingUpdateKind } from '@luzhi/shared';
import { requirePermission } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { AppError, badInput, notFound } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertVersion, escapeLike } from '../../common/records';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { claimAttachments } from '../files/attachment.service';
import { invalidTransition } from './activity.errors';
import { ActivityStop } from './activity.entity';
import {
  FindingSort, type CreateFindingInput, type FindingFilter, type FindingReportInput, type FindingTransitionInput, type FindingVerificationInput,
  type UpdateFindingInput,
} from './activity.inputs';
import { FINDING_ENTITY, hiddenFinding, restrictFindings, seesAll } from './activity.scope';
import { localToday, lockActivity, parseDate } from './activity.service';
import { Finding, FindingUpdate } from './finding.entity';

export const EVIDENCE_ATTACHMENT = 'finding-update';

const optionalId = (v: string | null | undefined, what: string) => (v === undefined ? undefined : v === null || v === '' ? null : toId(v, what));

/** Whether the viewer may see each finding (a unit: only its own), batched per request. */
export function findingVisible(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('findings:visible', () =>
    new DataLoader<number, boolean>(async (ids) => {
      if (seesAll(ctx)) return ids.map(() => true);
      const qb = ctx.db.getRepository(Finding).createQueryBuilder('f').select('f.id', 'id').where('f.id IN (:...ids)', { ids: [...ids] });
      const rows: { id: number }[] = await restrictFindings(ctx, qb, 'f').getRawMany();
      const visible = new Set(rows.map((r) => Number(r.id)));
      return ids.map((id) => visible.has(id));
    }),
  );
}

/** Refuses the first of these findings the viewer may not see, as if it did not exist. */
export async function assertFindingsVisible(ctx: Context, ids: number[]): Promise<void> {
  const visible = await findingVisible(ctx).loadMany(ids);
  const hidden = ids.find((_, i) => visible[i] !== true);
  if (hidden !== undefined) throw hiddenFinding(hidden);
}

export async function getFinding(ctx: Context, id: number): Promise<Finding> {
  const finding = await ctx.db.getRepository(Finding).findOneBy({ id });
  if (!finding || !(await findingVisible(ctx).load(id))) throw hiddenFinding(id);
  return finding;
}

export function isOverdue(f: Finding, today = localToday()): boolean {
  return !!f.deadline && f.deadline < today && FINDING_OPEN_STATUSES.includes(f.status);
}

const SORTS: Record<FindingSort, [string, 'ASC' | 'DESC', 'NULLS FIRST' | 'NULLS LAST']> = {
  [FindingSort.DEADLINE_ASC]: ['f.deadline', 'ASC', 'NULLS LAST'],
  [FindingSort.CREATED_AT_DESC]: ['f.createdAt', 'DESC', 'NULLS LAST'],
  [FindingSort.UPDATED_AT_DESC]: ['f.updatedAt', 'DESC', 'NULLS LAST'],
};

export function listFindings(ctx: Context, filter: FindingFilter | undefined, sort: FindingSort | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(Finding).createQueryBuilder('f');
  restrictFindings(ctx, qb, 'f');
  if (filter?.search) qb.andWhere('f.title ILIKE :s', { s: `%${escapeLike(filter.search)}%` });
  if (filter?.statuses?.length) qb.andWhere('f.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter?.activityId) qb.andWhere('f.activityId = :a', { a: toId(filter.activityId) });
  if (filter?.responsibleOrganizationId) qb.andWhere('f.responsibleOrganizationId = :o', { o: toId(filter.responsibleOrganizationId) });
  if (filter?.overdue != null) {
    const cond = 'f.deadline < :today AND f.status IN (:...open)';
    qb.andWhere(filter.overdue ? cond : `NOT (${cond} AND f.deadline IS NOT NULL)`, { today: localToday(), open: FINDING_OPEN_STATUSES });
  }
  if (filter?.linkedToSuggestion != null) qb.andWhere(filter.linkedToSuggestion ? 'f.suggestionId IS NOT NULL' : 'f.suggestionId IS NULL');
  // Supervision reads nearest deadline first; findings without one come last.
  const [column, dir, nulls] = SORTS[sort ?? FindingSort.DEADLINE_ASC];
  qb.orderBy(column, dir, nulls).addOrderBy('f.id', 'ASC');
  return paginate(qb, page);
}

export interface FindingCounts {
  status: FindingStatus;
  count: number;
  overdue: number;
}

/** The board: how many findings per status, and how many of them are overdue, in the viewer's scope. */
export async function findingCounts(ctx: Context, scope: { activityId?: number; congressId?: number; congressLevel?: CongressLevel } = {}): Promise<FindingCounts[]> {
  const qb = ctx.db.getRepository(Finding).createQueryBuilder('f')
    .select('f.status', 'status')
    .addSelect('count(*)::int', 'count')
    .addSelect('count(*) FILTER (WHERE f.deadline < :today AND f.status IN (:...open))::int', 'overdue')
    .setParameters({ today: localToday(), open: FINDING_OPEN_STATUSES })
    .groupBy('f.status');
  restrictFindings(ctx, qb, 'f');
  if (scope.activityId) qb.andWhere('f.activityId = :a', { a: scope.activityId });
  if (scope.congressId) qb.andWhere('f.activity_id IN (SELECT a.id FROM activity a WHERE a.congress_id = :c)', { c: scope.congressId });
  if (scope.congressLevel) {
    qb.andWhere('f.activity_id IN (SELECT a.id FROM activity a JOIN congress c ON c.id = a.congress_id WHERE c.level = :level)', { level: scope.congressLevel });
  }
  const rows: FindingCounts[] = await qb.getRawMany();
  const by = new Map(rows.map((r) => [r.status, r]));
  return (Object.keys(FINDING_STATUS_LABELS) as FindingStatus[]).map((status) => ({ status, count: by.get(status)?.count ?? 0, overdue: by.get(status)?.overdue ?? 0 }));
}

async function checkRefs(em: EntityManager, activityId: number, refs: { stopId?: number | null; responsibleOrganizationId?: number | null; raisedByDeputyId?: number | null }) {
  if (refs.stopId != null) {
    const stop = await em.getRepository(ActivityStop).findOneBy({ id: refs.stopId });
    if (!stop || stop.activityId !== activityId) throw badInput('activity.stopNotInActivity');
  }
  if (refs.responsibleOrganizationId != null && !(await em.getRepository(Organization).existsBy({ id: refs.responsibleOrganizationId }))) {
    throw notFound({ zh: '单位', en: 'organization' }, refs.responsibleOrganizationId);
  }
  if (refs.raisedByDeputyId != null && !(await em.getRepository(Deputy).existsBy({ id: refs.raisedByDeputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, refs.raisedByDeputyId);
}

async function addUpdate(em: EntityManager, ctx: Context, finding: Finding, kind: FindingUpdateKind, note: string, extra: { from?: FindingStatus; to?: FindingStatus; attachmentIds?: string[] } = {}): Promise<FindingUpdate> {
  const v = ctx.viewer;
  const repo = em.getRepository(FindingUpdate);
  const row = await repo.save(
    repo.create({
      findingId: finding.id, kind, note, fromStatus: extra.from ?? null, toStatus: extra.to ?? null, authorUserId: v?.id ?? null,
      authorOrganizationId: v?.role === 'HANDLING_UNIT' ? v.scopeOrganizationId : null,
    }),
  );
  await claimAttachments(em, ctx, EVIDENCE_ATTACHMENT, row.id, (extra.attachmentIds ?? []).map((x) => toId(x, 'attachmentIds')));
  return row;
}

export async function createFinding(ctx: Context, activityId: number, input: CreateFindingInput): Promise<Finding> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    if (a.status !== 'IN_PROGRESS' && a.status !== 'COMPLETED') throw badInput('activity.notStarted', { what: { zh: '问题', en: 'findings' } });
    const refs = {
      stopId: optionalId(input.stopId, 'stopId') ?? null,
      responsibleOrganizationId: optionalId(input.responsibleOrganizationId, 'responsibleOrganizationId') ?? null,
      raisedByDeputyId: optionalId(input.raisedByDeputyId, 'raisedByDeputyId') ?? null,
    };
    await checkRefs(em, activityId, refs);
    const repo = em.getRepository(Finding);
    const finding = await repo.save(
      repo.create({
        activityId, ...refs, title: input.title.trim(), description: input.description?.trim() ?? '', status: 'OPEN', closeReason: null,
        deadline: input.deadline ? parseDate(input.deadline, 'deadline') : null, resolvedAt: null, suggestionId: null,
      }),
    );
    await addUpdate(em, ctx, finding, 'CREATED', '', { to: 'OPEN' });
    return finding;
  });
}

/** Locks a finding the viewer may reach (a unit: only its own; otherwise the same "not found"). */
async function lockFinding(em: EntityManager, ctx: Context, id: number, version?: number): Promise<Finding> {
  const finding = await em.getRepository(Finding).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!finding) throw hiddenFinding(id);
  if (!seesAll(ctx)) {
    const qb = em.getRepository(Finding).createQueryBuilder('f').where('f.id = :id', { id });
    if (!(await restrictFindings(ctx, qb, 'f').getExists())) throw hiddenFinding(id);
  }
  if (version !== undefined) assertVersion(FINDING_ENTITY, finding.version, version);
  return finding;
}

/** The committee sets the responsible unit, deadline and wording (ACTIVITY_WRITE on the activity). */
export async function updateFinding(ctx: Context, id: number, input: UpdateFindingInput): Promise<Finding> {
  return ctx.db.transaction(async (em) => {
    const finding = await lockFinding(em, ctx, id, input.version);
    await lockActivity(em, ctx, finding.activityId);
    const refs = { stopId: optionalId(input.stopId, 'stopId'), responsibleOrganizationId: optionalId(input.responsibleOrganizationId, 'responsibleOrganizationId') };
    await checkRefs(em, finding.activityId, refs);
    if (input.title != null) finding.title = input.title.trim();
    if (input.description != null) finding.description = input.description.trim();
    if (refs.stopId !== undefined) finding.stopId = refs.stopId;
    if (refs.responsibleOrganizationId !== undefined) finding.responsibleOrganizationId = refs.responsibleOrganizationId;
    if (input.deadline !== undefined) finding.deadline = input.deadline ? parseDate(input.deadline, 'deadline') : null;
    return em.getRepository(Finding).save(finding);
  });
}

async function applyTransition(em: EntityManager, ctx: Context, finding: Finding, action: FindingAction, note: string, attachmentIds?: string[]): Promise<Finding> {
  const to = nextState(FINDING_MACHINE, finding.status, action);
  if (!to) throw invalidTransition(FINDING_ENTITY, FINDING_MACHINE, FINDING_STATUS_LABELS, finding.status, action);
  const step = FINDING_MACHINE[action];
  requirePermission(ctx, step.permission);
  if (step.needsNote && !note) throw badInput('activity.noteRequired', { action: step.label });
  if (action === 'START_RECTIFICATION' && (finding.responsibleOrganizationId == null || !finding.deadline)) throw badInput('finding.needsResponsible');
  if (action === 'RESOLVE') {
    // The unit's claim and the committee's check are separate entries by separate people.
    const v = ctx.viewer!;
    if (v.role === 'HANDLING_UNIT' || (v.scopeOrganizationId != null && v.scopeOrganizationId === finding.responsibleOrganizationId)) {
      throw new AppError('FORBIDDEN', 'finding.unitCannotVerify');
    }
    finding.resolvedAt = new Date();
  }
  if (action === 'CLOSE_UNRESOLVED') finding.closeReason = note;
  const from = finding.status;
  finding.status = to;
  const saved = await em.getRepository(Finding).save(finding);
  await addUpdate(em, ctx, saved, action === 'RESOLVE' ? 'VERIFICATION_PASSED' : 'STATUS_CHANGE', note, { from, to, attachmentIds });
  return saved;
}

/** One step of the finding state machine (packages/shared FINDING_MACHINE). */
export async function transitionFinding(ctx: Context, id: number, input: FindingTransitionInput): Promise<Finding> {
  return ctx.db.transaction(async (em) => {
    const finding = await lockFinding(em, ctx, id, input.version);
    return applyTransition(em, ctx, finding, input.action, input.note?.trim() ?? '', input.attachmentIds);
  });
}

/** Progress, or the unit's claim that the rectification is done (only while rectifying). */
export async function reportOnFinding(ctx: Context, id: number, input: FindingReportInput): Promise<FindingUpdate> {
  return ctx.db.transaction(async (em) => {
    const finding = await lockFinding(em, ctx, id);
    if (!FINDING_OPEN_STATUSES.includes(finding.status) || (input.kind === 'RECTIFICATION_CLAIM' && finding.status !== 'RECTIFYING')) {
      throw badInput('activity.closed', { status: FINDING_STATUS_LABELS[finding.status], what: { zh: '整改报告', en: 'this report' } });
    }
    const update = await addUpdate(em, ctx, finding, input.kind, input.note.trim(), { attachmentIds: input.attachmentIds });
    // Touch the finding so "recently updated" sorts and versions see the news.
    finding.updatedAt = new Date();
    await em.getRepository(Finding).save(finding);
    return update;
  });
}

/** The committee's check: passed resolves the finding; not passed leaves it rectifying, on record. */
export async function verifyFinding(ctx: Context, id: number, input: FindingVerificationInput): Promise<Finding> {
  return ctx.db.transaction(async (em) => {
    const finding = await lockFinding(em, ctx, id, input.version);
    if (input.passed) return applyTransition(em, ctx, finding, 'RESOLVE', input.note.trim(), input.attachmentIds);
    if (finding.status !== 'RECTIFYING') throw invalidTransition(FINDING_ENTITY, FINDING_MACHINE, FINDING_STATUS_LABELS, finding.status, 'RESOLVE');
    const v = ctx.viewer!;
    if (v.role === 'HANDLING_UNIT' || (v.scopeOrganizationId != null && v.scopeOrganizationId === finding.responsibleOrganizationId)) throw new AppError('FORBIDDEN', 'finding.unitCannotVerify');
    await addUpdate(em, ctx, finding, 'VERIFICATION_FAILED', input.note.trim(), { attachmentIds: input.attachmentIds });
    finding.updatedAt = new Date();
    return em.getRepository(Finding).save(finding);
  });
}

/** The actions the viewer could take on a finding now. */
export function findingActionsFor(ctx: Context, f: Finding): FindingAction[] {
  const role = ctx.viewer!.role;
  return (Object.keys(FINDING_MACHINE) as FindingAction[]).filter((a) => FINDING_MACHINE[a].from.includes(f.status) && can(role, FINDING_MACHINE[a].permission));
}

export async function findingsByIds(em: EntityManager, ids: number[]): Promise<Finding[]> {
  return em.getRepository(Finding).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
}
