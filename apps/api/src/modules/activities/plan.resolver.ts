import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { PERMISSIONS as P, type CongressLevel, PLAN_ITEM_PROGRESSES, PLAN_ITEM_PROGRESS_LABELS, planItemProgress, type PlanItemProgress } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { enumFrom } from '../../common/enums';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { Congress } from '../registry/congress.entity';
import { CongressLevelEnum } from '../registry/registry.enums';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { describeValues } from '../../common/enums';
import { Activity } from './activity.entity';
import { CreateAnnualPlanInput, PlanItemInput, UpdatePlanItemInput } from './activity.inputs';
import { activityVisible, localToday } from './activity.service';
import { AnnualPlan, PlanItem } from './annual-plan.entity';
import { addPlanItem, createPlan, getPlan, listPlans, planExecutionLoader, removePlanItem, updatePlanItem } from './plan.service';

export const PlanItemProgressEnum = enumFrom<PlanItemProgress>(PLAN_ITEM_PROGRESSES);
registerEnumType(PlanItemProgressEnum, { name: 'PlanItemProgress', description: '计划项目执行情况 / Where a plan item stands', valuesConfig: describeValues(PLAN_ITEM_PROGRESS_LABELS) });

@ObjectType({ description: '年度计划列表(分页)/ A page of annual plans' })
export class AnnualPlanConnection extends Connection(AnnualPlan, 'AnnualPlan') {}

@InputType({ description: '年度计划筛选 / Annual plan filter' })
export class AnnualPlanFilter {
  @Field(() => Int, { nullable: true, description: '年度 / Year' }) year?: number;
  @Field(() => ID, { nullable: true, description: '人大 / Congress' }) congressId?: string;
  @Field(() => CongressLevelEnum, { nullable: true, description: '人大层级 / Congress level' }) congressLevel?: CongressLevel;
}

@ObjectType({ description: '计划与执行对比 / Planned against held' })
export class PlanCountsRow {
  @Field(() => Int, { description: '计划项目数 / Items planned' }) planned: number;
  @Field(() => Int, { description: '已开展 / Held' }) held: number;
  @Field(() => Int, { description: '进行中 / Under way' }) inProgress: number;
  @Field(() => Int, { description: '逾期未开展 / Overdue' }) overdue: number;
}

@ObjectType({ description: '某月的计划执行 / One month of the plan' })
export class PlanMonthRow extends PlanCountsRow {
  @Field(() => Int, { description: '月份 / Month' }) month: number;
}

@ObjectType({ description: '某组织者的计划执行 / One organiser\'s share of the plan' })
export class PlanOrganizerRow extends PlanCountsRow {
  @Field(() => ID, { nullable: true, description: '小组;空为常委会 / Group; empty: the committee' }) organizerGroupId: number | null;
  @Field(() => String, { description: '组织者名称 / Organiser' }) organizerName: string;
}

@ObjectType({ description: '年度计划执行情况 / How the annual plan is being carried out' })
export class PlanExecutionView extends PlanCountsRow {
  @Field(() => String, { description: '统计截至日期 / As of' }) asOf: string;
  @Field(() => Int, { description: '计划外开展的活动 / Activities held outside the plan' }) unplanned: number;
  @Field(() => [PlanMonthRow], { description: '按月 / Per month' }) byMonth: PlanMonthRow[];
  @Field(() => [PlanOrganizerRow], { description: '按组织者 / Per organiser' }) byOrganizer: PlanOrganizerRow[];
  @Field(() => [PlanItem], { description: '逾期未开展的项目 / Items overdue' }) overdueItems: PlanItem[];
}

