import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type {
  ActivityAction, ActivityScope, ActivityStatus, ActivityType, AttendanceStatus, CongressLevel, FindingAction, FindingReportKind,
  FindingStatus, InvitationResponse, TrainingMode,
} from '@luzhi/shared';
import { CongressLevelEnum } from '../registry/registry.enums';
import {
  ActivityActionEnum, ActivityScopeEnum, ActivityStatusEnum, ActivityTypeEnum, AttendanceStatusEnum, FindingActionEnum, FindingReportKindEnum,
  FindingStatusEnum, InvitationResponseEnum, TrainingModeEnum,
} from './activity.enums';

// ---- annual plan -------------------------------------------------------------------------------

@InputType({ description: '新建年度计划 / A new annual plan' })
export class CreateAnnualPlanInput {
  @Field(() => Int, { description: '年度 / Year' }) @Min(1990) @Max(2100) year: number;
  @Field(() => ID, { description: '哪一级人大 / Congress' }) congressId: string;
  @Field(() => String, { description: '标题 / Title' }) @Length(1, 200) title: string;
  @Field(() => String, { nullable: true, description: '说明 / Notes' }) @IsOptional() @MaxLength(5000) description?: string | null;
}

@InputType({ description: '计划项目 / A plan item' })
export class PlanItemInput {
  @Field(() => String, { description: '活动名称 / Title' }) @Length(1, 200) title: string;
  @Field(() => ActivityTypeEnum, { description: '类型 / Type' }) type: ActivityType;
  @Field(() => ActivityScopeEnum, { nullable: true, description: '综合或单项 / Scope' }) scope?: ActivityScope | null;
  @Field(() => Int, { description: '月份 1–12 / Month' }) month: number;
  @Field(() => ID, { nullable: true, description: '组织小组;空为常委会 / Organising group; empty: the committee' }) organizerGroupId?: string | null;
  @Field(() => String, { nullable: true, description: '内容 / What it is about' }) @IsOptional() @MaxLength(5000) description?: string | null;
}

@InputType({ description: '修改计划项目,须带版本号 / Changes to a plan item, with the version you read' })
export class UpdatePlanItemInput extends PlanItemInput {
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

// ---- activities --------------------------------------------------------------------------------

@InputType({ description: '新建活动 / A new activity' })
export class CreateActivityInput {
  @Field(() => String, { description: '名称 / Title' }) @Length(1, 200) title: string;
  @Field(() => ActivityTypeEnum, { description: '类型 / Type' }) type: ActivityType;
  @Field(() => ActivityScopeEnum, { nullable: true, description: '综合或单项(默认单项)/ Scope (default single-topic)' }) scope?: ActivityScope | null;
  @Field(() => ID, { description: '哪一级人大的代表参加 / Whose deputies take part' }) congressId: string;
  @Field(() => ID, { nullable: true, description: '组织小组;空为常委会 / Organising group; empty: the committee' }) organizerGroupId?: string | null;
  @Field(() => ID, { nullable: true, description: '年度计划项目 / Plan item' }) planItemId?: string | null;
  @Field(() => String, { description: '开始日期 YYYY-MM-DD / First day' }) startDate: string;
  @Field(() => String, { nullable: true, description: '结束日期,默认同开始 / Last day; default the first' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: '地点 / Place' }) @IsOptional() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true, description: '简介 / Summary' }) @IsOptional() @MaxLength(5000) description?: string | null;
}

@InputType({ description: '修改活动,须带版本号 / Changes to an activity, with the version you read' })
export class UpdateActivityInput {
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  @Field(() => String, { nullable: true, description: '名称 / Title' }) @IsOptional() @Length(1, 200) title?: string;
  @Field(() => ActivityScopeEnum, { nullable: true, description: '综合或单项 / Scope' }) scope?: ActivityScope;
  @Field(() => ID, { nullable: true, description: '年度计划项目 / Plan item' }) planItemId?: string | null;
  @Field(() => String, { nullable: true, description: '开始日期 / First day' }) startDate?: string;
  @Field(() => String, { nullable: true, description: '结束日期 / Last day' }) endDate?: string;
  @Field(() => String, { nullable: true, description: '地点 / Place' }) @IsOptional() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true, description: '简介 / Summary' }) @IsOptional() @MaxLength(5000) description?: string | null;
}

