import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P, attendanceRate, type ActivityAction, type AttendanceStatus } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { Congress } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { Attachment } from '../files/attachment.entity';
import { ActivityActionEnum, AttendanceStatusEnum } from './activity.enums';
import { Activity, ActivityParticipant, ActivityReport, ActivityStop, ImplementationPlan } from './activity.entity';
import {
  ActivityFilter, ActivityReportInput, ActivitySort, ActivityTransitionInput, AttendanceInput, CreateActivityInput, ImplementationPlanInput,
  InvitationAnswerInput, InviteInput, StopInput, UpdateActivityInput,
} from './activity.inputs';
import {
  PLAN_ATTACHMENT, REPORT_ATTACHMENT, activityActionsFor, activityVisible, answerInvitation, countAttendance, createActivity, getActivity,
  inviteParticipants, listActivities, recordAttendance, removeParticipant, saveImplementationPlan, saveReport, saveStops, signIn,
  transitionActivity, updateActivity,
} from './activity.service';
import { PlanItem } from './annual-plan.entity';
import { Finding } from './finding.entity';
import { Notice, NoticeRecipient } from './notice.entity';
import { Training } from './training.entity';

@ObjectType({ description: '活动列表(分页)/ A page of activities' })
export class ActivityConnection extends Connection(Activity, 'Activity') {}

@ObjectType({ description: '活动参加记录列表(分页)/ A page of participations' })
export class ActivityParticipantConnection extends Connection(ActivityParticipant, 'ActivityParticipant') {}

@ObjectType({ description: '出席统计 / Attendance counts' })
export class AttendanceSummary {
  @Field(() => Int, { description: '邀请人数 / Invited' }) invited: number;
  @Field(() => Int, { description: '确认参加 / Confirmed' }) confirmed: number;
  @Field(() => Int, { description: '出席 / Attended' }) attended: number;
  @Field(() => Int, { description: '请假 / On leave' }) onLeave: number;
  @Field(() => Int, { description: '缺席 / Absent' }) absent: number;
  @Field(() => Int, { description: '未答复 / Not answered' }) pending: number;
  @Field(() => Float, { nullable: true, description: '出席率 = 出席 / 邀请(请假计为未出席,另行列出)/ Attendance rate = attended / invited (leave counts as not attended, shown apart)' })
  rate: number | null;
}

const summary = (rows: { status: AttendanceStatus }[]): AttendanceSummary => {
  const c = countAttendance(rows);
  return { ...c, rate: attendanceRate(c) };
};

export const attachmentsOf = (ctx: Context, ownerType: string, ownerId: number): Promise<Attachment[]> =>
  byColumn(ctx, Attachment, 'ownerId', { where: `x.owner_type = '${ownerType}'` }).load(ownerId);

@Resolver(() => Activity)
export class ActivityResolver {
  @Allow(P.ACTIVITY_READ)
  @Query(() => ActivityConnection, { description: '代表活动(按角色范围)/ Activities within the viewer\'s scope' })
  activities(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg('sort', () => ActivitySort, { nullable: true }) sort?: ActivitySort,
  ) {
    return listActivities(ctx, filter, sort, page);
  }

