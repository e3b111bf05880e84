import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import {
  ACTIVITY_MACHINE, ACTIVITY_STATUS_LABELS, ATTENDANCE_STATUS_LABELS, HELD_ACTIVITY_STATUSES, RESPONDABLE_ACTIVITY_STATUSES, can, isValidIsoDate, nextState,
  type AttendanceStatus, type InvitationSource, type Localized,
} from '@luzhi/shared';
import { requirePermission } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { loadById } from '../../common/loaders';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertVersion, escapeLike } from '../../common/records';
import { Congress } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { claimAttachments } from '../files/attachment.service';
import { invalidTransition } from './activity.errors';
import { Activity, ActivityParticipant, ActivityReport, ActivityStop, ImplementationPlan } from './activity.entity';
import { AnnualPlan, PlanItem } from './annual-plan.entity';
import { Finding } from './finding.entity';
import {
  ActivitySort, type ActivityFilter, type ActivityReportInput, type ActivityTransitionInput, type AttendanceInput, type CreateActivityInput,
  type ImplementationPlanInput, type InvitationAnswerInput, type InviteInput, type StopInput, type UpdateActivityInput,
} from './activity.inputs';
import { ACTIVITY_ENTITY, assertManages, hiddenActivity, restrictActivities, seesAll } from './activity.scope';
import { addRecipientsToActivityNotice, notifyActivity } from './notice.service';

export const REPORT_ATTACHMENT = 'activity-report';
export const PLAN_ATTACHMENT = 'implementation-plan';

/** Today as a local date (YYYY-MM-DD), the reference for "overdue". */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function parseDate(value: string, what: string): string {
  if (!isValidIsoDate(value)) throw badInput('activity.badDate', { value: `${what}: ${value}` });
  return value;
}

const optionalId = (v: string | null | undefined, what: string) => (v === undefined ? undefined : v === null || v === '' ? null : toId(v, what));

/** Whether the viewer may see each activity: one statement per batch, whatever the page size. */
export function activityVisible(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('activities:visible', () =>
    new DataLoader<number, boolean>(async (ids) => {
      if (seesAll(ctx)) return ids.map(() => true);
      const qb = ctx.db.getRepository(Activity).createQueryBuilder('a').select('a.id', 'id').where('a.id IN (:...ids)', { ids: [...ids] });
      const rows: { id: number }[] = await restrictActivities(ctx, qb, 'a').getRawMany();
      const visible = new Set(rows.map((r) => Number(r.id)));
      return ids.map((id) => visible.has(id));
    }),
  );
}

export async function getActivity(ctx: Context, id: number): Promise<Activity> {
  const activity = await loadById(ctx, Activity, id);
  if (!activity || !(await activityVisible(ctx).load(id))) throw hiddenActivity(id);
  return activity;
}

const SORTS: Record<ActivitySort, [string, 'ASC' | 'DESC']> = {
  [ActivitySort.START_DATE_DESC]: ['a.startDate', 'DESC'],
  [ActivitySort.START_DATE_ASC]: ['a.startDate', 'ASC'],
  [ActivitySort.TITLE_ASC]: ['a.title', 'ASC'],
  [ActivitySort.CREATED_AT_DESC]: ['a.createdAt', 'DESC'],
};