@InputType({ description: '活动筛选 / Activity filter' })
export class ActivityFilter {
  @Field(() => String, { nullable: true, description: '名称包含 / Title contains' }) @IsOptional() @MaxLength(100) search?: string;
  @Field(() => ActivityTypeEnum, { nullable: true, description: '类型 / Type' }) type?: ActivityType;
  @Field(() => ActivityStatusEnum, { nullable: true, description: '状态 / Status' }) status?: ActivityStatus;
  @Field(() => ActivityScopeEnum, { nullable: true, description: '综合或单项 / Scope' }) scope?: ActivityScope;
  @Field(() => ID, { nullable: true, description: '人大 / Congress' }) congressId?: string;
  @Field(() => ID, { nullable: true, description: '组织小组 / Organising group' }) organizerGroupId?: string;
  @Field(() => Boolean, { nullable: true, description: '只看常委会组织的 / Only the committee\'s own' }) committeeOnly?: boolean;
  @Field(() => ID, { nullable: true, description: '计划项目 / Plan item' }) planItemId?: string;
  @Field(() => Int, { nullable: true, description: '年度 / Year of the first day' }) year?: number;
  @Field(() => String, { nullable: true, description: '开始日期不早于 / Starts on or after' }) from?: string;
  @Field(() => String, { nullable: true, description: '开始日期不晚于 / Starts on or before' }) to?: string;
}

export enum ActivitySort {
  START_DATE_DESC = 'START_DATE_DESC',
  START_DATE_ASC = 'START_DATE_ASC',
  TITLE_ASC = 'TITLE_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
}
registerEnumType(ActivitySort, {
  name: 'ActivitySort',
  description: '活动排序 / Activity order',
  valuesConfig: {
    START_DATE_DESC: { description: '开始日期,新的在前 / Latest first' },
    START_DATE_ASC: { description: '开始日期,早的在前 / Earliest first' },
    TITLE_ASC: { description: '名称 / By title' },
    CREATED_AT_DESC: { description: '最近新建的在前 / Most recently created first' },
  },
});

@InputType({ description: '活动状态操作 / A step of the activity state machine' })
export class ActivityTransitionInput {
  @Field(() => ActivityActionEnum, { description: '操作 / Action' }) action: ActivityAction;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  @Field(() => String, { nullable: true, description: '原因(取消时必填)/ Reason (cancelling needs one)' }) @IsOptional() @MaxLength(2000) reason?: string | null;
}

@InputType({ description: '实施方案 / The implementation plan' })
export class ImplementationPlanInput {
  @Field(() => String, { description: '目的和要求 / Aims' }) @MaxLength(10000) aims: string;
  @Field(() => String, { description: '行程安排 / Itinerary' }) @MaxLength(10000) itinerary: string;
  @Field(() => String, { description: '准备材料与会前调研 / Preparation' }) @MaxLength(10000) preparation: string;
  @Field(() => [String], { description: '参加的常委会领导 / Committee leaders taking part' }) @ArrayMaxSize(20) @MaxLength(100, { each: true }) leaders: string[];
}

@InputType({ description: '邀请代表:按小组、按人大层级或逐一 / Invite deputies by group, by congress level or one by one' })
export class InviteInput {
  @Field(() => [ID], { nullable: true, description: '小组的当前成员 / Current members of these groups' }) @IsOptional() @ArrayMaxSize(50) groupIds?: string[];
  @Field(() => CongressLevelEnum, { nullable: true, description: '该层级人大在活动开始时有效资格的全部代表 / Every deputy holding a mandate of this level on the first day' }) congressLevel?: CongressLevel;
  @Field(() => [ID], { nullable: true, description: '逐一邀请的代表 / Deputies one by one' }) @IsOptional() @ArrayMaxSize(500) deputyIds?: string[];
}

@InputType({ description: '登记出席情况 / Record a deputy\'s attendance' })
export class AttendanceInput {
  @Field(() => ID, { description: '代表 / Deputy' }) deputyId: string;
  @Field(() => AttendanceStatusEnum, { description: '出席情况 / Attendance' }) status: AttendanceStatus;
  @Field(() => String, { nullable: true, description: '请假事由 / Reason for leave' }) @IsOptional() @MaxLength(1000) leaveReason?: string | null;
}

@InputType({ description: '代表答复邀请 / A deputy answers an invitation' })
export class InvitationAnswerInput {
  @Field(() => InvitationResponseEnum, { description: '确认参加或请假 / Confirm or ask for leave' }) response: InvitationResponse;
  @Field(() => String, { nullable: true, description: '请假事由 / Reason for leave' }) @IsOptional() @MaxLength(1000) reason?: string | null;
  @Field(() => ID, { nullable: true, description: '代替哪位代表答复(工作人员)/ On behalf of which deputy (staff)' }) deputyId?: string | null;
}