  @Allow(P.ACTIVITY_READ)
  @Query(() => Activity, { description: '一项活动 / One activity' })
  activity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Activity> {
    return getActivity(ctx, toId(id));
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: '新建活动(状态为已计划)/ Create an activity, PLANNED' })
  createActivity(@Ctx() ctx: Context, @Arg('input', () => CreateActivityInput) input: CreateActivityInput): Promise<Activity> {
    return createActivity(ctx, input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: '修改活动信息 / Change an activity\'s details' })
  updateActivity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput): Promise<Activity> {
    return updateActivity(ctx, toId(id), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: '活动状态操作;不允许的操作返回 INVALID_TRANSITION 并列出可执行的操作 / A step of the state machine; a forbidden one answers INVALID_TRANSITION naming the allowed ones' })
  changeActivityStatus(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => ActivityTransitionInput) input: ActivityTransitionInput): Promise<Activity> {
    return transitionActivity(ctx, toId(id), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => ImplementationPlan, { description: '保存实施方案 / Save the implementation plan' })
  saveImplementationPlan(
    @Ctx() ctx: Context,
    @Arg('activityId', () => ID) activityId: string,
    @Arg('input', () => ImplementationPlanInput) input: ImplementationPlanInput,
    @Arg('attachmentIds', () => [ID], { nullable: true, description: '准备材料附件 / Preparation material uploads' }) attachmentIds?: string[],
  ): Promise<ImplementationPlan> {
    return saveImplementationPlan(ctx, toId(activityId), input, attachmentIds ?? []);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Int, { description: '邀请代表(按小组、层级或逐一);返回新增人数 / Invite deputies; returns how many were added' })
  inviteParticipants(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('input', () => InviteInput) input: InviteInput): Promise<number> {
    return inviteParticipants(ctx, toId(activityId), input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Boolean, { description: '取消邀请 / Withdraw an invitation' })
  removeParticipant(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('deputyId', () => ID) deputyId: string): Promise<boolean> {
    return removeParticipant(ctx, toId(activityId), toId(deputyId));
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => [ActivityParticipant], { description: '登记出席情况 / Record attendance' })
  recordAttendance(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[]): Promise<ActivityParticipant[]> {
    return recordAttendance(ctx, toId(activityId), entries);
  }

  @Allow(P.ACTIVITY_READ)
  @Mutation(() => ActivityParticipant, { description: '代表确认参加或请假(工作人员可代为答复)/ A deputy confirms or asks for leave; staff may answer for them' })
  answerInvitation(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('input', () => InvitationAnswerInput) input: InvitationAnswerInput): Promise<ActivityParticipant> {
    return answerInvitation(ctx, toId(activityId), input);
  }

  @Allow(P.ACTIVITY_READ)
  @Mutation(() => [ActivityParticipant], { description: '当天签到:代表本人,或工作人员为多位代表签到 / Sign in on the day: a deputy for themselves, or staff for several' })
  signInToActivity(
    @Ctx() ctx: Context,
    @Arg('activityId', () => ID) activityId: string,
    @Arg('deputyIds', () => [ID], { nullable: true, description: '工作人员代签的代表 / Deputies staff sign in' }) deputyIds?: string[],
  ): Promise<ActivityParticipant[]> {
    return signIn(ctx, toId(activityId), deputyIds);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => [ActivityStop], { description: '保存被视察单位(顺序即视察顺序)/ Save the stops; list order is visiting order' })
  saveActivityStops(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('stops', () => [StopInput]) stops: StopInput[]): Promise<ActivityStop[]> {
    return saveStops(ctx, toId(activityId), stops);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => ActivityReport, { description: '保存视察报告(正文与附件)/ Save the report, text and attachments' })
  saveActivityReport(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('input', () => ActivityReportInput) input: ActivityReportInput): Promise<ActivityReport> {
    return saveReport(ctx, toId(activityId), input);
  }

  @FieldResolver(() => Congress, { description: '哪一级人大 / Congress' })
  async congress(@Root() a: Activity, @Ctx() ctx: Context): Promise<Congress> {
    return (await loadById(ctx, Congress, a.congressId))!;
  }

  @FieldResolver(() => DeputyGroup, { nullable: true, description: '组织小组;空为常委会 / Organising group; empty: the committee' })
  organizerGroup(@Root() a: Activity, @Ctx() ctx: Context): Promise<DeputyGroup | null> {
    return loadById(ctx, DeputyGroup, a.organizerGroupId);
  }

  @FieldResolver(() => PlanItem, { nullable: true, description: '年度计划项目 / Plan item' })
  planItem(@Root() a: Activity, @Ctx() ctx: Context): Promise<PlanItem | null> {
    return loadById(ctx, PlanItem, a.planItemId);
  }

  @FieldResolver(() => ImplementationPlan, { nullable: true, description: '实施方案 / Implementation plan' })
  async implementationPlan(@Root() a: Activity, @Ctx() ctx: Context): Promise<ImplementationPlan | null> {
    return (await byColumn(ctx, ImplementationPlan, 'activityId').load(a.id))[0] ?? null;
  }

  @FieldResolver(() => [ActivityParticipant], { description: '参加人 / Participants' })
  participants(
    @Root() a: Activity,
    @Ctx() ctx: Context,
    @Arg('status', () => AttendanceStatusEnum, { nullable: true, description: '只看某种出席情况 / Only this attendance' }) status?: AttendanceStatus,
  ): Promise<ActivityParticipant[]> {
    return byColumn(ctx, ActivityParticipant, 'activityId').load(a.id).then((rows) => (status ? rows.filter((r) => r.status === status) : rows));
  }

  @FieldResolver(() => AttendanceSummary, { description: '出席统计 / Attendance counts' })
  async attendance(@Root() a: Activity, @Ctx() ctx: Context): Promise<AttendanceSummary> {
    return summary(await byColumn(ctx, ActivityParticipant, 'activityId').load(a.id));
  }

  @FieldResolver(() => ActivityParticipant, { nullable: true, description: '我的邀请(代表本人)/ My own invitation, for a deputy' })
  async myParticipation(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityParticipant | null> {
    const me = ctx.viewer?.scopeDeputyId;
    if (me == null) return null;
    return (await byColumn(ctx, ActivityParticipant, 'activityId').load(a.id)).find((p) => p.deputyId === me) ?? null;
  }

  @FieldResolver(() => [ActivityStop], { description: '被视察单位,按顺序 / Stops, in order' })
  stops(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityStop[]> {
    return byColumn(ctx, ActivityStop, 'activityId', { orderBy: { sequence: 'ASC' } }).load(a.id);
  }

  @FieldResolver(() => ActivityReport, { nullable: true, description: '视察报告 / Report' })
  async report(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityReport | null> {
    return (await byColumn(ctx, ActivityReport, 'activityId').load(a.id))[0] ?? null;
  }

  @Allow(P.FINDING_READ)
  @FieldResolver(() => [Finding], { description: '发现的问题 / Findings' })
  findings(@Root() a: Activity, @Ctx() ctx: Context): Promise<Finding[]> {
    return byColumn(ctx, Finding, 'activityId').load(a.id);
  }

  @Allow(P.NOTICE_SEND)
  @FieldResolver(() => [Notice], { description: '发出的通知 / Notices sent about it' })
  notices(@Root() a: Activity, @Ctx() ctx: Context): Promise<Notice[]> {
    return byColumn(ctx, Notice, 'activityId', { orderBy: { sentAt: 'ASC' } }).load(a.id);
  }

  @FieldResolver(() => Training, { nullable: true, description: '培训信息(类型为培训时)/ Training details, for a training' })
  async training(@Root() a: Activity, @Ctx() ctx: Context): Promise<Training | null> {
    return (await byColumn(ctx, Training, 'activityId').load(a.id))[0] ?? null;
  }

  @FieldResolver(() => [ActivityActionEnum], { description: '当前用户现在可执行的状态操作 / The state steps the viewer may take now' })
  allowedActions(@Root() a: Activity, @Ctx() ctx: Context): ActivityAction[] {
    return activityActionsFor(ctx, a) as ActivityAction[];
  }
}

@Resolver(() => ImplementationPlan)
export class ImplementationPlanFieldsResolver {
  @FieldResolver(() => [Attachment], { description: '准备材料附件 / Preparation material files' })
  attachments(@Root() plan: ImplementationPlan, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, PLAN_ATTACHMENT, plan.id);
  }

  @Allow(P.NOTICE_SEND)
  @FieldResolver(() => [NoticeRecipient], { description: '通知阅读回执:每位代表何时阅读 / Read receipts of the advance notice: when each deputy read it' })
  async noticeReceipts(@Root() plan: ImplementationPlan, @Ctx() ctx: Context): Promise<NoticeRecipient[]> {
    const notices = await byColumn(ctx, Notice, 'activityId', { orderBy: { sentAt: 'ASC' } }).load(plan.activityId);
    const lists = await Promise.all(notices.filter((n) => n.kind === 'ACTIVITY').map((n) => byColumn(ctx, NoticeRecipient, 'noticeId').load(n.id)));
    return lists.flat();
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() p: ActivityParticipant, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, p.deputyId))!;
  }

  @FieldResolver(() => Activity, { nullable: true, description: '活动(可见时)/ The activity, when the viewer may see it' })
  async activity(@Root() p: ActivityParticipant, @Ctx() ctx: Context): Promise<Activity | null> {
    if (!(await activityVisible(ctx).load(p.activityId))) return null;
    return loadById(ctx, Activity, p.activityId);
  }
}

@Resolver(() => ActivityStop)
export class ActivityStopFieldsResolver {
  @FieldResolver(() => Organization, { description: '被视察单位 / The unit visited' })
  async organization(@Root() s: ActivityStop, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, s.organizationId))!;
  }
}

@Resolver(() => ActivityReport)
export class ActivityReportFieldsResolver {
  @FieldResolver(() => [Attachment], { description: '附件 / Attachments' })
  attachments(@Root() r: ActivityReport, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, REPORT_ATTACHMENT, r.id);
  }
}