@Resolver(() => AnnualPlan)
export class PlanResolver {
  @Allow(P.ACTIVITY_READ)
  @Query(() => AnnualPlanConnection, { description: '年度活动计划 / Annual plans' })
  annualPlans(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => AnnualPlanFilter, { nullable: true }) filter?: AnnualPlanFilter) {
    return listPlans(ctx, filter, page);
  }

  @Allow(P.ACTIVITY_READ)
  @Query(() => AnnualPlan, { description: '一份年度计划 / One annual plan' })
  annualPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AnnualPlan> {
    return getPlan(ctx, toId(id));
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => AnnualPlan, { description: '新建年度计划(常委会)/ Create an annual plan (the committee)' })
  createAnnualPlan(@Ctx() ctx: Context, @Arg('input', () => CreateAnnualPlanInput) input: CreateAnnualPlanInput): Promise<AnnualPlan> {
    return createPlan(ctx, input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => PlanItem, { description: '添加计划项目 / Add a plan item' })
  addPlanItem(@Ctx() ctx: Context, @Arg('planId', () => ID) planId: string, @Arg('input', () => PlanItemInput) input: PlanItemInput): Promise<PlanItem> {
    return addPlanItem(ctx, toId(planId), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => PlanItem, { description: '修改计划项目 / Change a plan item' })
  updatePlanItem(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePlanItemInput) input: UpdatePlanItemInput): Promise<PlanItem> {
    return updatePlanItem(ctx, toId(id), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Boolean, { description: '删除尚无活动的计划项目 / Remove a plan item no activity carries out' })
  removePlanItem(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removePlanItem(ctx, toId(id));
  }

  @FieldResolver(() => Congress, { description: '人大 / Congress' })
  async congress(@Root() plan: AnnualPlan, @Ctx() ctx: Context): Promise<Congress> {
    return (await loadById(ctx, Congress, plan.congressId))!;
  }

  @FieldResolver(() => [PlanItem], { description: '计划项目,按月 / Items, by month' })
  items(@Root() plan: AnnualPlan, @Ctx() ctx: Context): Promise<PlanItem[]> {
    return byColumn(ctx, PlanItem, 'planId', { orderBy: { month: 'ASC', id: 'ASC' } }).load(plan.id);
  }

  @FieldResolver(() => PlanExecutionView, { description: '执行情况(截至某日,默认今天)/ How it is being carried out, as of a date (default today)' })
  async execution(@Root() plan: AnnualPlan, @Ctx() ctx: Context, @Arg('asOf', () => String, { nullable: true, description: '截至日期 YYYY-MM-DD / As of' }) asOf?: string) {
    return (await planExecutionLoader(ctx, asOf ?? localToday()).load(plan.id))!;
  }
}

@Resolver(() => PlanItem)
export class PlanItemFieldsResolver {
  @FieldResolver(() => DeputyGroup, { nullable: true, description: '组织小组;空为常委会 / Organising group; empty: the committee' })
  organizerGroup(@Root() item: PlanItem, @Ctx() ctx: Context): Promise<DeputyGroup | null> {
    return loadById(ctx, DeputyGroup, item.organizerGroupId);
  }

  @FieldResolver(() => [Activity], { description: '执行该项目的活动(可见的)/ Activities carrying it out, those the viewer may see' })
  async activities(@Root() item: PlanItem, @Ctx() ctx: Context): Promise<Activity[]> {
    const rows = await byColumn(ctx, Activity, 'planItemId', { orderBy: { startDate: 'ASC' } }).load(item.id);
    const visible = await Promise.all(rows.map((a) => activityVisible(ctx).load(a.id)));
    return rows.filter((_, i) => visible[i]);
  }

  @FieldResolver(() => PlanItemProgressEnum, { description: '执行情况(截至今天)/ Where it stands today' })
  async progress(@Root() item: PlanItem, @Ctx() ctx: Context): Promise<PlanItemProgress> {
    const [plan, rows] = await Promise.all([loadById(ctx, AnnualPlan, item.planId), byColumn(ctx, Activity, 'planItemId').load(item.id)]);
    return planItemProgress(plan!.year, item.month, rows.map((a) => a.status), localToday());
  }
}
