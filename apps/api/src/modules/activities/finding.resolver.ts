import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P, type CongressLevel, type FindingAction, type FindingStatus } from '@luzhi/shared';
import { CongressLevelEnum } from '../registry/registry.enums';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { Attachment } from '../files/attachment.entity';
import { FindingActionEnum, FindingStatusEnum } from './activity.enums';
import { Activity, ActivityStop } from './activity.entity';
import { CreateFindingInput, FindingFilter, FindingReportInput, FindingSort, FindingTransitionInput, FindingVerificationInput, UpdateFindingInput } from './activity.inputs';
import { attachmentsOf } from './activity.resolver';
import { activityVisible } from './activity.service';
import { Finding, FindingUpdate } from './finding.entity';
import { draftSuggestionFromFindings } from './finding-suggestion.service';
import {
  EVIDENCE_ATTACHMENT, assertFindingsVisible, createFinding, findingActionsFor, findingCounts, getFinding, isOverdue, listFindings, reportOnFinding,
  transitionFinding, updateFinding, verifyFinding,
} from './finding.service';
import { User } from '../users/user.entity';

@ObjectType({ description: '问题列表(分页)/ A page of findings' })
export class FindingConnection extends Connection(Finding, 'Finding') {}

@ObjectType({ description: '某状态的问题数 / How many findings are in one status' })
export class FindingStatusCount {
  @Field(() => FindingStatusEnum, { description: '状态 / Status' }) status: FindingStatus;
  @Field(() => Int, { description: '数量 / Count' }) count: number;
  @Field(() => Int, { description: '其中逾期 / Of which overdue' }) overdue: number;
}

@ObjectType({ description: '由问题生成的建议草稿(供代表建议功能使用)/ A draft suggestion made from findings, for the suggestions feature' })
export class SuggestionDraft {
  @Field(() => String, { description: '建议标题 / Title' }) title: string;
  @Field(() => String, { description: '建议内容 / Content' }) content: string;
  @Field(() => ID, { nullable: true, description: '建议的领衔代表 / Proposed lead deputy' }) leadDeputyId: number | null;
  @Field(() => [ID], { description: '建议的附议代表 / Proposed co-signers' }) coSignerDeputyIds: number[];
  @Field(() => [ID], { description: '来源问题 / The findings' }) findingIds: number[];
  @Field(() => [ID], { description: '来源活动 / The activities' }) activityIds: number[];
  @Field(() => ID, { nullable: true, description: '建议的届:活动所属人大当时的届 / Proposed term: the activities\' congress\'s term in force when they ended' }) termId: number | null;
  @Field(() => ID, { nullable: true, description: '建议提交的会议:该届在活动之后的下一次会议;空为闭会期间 / Proposed session: the term\'s next session after the activities; empty for recess' }) sessionId: number | null;
}

@Resolver(() => SuggestionDraft)
export class SuggestionDraftFieldsResolver {
  @FieldResolver(() => Deputy, { nullable: true, description: '领衔代表 / Lead deputy' })
  leadDeputy(@Root() d: SuggestionDraft, @Ctx() ctx: Context): Promise<Deputy | null> {
    return loadById(ctx, Deputy, d.leadDeputyId);
  }

  @FieldResolver(() => [Deputy], { description: '附议代表 / Co-signers' })
  async coSigners(@Root() d: SuggestionDraft, @Ctx() ctx: Context): Promise<Deputy[]> {
    return (await Promise.all(d.coSignerDeputyIds.map((id) => loadById(ctx, Deputy, id)))).filter((x): x is Deputy => !!x);
  }

