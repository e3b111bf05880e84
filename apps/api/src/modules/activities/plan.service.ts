import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { COMMITTEE_ORGANIZER, paramText, planItemProgress, type ActivityStatus } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertVersion } from '../../common/records';
import { Congress } from '../registry/congress.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { Activity } from './activity.entity';
import type { CreateAnnualPlanInput, PlanItemInput, UpdatePlanItemInput } from './activity.inputs';
import { assertManages } from './activity.scope';
import { localToday, parseDate } from './activity.service';
import { AnnualPlan, PlanItem } from './annual-plan.entity';

const PLAN_ENTITY = { zh: '年度计划', en: 'annual plan' };
const ITEM_ENTITY = { zh: '计划项目', en: 'plan item' };
const optionalId = (v: string | null | undefined, what: string) => (v == null || v === '' ? null : toId(v, what));

export function listPlans(ctx: Context, filter: { year?: number; congressId?: string; congressLevel?: string } | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(AnnualPlan).createQueryBuilder('p');
  if (filter?.year) qb.andWhere('p.year = :year', { year: filter.year });
  if (filter?.congressId) qb.andWhere('p.congressId = :c', { c: toId(filter.congressId) });
  if (filter?.congressLevel) qb.andWhere('p.congressId IN (SELECT c.id FROM congress c WHERE c.level = :level)', { level: filter.congressLevel });
  qb.orderBy('p.year', 'DESC').addOrderBy('p.congressId', 'ASC').addOrderBy('p.id', 'ASC');
  return paginate(qb, page);
}

export async function getPlan(ctx: Context, id: number): Promise<AnnualPlan> {
  const plan = await ctx.db.getRepository(AnnualPlan).findOneBy({ id });
  if (!plan) throw notFound(PLAN_ENTITY, id);
  return plan;
}

/** Plans are the committee's: staff make them; group leaders add their own group's items. */
export async function createPlan(ctx: Context, input: CreateAnnualPlanInput): Promise<AnnualPlan> {
  assertManages(ctx, { organizerGroupId: null });
  const congressId = toId(input.congressId, 'congressId');
  return ctx.db.transaction(async (em) => {
    if (!(await em.getRepository(Congress).existsBy({ id: congressId }))) throw notFound({ zh: '人大', en: 'congress' }, congressId);
    if (await em.getRepository(AnnualPlan).existsBy({ year: input.year, congressId })) throw conflict('activity.planExists', { year: input.year });
    const repo = em.getRepository(AnnualPlan);
    return repo.save(repo.create({ year: input.year, congressId, title: input.title.trim(), description: input.description?.trim() || null }));
  });
}

function checkItem(input: PlanItemInput): void {
  if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12) throw badInput('activity.badMonth');
}

export async function addPlanItem(ctx: Context, planId: number, input: PlanItemInput): Promise<PlanItem> {
  checkItem(input);
  const organizerGroupId = optionalId(input.organizerGroupId, 'organizerGroupId');
  assertManages(ctx, { organizerGroupId });
  return ctx.db.transaction(async (em) => {
    if (!(await em.getRepository(AnnualPlan).existsBy({ id: planId }))) throw notFound(PLAN_ENTITY, planId);
    if (organizerGroupId != null && !(await em.getRepository(DeputyGroup).existsBy({ id: organizerGroupId }))) throw notFound({ zh: '代表小组', en: 'group' }, organizerGroupId);
    const repo = em.getRepository(PlanItem);
    return repo.save(repo.create({ planId, title: input.title.trim(), type: input.type, scope: input.scope ?? null, month: input.month, organizerGroupId, description: input.description?.trim() || null }));
  });
}

export async function updatePlanItem(ctx: Context, id: number, input: UpdatePlanItemInput): Promise<PlanItem> {
  checkItem(input);
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(PlanItem);
    const item = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw notFound(ITEM_ENTITY, id);
    assertManages(ctx, item);
    assertVersion(ITEM_ENTITY, item.version, input.version);
    const organizerGroupId = optionalId(input.organizerGroupId, 'organizerGroupId');
    assertManages(ctx, { organizerGroupId });
    Object.assign(item, { title: input.title.trim(), type: input.type, scope: input.scope ?? null, month: input.month, organizerGroupId, description: input.description?.trim() || null });
    return repo.save(item);
  });
}