export function listActivities(ctx: Context, filter: ActivityFilter | undefined, sort: ActivitySort | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(Activity).createQueryBuilder('a');
  restrictActivities(ctx, qb, 'a');
  if (filter?.search) qb.andWhere('a.title ILIKE :s', { s: `%${escapeLike(filter.search)}%` });
  if (filter?.type) qb.andWhere('a.type = :type', { type: filter.type });
  if (filter?.status) qb.andWhere('a.status = :status', { status: filter.status });
  if (filter?.scope) qb.andWhere('a.scope = :scope', { scope: filter.scope });
  if (filter?.congressId) qb.andWhere('a.congressId = :congress', { congress: toId(filter.congressId) });
  if (filter?.organizerGroupId) qb.andWhere('a.organizerGroupId = :group', { group: toId(filter.organizerGroupId) });
  if (filter?.committeeOnly) qb.andWhere('a.organizerGroupId IS NULL');
  if (filter?.planItemId) qb.andWhere('a.planItemId = :item', { item: toId(filter.planItemId) });
  if (filter?.year) qb.andWhere('a.startDate BETWEEN :y0 AND :y1', { y0: `${filter.year}-01-01`, y1: `${filter.year}-12-31` });
  if (filter?.from) qb.andWhere('a.startDate >= :from', { from: parseDate(filter.from, 'from') });
  if (filter?.to) qb.andWhere('a.startDate <= :to', { to: parseDate(filter.to, 'to') });
  const [column, dir] = SORTS[sort ?? ActivitySort.START_DATE_DESC];
  qb.orderBy(column, dir).addOrderBy('a.id', dir);
  return paginate(qb, page);
}

/** Loads an activity for a change, locked, after the scope and version checks. */
export async function lockActivity(em: EntityManager, ctx: Context, id: number, version?: number): Promise<Activity> {
  const activity = await em.getRepository(Activity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!activity) throw hiddenActivity(id);
  if (!seesAll(ctx)) {
    const qb = em.getRepository(Activity).createQueryBuilder('a').where('a.id = :id', { id });
    if (!(await restrictActivities(ctx, qb, 'a').getExists())) throw hiddenActivity(id);
  }
  assertManages(ctx, activity);
  if (version !== undefined) assertVersion(ACTIVITY_ENTITY, activity.version, version);
  return activity;
}

function assertOpen(activity: Activity, what: Localized): void {
  if (activity.status === 'COMPLETED' || activity.status === 'CANCELLED') {
    throw badInput('activity.closed', { status: ACTIVITY_STATUS_LABELS[activity.status], what });
  }
}

/**
 * An activity carries out an item of its own congress's plan for the year it starts in: one
 * scheduled against another year's plan would count as held in that year's plan execution.
 */
async function checkPlanItem(em: EntityManager, planItemId: number | null | undefined, congressId: number, startDate: string): Promise<void> {
  if (planItemId == null) return;
  const item = await em.getRepository(PlanItem).findOneBy({ id: planItemId });
  if (!item) throw notFound({ zh: '计划项目', en: 'plan item' }, planItemId);
  const plan = await em.getRepository(AnnualPlan).findOneByOrFail({ id: item.planId });
  if (plan.congressId !== congressId) throw badInput('activity.planItemMismatch');
  const year = Number(startDate.slice(0, 4));
  if (year !== plan.year) throw badInput('activity.planYearMismatch', { date: startDate, year, item: item.title, planYear: plan.year });
}

export async function createActivityIn(em: EntityManager, ctx: Context, input: CreateActivityInput): Promise<Activity> {
  const startDate = parseDate(input.startDate, 'startDate');
  const endDate = input.endDate ? parseDate(input.endDate, 'endDate') : startDate;
  if (endDate < startDate) throw badInput('activity.dateOrder');
  const congressId = toId(input.congressId, 'congressId');
  if (!(await em.getRepository(Congress).existsBy({ id: congressId }))) throw notFound({ zh: '人大', en: 'congress' }, congressId);
  const organizerGroupId = optionalId(input.organizerGroupId, 'organizerGroupId') ?? null;
  if (organizerGroupId != null && !(await em.getRepository(DeputyGroup).existsBy({ id: organizerGroupId }))) throw notFound({ zh: '代表小组', en: 'group' }, organizerGroupId);
  assertManages(ctx, { organizerGroupId });
  const planItemId = optionalId(input.planItemId, 'planItemId') ?? null;
  await checkPlanItem(em, planItemId, congressId, startDate);
  const repo = em.getRepository(Activity);
  return repo.save(
    repo.create({
      title: input.title.trim(), type: input.type, scope: input.scope ?? 'SINGLE_TOPIC', status: 'PLANNED', congressId, organizerGroupId, planItemId,
      startDate, endDate, place: input.place?.trim() || null, description: input.description?.trim() || null, notifiedAt: null, cancelReason: null,
    }),
  );
}