  @FieldResolver(() => [Finding], { description: '来源问题(草稿只由看得到的问题生成)/ The findings; a draft is made only from findings the viewer may see' })
  async findings(@Root() d: SuggestionDraft, @Ctx() ctx: Context): Promise<Finding[]> {
    return (await Promise.all(d.findingIds.map((id) => loadById(ctx, Finding, id)))).filter((x): x is Finding => !!x);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Allow(P.FINDING_READ)
  @Query(() => FindingConnection, { description: '问题(承办单位只见本单位的)/ Findings; a handling unit sees only its own' })
  findings(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FindingFilter, { nullable: true }) filter?: FindingFilter,
    @Arg('sort', () => FindingSort, { nullable: true }) sort?: FindingSort,
  ) {
    return listFindings(ctx, filter, sort, page);
  }

  @Allow(P.FINDING_READ)
  @Query(() => Finding, { description: '一个问题;看不到的与不存在的回答相同 / One finding; one the viewer may not see answers as if it did not exist' })
  finding(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Finding> {
    return getFinding(ctx, toId(id));
  }

  @Allow(P.FINDING_READ)
  @Query(() => [FindingStatusCount], { description: '问题看板:各状态数量与逾期数 / The board: findings per status, and overdue' })
  findingBoard(
    @Ctx() ctx: Context,
    @Arg('activityId', () => ID, { nullable: true, description: '只看这次活动的 / Only this activity\'s' }) activityId?: string,
    @Arg('congressId', () => ID, { nullable: true, description: '只看这个人大的活动的 / Only findings of this congress\'s activities' }) congressId?: string,
    @Arg('congressLevel', () => CongressLevelEnum, { nullable: true, description: '只看这一层级人大的活动的 / Only findings of activities of congresses at this level' }) congressLevel?: CongressLevel,
  ): Promise<FindingStatusCount[]> {
    return findingCounts(ctx, {
      activityId: activityId ? toId(activityId, 'activityId') : undefined,
      congressId: congressId ? toId(congressId, 'congressId') : undefined,
      congressLevel: congressLevel ?? undefined,
    });
  }

  @Allow(P.FINDING_READ)
  @Query(() => SuggestionDraft, { description: '由问题生成建议草稿:领衔、附议、标题、内容 / Draft a suggestion from findings: lead, co-signers, title, content' })
  async suggestionDraftFromFindings(@Ctx() ctx: Context, @Arg('findingIds', () => [ID]) findingIds: string[]): Promise<SuggestionDraft> {
    const ids = findingIds.map((id) => toId(id, 'findingIds'));
    await assertFindingsVisible(ctx, ids);
    return draftSuggestionFromFindings(ctx.db.manager, ids);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Finding, { description: '登记问题 / Record a finding' })
  createFinding(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('input', () => CreateFindingInput) input: CreateFindingInput): Promise<Finding> {
    return createFinding(ctx, toId(activityId), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Finding, { description: '修改问题:责任单位、期限、表述 / Change a finding: responsible unit, deadline, wording' })
  updateFinding(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateFindingInput) input: UpdateFindingInput): Promise<Finding> {
    return updateFinding(ctx, toId(id), input);
  }

  @Allow(P.FINDING_UPDATE, P.FINDING_VERIFY)
  @Mutation(() => Finding, { description: '问题状态操作 / A step of the finding state machine' })
  changeFindingStatus(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FindingTransitionInput) input: FindingTransitionInput): Promise<Finding> {
    return transitionFinding(ctx, toId(id), input);
  }