export async function removePlanItem(ctx: Context, id: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const item = await em.getRepository(PlanItem).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw notFound(ITEM_ENTITY, id);
    assertManages(ctx, item);
    if (await em.getRepository(Activity).existsBy({ planItemId: id })) throw badInput('activity.planItemInUse');
    await em.getRepository(PlanItem).remove(item);
    return true;
  });
}

export interface PlanCounts {
  planned: number;
  held: number;
  inProgress: number;
  overdue: number;
}
export interface PlanExecution extends PlanCounts {
  asOf: string;
  /** Activities of the plan's year and congress that carry out no plan item. */
  unplanned: number;
  byMonth: (PlanCounts & { month: number })[];
  byOrganizer: (PlanCounts & { organizerGroupId: number | null; organizerName: string })[];
  overdueItems: PlanItem[];
}

/** Planned against held, per month and per organiser, and the items overdue as of a date. */
export async function planExecution(ctx: Context, planId: number, asOf = localToday()): Promise<PlanExecution> {
  await getPlan(ctx, planId);
  return (await planExecutionLoader(ctx, asOf).load(planId))!;
}

/** The execution of many plans in a fixed number of statements (a page of plans costs the same as one). */
export function planExecutionLoader(ctx: Context, asOf: string): DataLoader<number, PlanExecution | null> {
  parseDate(asOf, 'asOf');
  return ctx.loaders.get(`plans:execution:${asOf}`, () => new DataLoader<number, PlanExecution | null>((ids) => computeExecutions(ctx, [...ids], asOf)));
}

async function computeExecutions(ctx: Context, planIds: number[], asOf: string): Promise<(PlanExecution | null)[]> {
  const plans = await ctx.db.getRepository(AnnualPlan).findBy({ id: In(planIds) });
  const items = await ctx.db.getRepository(PlanItem).find({ where: { planId: In(planIds) }, order: { month: 'ASC', id: 'ASC' } });
  const activities = items.length ? await ctx.db.getRepository(Activity).find({ select: { id: true, planItemId: true, status: true }, where: { planItemId: In(items.map((i) => i.id)) } }) : [];
  const groupIds = [...new Set(items.map((i) => i.organizerGroupId).filter((g): g is number => g != null))];
  const groups = new Map((groupIds.length ? await ctx.db.getRepository(DeputyGroup).findBy({ id: In(groupIds) }) : []).map((g) => [g.id, g.name]));
  const unplannedRows: { congress_id: number; year: number; n: number }[] = plans.length
    ? await ctx.db.query(
        `SELECT congress_id, extract(year FROM start_date)::int AS year, count(*)::int AS n FROM activity
          WHERE plan_item_id IS NULL AND status = 'COMPLETED' AND congress_id = ANY($1) GROUP BY 1, 2`,
        [[...new Set(plans.map((p) => p.congressId))]],
      )
    : [];
  const statuses = new Map<number, ActivityStatus[]>();
  for (const a of activities) statuses.set(a.planItemId!, [...(statuses.get(a.planItemId!) ?? []), a.status]);

  const byPlan = new Map<number, PlanExecution>();
  for (const plan of plans) {
    const empty = (): PlanCounts => ({ planned: 0, held: 0, inProgress: 0, overdue: 0 });
    const total = empty();
    const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...empty() }));
    const organizers = new Map<number | null, PlanCounts & { organizerGroupId: number | null; organizerName: string }>();
    const overdueItems: PlanItem[] = [];
    for (const item of items.filter((i) => i.planId === plan.id)) {
      const progress = planItemProgress(plan.year, item.month, statuses.get(item.id) ?? [], asOf);
      let org = organizers.get(item.organizerGroupId);
      if (!org) organizers.set(item.organizerGroupId, (org = { organizerGroupId: item.organizerGroupId, organizerName: item.organizerGroupId == null ? paramText(COMMITTEE_ORGANIZER, ctx.lang) : groups.get(item.organizerGroupId) ?? '', ...empty() }));
      for (const c of [total, months[item.month - 1]!, org]) {
        c.planned++;
        if (progress === 'HELD') c.held++;
        if (progress === 'IN_PROGRESS') c.inProgress++;
        if (progress === 'OVERDUE') c.overdue++;
      }
      if (progress === 'OVERDUE') overdueItems.push(item);
    }
    const unplanned = unplannedRows.find((r) => r.congress_id === plan.congressId && r.year === plan.year)?.n ?? 0;
    byPlan.set(plan.id, { asOf, ...total, unplanned, byMonth: months, byOrganizer: [...organizers.values()], overdueItems });
  }
  return planIds.map((id) => byPlan.get(id) ?? null);
}