export function createActivity(ctx: Context, input: CreateActivityInput): Promise<Activity> {
  return ctx.db.transaction((em) => createActivityIn(em, ctx, input));
}

export async function updateActivity(ctx: Context, id: number, input: UpdateActivityInput): Promise<Activity> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, id, input.version);
    assertOpen(a, { zh: '活动信息', en: 'the details' });
    if (input.title != null) a.title = input.title.trim();
    if (input.scope != null) a.scope = input.scope;
    if (input.startDate != null) a.startDate = parseDate(input.startDate, 'startDate');
    if (input.endDate != null) a.endDate = parseDate(input.endDate, 'endDate');
    if (a.endDate < a.startDate) throw badInput('activity.dateOrder');
    if (input.place !== undefined) a.place = input.place?.trim() || null;
    if (input.description !== undefined) a.description = input.description?.trim() || null;
    const planItemId = optionalId(input.planItemId, 'planItemId');
    if (planItemId !== undefined) a.planItemId = planItemId;
    // A new start date can leave the plan's year as surely as a new plan item.
    if (planItemId !== undefined || input.startDate != null) await checkPlanItem(em, a.planItemId, a.congressId, a.startDate);
    return em.getRepository(Activity).save(a);
  });
}

/**
 * One step of the activity state machine (packages/shared ACTIVITY_MACHINE). NOTIFY sends the
 * advance notice; COMPLETE marks whoever never signed in (and was not on leave) absent.
 */
export async function transitionActivity(ctx: Context, id: number, input: ActivityTransitionInput): Promise<Activity> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, id, input.version);
    const to = nextState(ACTIVITY_MACHINE, a.status, input.action);
    if (!to) throw invalidTransition(ACTIVITY_ENTITY, ACTIVITY_MACHINE, ACTIVITY_STATUS_LABELS, a.status, input.action);
    const step = ACTIVITY_MACHINE[input.action];
    requirePermission(ctx, step.permission);
    const reason = input.reason?.trim();
    if (step.needsNote && !reason) throw badInput('activity.noteRequired', { action: step.label });
    if (input.action === 'NOTIFY') return notifyActivity(em, ctx, a, {});
    if (input.action === 'COMPLETE') {
      const repo = em.getRepository(ActivityParticipant);
      const missing = await repo.findBy({ activityId: a.id, status: In(['INVITED', 'CONFIRMED']) });
      for (const p of missing) p.status = 'ABSENT';
      await repo.save(missing);
    }
    if (input.action === 'CANCEL') a.cancelReason = reason!;
    a.status = to;
    return em.getRepository(Activity).save(a);
  });
}

export async function saveImplementationPlan(ctx: Context, activityId: number, input: ImplementationPlanInput, attachmentIds: string[] = []): Promise<ImplementationPlan> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    assertOpen(a, { zh: '实施方案', en: 'the implementation plan' });
    const repo = em.getRepository(ImplementationPlan);
    const plan = (await repo.findOneBy({ activityId })) ?? repo.create({ activityId });
    plan.aims = input.aims.trim();
    plan.itinerary = input.itinerary.trim();
    plan.preparation = input.preparation.trim();
    plan.leaders = input.leaders.map((l) => l.trim()).filter(Boolean);
    const saved = await repo.save(plan);
    await claimAttachments(em, ctx, PLAN_ATTACHMENT, saved.id, attachmentIds.map((x) => toId(x, 'attachmentIds')));
    return saved;
  });
}

/** Deputies holding a mandate of `level` on `date`: "invite by congress level". */
async function deputiesOfLevel(em: EntityManager, level: string, date: string): Promise<number[]> {
  const rows: { deputy_id: number }[] = await em.query(
    `SELECT DISTINCT m.deputy_id FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
      JOIN deputy d ON d.id = m.deputy_id
     WHERE c.level = $1 AND m.start_date <= $2 AND (m.end_date IS NULL OR m.end_date >= $2) AND d.status = 'ACTIVE'`,
    [level, date],
  );
  return rows.map((r) => r.deputy_id);
}

