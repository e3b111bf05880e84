import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  allowedActions, ORGAN_EVALUATION_MACHINE, PERMISSIONS as P, RECTIFICATION_MACHINE,
  type OrganEvaluationAction, type RectificationAction,
} from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { byColumn, loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { OrganEvaluationActionEnum, RectificationActionEnum } from '../duty.enums';
import { OrganEvaluation, OrganEvaluationRating, RectificationItem, RectificationUpdate } from './organ-evaluation.entity';
import { CreateOrganEvaluationInput, OrganEvaluationFilter, OrganRatingInput, RectificationItemInput, UpdateOrganEvaluationInput } from './organ-evaluation.inputs';
import {
  addRectificationItem, createOrganEvaluation, getOrganEvaluation, listOrganEvaluations, moveOrganEvaluation, moveRectificationItem, rateOrgan, updateOrganEvaluation,
} from './organ-evaluation.service';

@ObjectType({ description: 'OrganEvaluation 的分页列表 / A page of organ evaluations' })
export class OrganEvaluationConnection extends Connection(OrganEvaluation, 'OrganEvaluation') {}

@Resolver(() => OrganEvaluation)
export class OrganEvaluationResolver {
  @Allow(P.DUTY_READ)
  @Query(() => OrganEvaluationConnection, { description: '评议国家机关 / State-organ evaluations' })
  organEvaluations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganEvaluationFilter, { nullable: true }) filter?: OrganEvaluationFilter,
  ) {
    return listOrganEvaluations(ctx, filter, page);
  }

  @Allow(P.DUTY_READ)
  @Query(() => OrganEvaluation, { description: '一次评议 / One evaluation' })
  organEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<OrganEvaluation> {
    return getOrganEvaluation(ctx, toId(id));
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => OrganEvaluation, { description: '新建评议(准备阶段)/ Create an evaluation, in its PREPARING phase' })
  createOrganEvaluation(@Ctx() ctx: Context, @Arg('input', () => CreateOrganEvaluationInput) input: CreateOrganEvaluationInput): Promise<OrganEvaluation> {
    return createOrganEvaluation(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => OrganEvaluation, { description: '修改评议 / Change an evaluation' })
  updateOrganEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOrganEvaluationInput) input: UpdateOrganEvaluationInput): Promise<OrganEvaluation> {
    return updateOrganEvaluation(ctx, toId(id), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => OrganEvaluation, { description: '推进评议阶段(不允许的转换返回 INVALID_TRANSITION)/ Move to the next phase; forbidden moves answer INVALID_TRANSITION' })
  moveOrganEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => OrganEvaluationActionEnum) action: OrganEvaluationAction,
  ): Promise<OrganEvaluation> {
    return moveOrganEvaluation(ctx, toId(id), version, action);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => OrganEvaluationRating, { description: '登记(或更正)一位代表的测评 / Record or correct one deputy\'s rating' })
  rateOrgan(@Ctx() ctx: Context, @Arg('evaluationId', () => ID) evaluationId: string, @Arg('input', () => OrganRatingInput) input: OrganRatingInput): Promise<OrganEvaluationRating> {
    return rateOrgan(ctx, toId(evaluationId), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => RectificationItem, { description: '提出整改事项 / Add a rectification item' })
  addRectificationItem(@Ctx() ctx: Context, @Arg('evaluationId', () => ID) evaluationId: string, @Arg('input', () => RectificationItemInput) input: RectificationItemInput): Promise<RectificationItem> {
    return addRectificationItem(ctx, toId(evaluationId), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => RectificationItem, { description: '推进整改事项并记录进展 / Move a rectification item and record the progress' })
  moveRectificationItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => RectificationActionEnum) action: RectificationAction,
    @Arg('note', () => String, { defaultValue: '' }) note: string,
  ): Promise<RectificationItem> {
    if (note.length > 5000) note = note.slice(0, 5000);
    return moveRectificationItem(ctx, toId(id), version, action, note);
  }

  @FieldResolver(() => Organization, { description: '被评议机关 / The organ' })
  async organization(@Root() e: OrganEvaluation, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, e.organizationId))!;
  }

  @FieldResolver(() => [OrganEvaluationRating], { description: '代表测评 / Deputies\' ratings' })
  ratings(@Root() e: OrganEvaluation, @Ctx() ctx: Context): Promise<OrganEvaluationRating[]> {
    return byColumn(ctx, OrganEvaluationRating, 'evaluationId').load(e.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: '平均测评分 / Average score' })
  async averageScore(@Root() e: OrganEvaluation, @Ctx() ctx: Context): Promise<number | null> {
    const ratings = await byColumn(ctx, OrganEvaluationRating, 'evaluationId').load(e.id);
    return ratings.length ? Math.round((10 * ratings.reduce((s, r) => s + r.score, 0)) / ratings.length) / 10 : null;
  }

  @FieldResolver(() => [RectificationItem], { description: '整改事项 / Rectification items' })
  rectificationItems(@Root() e: OrganEvaluation, @Ctx() ctx: Context): Promise<RectificationItem[]> {
    return byColumn(ctx, RectificationItem, 'evaluationId').load(e.id);
  }

  @FieldResolver(() => [OrganEvaluationActionEnum], { description: '当前可执行的阶段操作 / Phase moves allowed now' })
  allowedActions(@Root() e: OrganEvaluation): OrganEvaluationAction[] {
    return allowedActions(ORGAN_EVALUATION_MACHINE, e.phase);
  }
}

@Resolver(() => OrganEvaluationRating)
export class OrganEvaluationRatingFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: OrganEvaluationRating, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }
}

@Resolver(() => RectificationItem)
export class RectificationItemFieldsResolver {
  @FieldResolver(() => Organization, { nullable: true, description: '责任单位 / Responsible organization' })
  responsibleOrganization(@Root() i: RectificationItem, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, i.responsibleOrganizationId);
  }

  @FieldResolver(() => Deputy, { nullable: true, description: '提出的代表 / Deputy who raised it' })
  raisedByDeputy(@Root() i: RectificationItem, @Ctx() ctx: Context): Promise<Deputy | null> {
    return loadById(ctx, Deputy, i.raisedByDeputyId);
  }

  @FieldResolver(() => [RectificationUpdate], { description: '进展记录 / Progress entries' })
  updates(@Root() i: RectificationItem, @Ctx() ctx: Context): Promise<RectificationUpdate[]> {
    return byColumn(ctx, RectificationUpdate, 'itemId').load(i.id);
  }

  @FieldResolver(() => [RectificationActionEnum], { description: '当前可执行的操作 / Moves allowed now' })
  allowedActions(@Root() i: RectificationItem): RectificationAction[] {
    return allowedActions(RECTIFICATION_MACHINE, i.status);
  }
}