  @Allow(P.FINDING_UPDATE)
  @Mutation(() => FindingUpdate, { description: '填报整改进展或报告整改完成 / Report progress, or claim the rectification done' })
  reportOnFinding(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FindingReportInput) input: FindingReportInput): Promise<FindingUpdate> {
    return reportOnFinding(ctx, toId(id), input);
  }

  @Allow(P.FINDING_VERIFY)
  @Mutation(() => Finding, { description: '常委会核实整改(通过则已解决)/ The committee\'s check: passing resolves the finding' })
  verifyFinding(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FindingVerificationInput) input: FindingVerificationInput): Promise<Finding> {
    return verifyFinding(ctx, toId(id), input);
  }

  @FieldResolver(() => Activity, { nullable: true, description: '所属活动(有权查看活动时)/ The activity, when the viewer may see activities' })
  async activity(@Root() f: Finding, @Ctx() ctx: Context): Promise<Activity | null> {
    if (!(await activityVisible(ctx).load(f.activityId))) return null;
    return loadById(ctx, Activity, f.activityId);
  }

  @FieldResolver(() => String, { description: '所属活动名称 / Title of the activity' })
  async activityTitle(@Root() f: Finding, @Ctx() ctx: Context): Promise<string> {
    return (await loadById(ctx, Activity, f.activityId))!.title;
  }

  @FieldResolver(() => ActivityStop, { nullable: true, description: '发现地点 / The stop where it was found' })
  stop(@Root() f: Finding, @Ctx() ctx: Context): Promise<ActivityStop | null> {
    return loadById(ctx, ActivityStop, f.stopId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '责任单位 / Responsible organization' })
  responsibleOrganization(@Root() f: Finding, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, f.responsibleOrganizationId);
  }

  @FieldResolver(() => Deputy, { nullable: true, description: '提出问题的代表 / Deputy who raised it' })
  raisedByDeputy(@Root() f: Finding, @Ctx() ctx: Context): Promise<Deputy | null> {
    return loadById(ctx, Deputy, f.raisedByDeputyId);
  }

  @FieldResolver(() => [FindingUpdate], { description: '动态,按时间 / Timeline, oldest first' })
  updates(@Root() f: Finding, @Ctx() ctx: Context): Promise<FindingUpdate[]> {
    return byColumn(ctx, FindingUpdate, 'findingId', { orderBy: { createdAt: 'ASC', id: 'ASC' } }).load(f.id);
  }

  @FieldResolver(() => FindingUpdate, { nullable: true, description: '责任单位最近一次报告整改完成 / The unit\'s latest claim of rectification' })
  async latestClaim(@Root() f: Finding, @Ctx() ctx: Context): Promise<FindingUpdate | null> {
    const rows = await byColumn(ctx, FindingUpdate, 'findingId', { orderBy: { createdAt: 'ASC', id: 'ASC' } }).load(f.id);
    return rows.filter((u) => u.kind === 'RECTIFICATION_CLAIM').at(-1) ?? null;
  }

  @FieldResolver(() => FindingUpdate, { nullable: true, description: '常委会最近一次核实 / The committee\'s latest check' })
  async latestVerification(@Root() f: Finding, @Ctx() ctx: Context): Promise<FindingUpdate | null> {
    const rows = await byColumn(ctx, FindingUpdate, 'findingId', { orderBy: { createdAt: 'ASC', id: 'ASC' } }).load(f.id);
    return rows.filter((u) => u.kind === 'VERIFICATION_PASSED' || u.kind === 'VERIFICATION_FAILED').at(-1) ?? null;
  }

  @FieldResolver(() => Boolean, { description: '是否逾期未办结 / Past its deadline and still open' })
  overdue(@Root() f: Finding): boolean {
    return isOverdue(f);
  }

  @FieldResolver(() => [FindingActionEnum], { description: '当前用户现在可执行的状态操作 / The state steps the viewer may take now' })
  allowedActions(@Root() f: Finding, @Ctx() ctx: Context): FindingAction[] {
    return findingActionsFor(ctx, f);
  }
}

@Resolver(() => FindingUpdate)
export class FindingUpdateFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: '填写人姓名 / Author\'s name' })
  async authorName(@Root() u: FindingUpdate, @Ctx() ctx: Context): Promise<string | null> {
    return (await loadById(ctx, User, u.authorUserId))?.displayName ?? null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '代表哪个单位 / The unit the author acted for' })
  authorOrganization(@Root() u: FindingUpdate, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, u.authorOrganizationId);
  }

  @FieldResolver(() => [Attachment], { description: '证据附件 / Evidence' })
  attachments(@Root() u: FindingUpdate, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, EVIDENCE_ATTACHMENT, u.id);
  }
}