@InputType({ description: '一个被视察单位;带编号为修改,不带为新增 / One stop: with an id it changes that stop, without one it adds a stop' })
export class StopInput {
  @Field(() => ID, { nullable: true, description: '已有的被视察单位 / An existing stop' }) id?: string | null;
  @Field(() => ID, { description: '单位 / Organization' }) organizationId: string;
  @Field(() => String, { description: '日期 / Date' }) visitDate: string;
  @Field(() => String, { nullable: true, description: '说明 / Notes' }) @IsOptional() @MaxLength(2000) note?: string | null;
}

@InputType({ description: '视察报告 / The report' })
export class ActivityReportInput {
  @Field(() => String, { description: '标题 / Title' }) @Length(1, 200) title: string;
  @Field(() => String, { description: '正文 / Text' }) @Length(1, 100000) content: string;
  @Field(() => [ID], { nullable: true, description: '新上传的附件(POST /files 返回的编号)/ New uploads to attach (ids from POST /files)' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

// ---- findings ----------------------------------------------------------------------------------

@InputType({ description: '登记问题 / Record a finding' })
export class CreateFindingInput {
  @Field(() => String, { description: '问题 / The problem, in one line' }) @Length(1, 200) title: string;
  @Field(() => String, { nullable: true, description: '情况说明 / Description' }) @IsOptional() @MaxLength(10000) description?: string | null;
  @Field(() => ID, { nullable: true, description: '被视察单位;空为整体问题 / Stop; empty: overall' }) stopId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任单位 / Responsible organization' }) responsibleOrganizationId?: string | null;
  @Field(() => String, { nullable: true, description: '整改期限 / Deadline' }) deadline?: string | null;
  @Field(() => ID, { nullable: true, description: '提出问题的代表 / Deputy who raised it' }) raisedByDeputyId?: string | null;
}

@InputType({ description: '修改问题,须带版本号 / Changes to a finding, with the version you read' })
export class UpdateFindingInput {
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  @Field(() => String, { nullable: true, description: '问题 / Title' }) @IsOptional() @Length(1, 200) title?: string;
  @Field(() => String, { nullable: true, description: '情况说明 / Description' }) @IsOptional() @MaxLength(10000) description?: string;
  @Field(() => ID, { nullable: true, description: '被视察单位 / Stop' }) stopId?: string | null;
  @Field(() => ID, { nullable: true, description: '责任单位 / Responsible organization' }) responsibleOrganizationId?: string | null;
  @Field(() => String, { nullable: true, description: '整改期限 / Deadline' }) deadline?: string | null;
}

@InputType({ description: '问题状态操作 / A step of the finding state machine' })
export class FindingTransitionInput {
  @Field(() => FindingActionEnum, { description: '操作 / Action' }) action: FindingAction;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  @Field(() => String, { nullable: true, description: '说明(核实、关闭时必填)/ Note (verifying or closing needs one)' }) @IsOptional() @MaxLength(5000) note?: string | null;
  @Field(() => [ID], { nullable: true, description: '证据附件 / Evidence uploads' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType({ description: '填报整改进展或整改完成 / Report progress or claim the rectification done' })
export class FindingReportInput {
  @Field(() => FindingReportKindEnum, { description: '类型 / Kind' }) kind: FindingReportKind;
  @Field(() => String, { description: '说明 / Note' }) @Length(1, 5000) note: string;
  @Field(() => [ID], { nullable: true, description: '证据附件 / Evidence uploads' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType({ description: '常委会核实 / The committee\'s check of a claimed rectification' })
export class FindingVerificationInput {
  @Field(() => Boolean, { description: '核实通过 / Passed' }) passed: boolean;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  @Field(() => String, { description: '核实情况 / What was checked' }) @Length(1, 5000) note: string;
  @Field(() => [ID], { nullable: true, description: '证据附件 / Evidence uploads' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType({ description: '问题筛选 / Finding filter' })
export class FindingFilter {
  @Field(() => String, { nullable: true, description: '问题包含 / Title contains' }) @IsOptional() @MaxLength(100) search?: string;
  @Field(() => [FindingStatusEnum], { nullable: true, description: '状态 / Statuses' }) statuses?: FindingStatus[];
  @Field(() => ID, { nullable: true, description: '活动 / Activity' }) activityId?: string;
  @Field(() => ID, { nullable: true, description: '责任单位 / Responsible organization' }) responsibleOrganizationId?: string;
  @Field(() => Boolean, { nullable: true, description: '只看逾期未办结 / Only overdue ones' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: '是否已转为建议 / Became a suggestion or not' }) linkedToSuggestion?: boolean;
}

export enum FindingSort {
  DEADLINE_ASC = 'DEADLINE_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
}
registerEnumType(FindingSort, {
  name: 'FindingSort',
  description: '问题排序 / Finding order',
  valuesConfig: {
    DEADLINE_ASC: { description: '期限最近的在前(无期限的在后)/ Nearest deadline first, none last' },
    CREATED_AT_DESC: { description: '最近登记的在前 / Most recently recorded first' },
    UPDATED_AT_DESC: { description: '最近有动态的在前 / Most recently updated first' },
  },
});

// ---- notices, trainings, meetings --------------------------------------------------------------

@InputType({ description: '活动通知内容;不填则按实施方案生成 / The advance notice; generated from the implementation plan when empty' })
export class ActivityNoticeInput {
  @Field(() => Int, { description: '活动版本号 / The activity\'s version' }) version: number;
  @Field(() => String, { nullable: true, description: '标题 / Title' }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true, description: '正文 / Text' }) @IsOptional() @MaxLength(20000) body?: string | null;
}

@InputType({ description: '知情知政通知 / An information notice to deputies' })
export class SendNoticeInput {
  @Field(() => String, { description: '标题 / Title' }) @Length(1, 200) title: string;
  @Field(() => String, { description: '正文 / Text' }) @Length(1, 20000) body: string;
  @Field(() => [ID], { nullable: true, description: '小组的当前成员 / Current members of these groups' }) @IsOptional() @ArrayMaxSize(50) groupIds?: string[];
  @Field(() => [ID], { nullable: true, description: '代表 / Deputies' }) @IsOptional() @ArrayMaxSize(1000) deputyIds?: string[];
}

@InputType({ description: '通知筛选 / Notice filter' })
export class NoticeFilter {
  @Field(() => ID, { nullable: true, description: '活动 / Activity' }) activityId?: string;
  @Field(() => Boolean, { nullable: true, description: '只看未读(代表本人)/ Unread only (a deputy\'s own)' }) unreadOnly?: boolean;
}

@InputType({ description: '新建培训(同时建立类型为培训的活动)/ A new training, with its activity' })
export class CreateTrainingInput extends CreateActivityInput {
  @Field(() => TrainingModeEnum, { description: '培训方式 / Mode' }) mode: TrainingMode;
  @Field(() => Float, { description: '学时 / Hours' }) @Min(0) @Max(500) hours: number;
  @Field(() => String, { nullable: true, description: '学习材料 / Materials' }) @IsOptional() @MaxLength(10000) materials?: string | null;
  @Field(() => String, { nullable: true, description: '知识答卷名称 / Quiz title' }) @IsOptional() @MaxLength(200) quizTitle?: string | null;
  @Field(() => Int, { nullable: true, description: '答卷满分 / Maximum score' }) @IsOptional() @Min(1) @Max(1000) quizMaxScore?: number | null;
}

@InputType({ description: '一位代表的答卷成绩 / One deputy\'s score' })
export class QuizScoreInput {
  @Field(() => ID, { description: '代表 / Deputy' }) deputyId: string;
  @Field(() => Float, { description: '得分 / Score' }) score: number;
}

@InputType({ description: '培训筛选 / Training filter' })
export class TrainingFilter {
  @Field(() => TrainingModeEnum, { nullable: true, description: '方式 / Mode' }) mode?: TrainingMode;
  @Field(() => Int, { nullable: true, description: '年度 / Year' }) year?: number;
}

@InputType({ description: '新建常委会会议 / A new committee meeting' })
export class CreateCommitteeMeetingInput {
  @Field(() => ID, { description: '届 / Term' }) termId: string;
  @Field(() => Int, { nullable: true, description: '第几次会议 / Ordinal' }) number?: number | null;
  @Field(() => String, { description: '名称 / Title' }) @Length(1, 200) title: string;
  @Field(() => String, { description: '日期 / Date' }) meetingDate: string;
  @Field(() => String, { nullable: true, description: '地点 / Place' }) @IsOptional() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true, description: '议程 / Agenda' }) @IsOptional() @MaxLength(10000) agenda?: string | null;
  @Field(() => [ID], { nullable: true, description: '邀请列席的代表 / Deputies invited to sit in' }) @IsOptional() @ArrayMaxSize(200) sittingInDeputyIds?: string[];
}

@InputType({ description: '会议筛选 / Meeting filter' })
export class CommitteeMeetingFilter {
  @Field(() => ID, { nullable: true, description: '届 / Term' }) termId?: string;
  @Field(() => Int, { nullable: true, description: '年度 / Year' }) year?: number;
}