/**
 * Invites deputies by group, by congress level and one by one; deputies already invited stay as
 * they are. When the notice has gone out, the newly invited get it too. Returns how many were added.
 */
export async function inviteParticipants(ctx: Context, activityId: number, input: InviteInput): Promise<number> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    assertOpen(a, { zh: '参加人', en: 'participants' });
    const wanted = new Map<number, InvitationSource>();
    const groupIds = (input.groupIds ?? []).map((g) => toId(g, 'groupIds'));
    if (groupIds.length) {
      const rows: { deputy_id: number }[] = await em.query(`SELECT DISTINCT deputy_id FROM group_membership WHERE group_id = ANY($1) AND end_date IS NULL`, [groupIds]);
      for (const r of rows) if (!wanted.has(r.deputy_id)) wanted.set(r.deputy_id, 'GROUP');
    }
    if (input.congressLevel) for (const id of await deputiesOfLevel(em, input.congressLevel, a.startDate)) if (!wanted.has(id)) wanted.set(id, 'CONGRESS_LEVEL');
    const individual = (input.deputyIds ?? []).map((d) => toId(d, 'deputyIds'));
    if (individual.length) {
      const found = await em.getRepository(Deputy).countBy({ id: In(individual) });
      if (found !== new Set(individual).size) throw notFound({ zh: '代表', en: 'deputy' }, individual.join(','));
      for (const id of individual) wanted.set(id, 'INDIVIDUAL');
    }
    if (!wanted.size) return 0;
    const repo = em.getRepository(ActivityParticipant);
    const existing = new Set((await repo.find({ select: { deputyId: true }, where: { activityId } })).map((p) => p.deputyId));
    const fresh = [...wanted].filter(([id]) => !existing.has(id));
    if (!fresh.length) return 0;
    await repo.save(fresh.map(([deputyId, invitedVia]) => repo.create({ activityId, deputyId, invitedVia, status: 'INVITED', leaveReason: null, respondedAt: null, signedInAt: null })));
    if (a.status !== 'PLANNED') await addRecipientsToActivityNotice(em, a.id, fresh.map(([id]) => id));
    return fresh.length;
  });
}

export async function removeParticipant(ctx: Context, activityId: number, deputyId: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    assertOpen(a, { zh: '参加人', en: 'participants' });
    const p = await em.getRepository(ActivityParticipant).findOneBy({ activityId, deputyId });
    if (!p) throw badInput('activity.notInvited');
    await em.getRepository(ActivityParticipant).remove(p);
    return true;
  });
}


/** Staff (or the organising group's leader) record attendance, several deputies at once. */
export async function recordAttendance(ctx: Context, activityId: number, entries: AttendanceInput[]): Promise<ActivityParticipant[]> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    if (a.status === 'CANCELLED') assertOpen(a, { zh: '出席情况', en: 'attendance' });
    const repo = em.getRepository(ActivityParticipant);
    const out: ActivityParticipant[] = [];
    for (const entry of entries) {
      const deputyId = toId(entry.deputyId, 'deputyId');
      const p = await repo.findOneBy({ activityId, deputyId });
      if (!p) throw badInput('activity.notInvited');
      if ((entry.status === 'ATTENDED' || entry.status === 'ABSENT') && !HELD_ACTIVITY_STATUSES.includes(a.status)) throw badInput('activity.notStarted', { what: { zh: '出席或缺席', en: 'attendance or absence' } });
      const reason = entry.leaveReason?.trim();
      if (entry.status === 'ON_LEAVE' && !reason) throw badInput('activity.leaveReasonRequired');
      p.status = entry.status;
      p.leaveReason = entry.status === 'ON_LEAVE' ? reason! : null;
      out.push(await repo.save(p));
    }
    return out;
  });
}

function deputyActing(ctx: Context, onBehalf: string | null | undefined): { deputyId: number; self: boolean } {
  const v = ctx.viewer!;
  if (onBehalf) {
    requirePermission(ctx, 'activity:write');
    return { deputyId: toId(onBehalf, 'deputyId'), self: false };
  }
  if (v.scopeDeputyId == null) throw badInput('activity.noDeputy');
  return { deputyId: v.scopeDeputyId, self: true };
}

/** A deputy confirms or asks for leave (staff may answer for them). */
export async function answerInvitation(ctx: Context, activityId: number, input: InvitationAnswerInput): Promise<ActivityParticipant> {
  const { deputyId, self } = deputyActing(ctx, input.deputyId);
  return ctx.db.transaction(async (em) => {
    const a = self ? await em.getRepository(Activity).findOne({ where: { id: activityId }, lock: { mode: 'pessimistic_write' } }) : await lockActivity(em, ctx, activityId);
    const p = a ? await em.getRepository(ActivityParticipant).findOneBy({ activityId, deputyId }) : null;
    if (!a || !p) throw self ? hiddenActivity(activityId) : badInput('activity.notInvited');
    if (!RESPONDABLE_ACTIVITY_STATUSES.includes(a.status)) assertOpen(a, { zh: '答复', en: 'the answer' });
    if (p.status === 'ATTENDED') throw badInput('activity.closed', { status: ATTENDANCE_STATUS_LABELS.ATTENDED, what: { zh: '答复', en: 'the answer' } });
    const reason = input.reason?.trim();
    if (input.response === 'ASK_LEAVE' && !reason) throw badInput('activity.leaveReasonRequired');
    p.status = input.response === 'CONFIRM' ? 'CONFIRMED' : 'ON_LEAVE';
    p.leaveReason = input.response === 'ASK_LEAVE' ? reason! : null;
    p.respondedAt = new Date();
    return em.getRepository(ActivityParticipant).save(p);
  });
}

/** Sign-in on the day: a deputy for themselves, or staff for several deputies at the door. */
export async function signIn(ctx: Context, activityId: number, deputyIds: string[] | undefined): Promise<ActivityParticipant[]> {
  const self = !deputyIds?.length;
  const ids = self ? [deputyActing(ctx, null).deputyId] : deputyIds.map((d) => toId(d, 'deputyIds'));
  return ctx.db.transaction(async (em) => {
    const a = self ? await em.getRepository(Activity).findOne({ where: { id: activityId }, lock: { mode: 'pessimistic_write' } }) : await lockActivity(em, ctx, activityId);
    if (!a) throw hiddenActivity(activityId);
    const repo = em.getRepository(ActivityParticipant);
    const rows = await repo.findBy({ activityId, deputyId: In(ids) });
    if (rows.length !== new Set(ids).size) throw self ? hiddenActivity(activityId) : badInput('activity.notInvited');
    if (a.status !== 'IN_PROGRESS') {
      if (a.status === 'COMPLETED' || a.status === 'CANCELLED') assertOpen(a, { zh: '签到', en: 'sign-in' });
      throw badInput('activity.notStarted', { what: { zh: '签到', en: 'sign-in' } });
    }
    const now = new Date();
    for (const p of rows) {
      if (p.status === 'ATTENDED') continue;
      p.status = 'ATTENDED';
      p.signedInAt = now;
      p.leaveReason = null;
    }
    return repo.save(rows);
  });
}

/**
 * Saves the ordered list of stops: stops with an id are changed, the rest added, and stops left
 * out removed (refused when a finding was recorded there). Order in the list is the visiting order.
 */
export async function saveStops(ctx: Context, activityId: number, stops: StopInput[]): Promise<ActivityStop[]> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    if (a.status === 'CANCELLED') assertOpen(a, { zh: '被视察单位', en: 'stops' });
    const repo = em.getRepository(ActivityStop);
    const current = await repo.findBy({ activityId });
    const byId = new Map(current.map((s) => [s.id, s]));
    const keep = new Set(stops.filter((s) => s.id).map((s) => toId(s.id!, 'stops.id')));
    for (const id of keep) if (!byId.has(id)) throw badInput('activity.stopNotInActivity');
    const removed = current.filter((s) => !keep.has(s.id));
    if (removed.length) {
      const used = await em.getRepository(Finding).findOneBy({ stopId: In(removed.map((s) => s.id)) });
      if (used) {
        const org = await em.getRepository(Organization).findOneBy({ id: byId.get(used.stopId!)!.organizationId });
        throw badInput('activity.stopInUse', { name: org?.name ?? String(used.stopId) });
      }
      await repo.remove(removed);
    }
    const orgIds = [...new Set(stops.map((s) => toId(s.organizationId, 'organizationId')))];
    const orgs = new Map((orgIds.length ? await em.getRepository(Organization).findBy({ id: In(orgIds) }) : []).map((o) => [o.id, o.name]));
    if (orgs.size !== orgIds.length) throw notFound({ zh: '单位', en: 'organization' }, orgIds.join(','));
    // A stop is visited during the activity: a date outside it is a typing mistake, or another activity.
    for (const s of stops) {
      const date = parseDate(s.visitDate, 'visitDate');
      if (date < a.startDate || date > a.endDate) {
        throw badInput('activity.stopOutsideDates', { name: orgs.get(toId(s.organizationId))!, date, start: a.startDate, end: a.endDate });
      }
    }
    // Park kept stops on negative sequences first, so reordering never trips the unique order.
    if (keep.size) await em.query(`UPDATE activity_stop SET sequence = -sequence - 1000 WHERE id = ANY($1)`, [[...keep]]);
    const saved: ActivityStop[] = [];
    for (const [i, s] of stops.entries()) {
      const row = s.id ? byId.get(toId(s.id))! : repo.create({ activityId });
      row.sequence = i + 1;
      row.organizationId = toId(s.organizationId, 'organizationId');
      row.visitDate = parseDate(s.visitDate, 'visitDate');
      row.note = s.note?.trim() || null;
      saved.push(await repo.save(row));
    }
    return saved;
  });
}

export async function saveReport(ctx: Context, activityId: number, input: ActivityReportInput): Promise<ActivityReport> {
  return ctx.db.transaction(async (em) => {
    const a = await lockActivity(em, ctx, activityId);
    if (!HELD_ACTIVITY_STATUSES.includes(a.status)) throw badInput('activity.notStarted', { what: { zh: '报告', en: 'the report' } });
    const repo = em.getRepository(ActivityReport);
    const report = (await repo.findOneBy({ activityId })) ?? repo.create({ activityId });
    report.title = input.title.trim();
    report.content = input.content;
    report.authorUserId = ctx.viewer!.id;
    const saved = await repo.save(report);
    await claimAttachments(em, ctx, REPORT_ATTACHMENT, saved.id, (input.attachmentIds ?? []).map((x) => toId(x, 'attachmentIds')));
    return saved;
  });
}

export interface AttendanceCounts {
  invited: number;
  confirmed: number;
  attended: number;
  onLeave: number;
  absent: number;
  pending: number;
}

/** Counts per status; `invited` is everyone invited, `pending` those who have not answered. */
export function countAttendance(rows: { status: AttendanceStatus }[]): AttendanceCounts {
  const c = { invited: rows.length, confirmed: 0, attended: 0, onLeave: 0, absent: 0, pending: 0 };
  for (const r of rows) {
    if (r.status === 'CONFIRMED') c.confirmed++;
    else if (r.status === 'ATTENDED') c.attended++;
    else if (r.status === 'ON_LEAVE') c.onLeave++;
    else if (r.status === 'ABSENT') c.absent++;
    else c.pending++;
  }
  return c;
}

/** The actions the viewer could take on an activity now (the admin draws its buttons from these). */
export function activityActionsFor(ctx: Context, a: Activity): string[] {
  const v = ctx.viewer!;
  if (v.role === 'GROUP_LEADER' && a.organizerGroupId !== v.scopeGroupId) return [];
  return (Object.keys(ACTIVITY_MACHINE) as (keyof typeof ACTIVITY_MACHINE)[]).filter(
    (k) => ACTIVITY_MACHINE[k].from.includes(a.status) && can(v.role, ACTIVITY_MACHINE[k].permission) && can(v.role, 'activity:write'),
  );
}
