import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ActivityScope, ActivityStatus, ActivityType, AttendanceStatus, InvitationSource } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Congress } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { Deputy } from '../deputies/deputy.entity';
import { User } from '../users/user.entity';
import { ActivityScopeEnum, ActivityStatusEnum, ActivityTypeEnum, AttendanceStatusEnum, InvitationSourceEnum } from './activity.enums';
import { PlanItem } from './annual-plan.entity';

@ObjectType({ description: '代表活动:视察、调研、座谈、培训等 / One organised deputies\' activity: inspection, survey, forum, training…' })
@Entity({ name: 'activity' })
export class Activity extends EditableRecord {
  @Field(() => String, { description: '名称 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ActivityTypeEnum, { description: '类型 / Type' })
  @Index('IDX_activity_type')
  @Column({ type: 'varchar', length: 30 })
  type: ActivityType;

  @Field(() => ActivityScopeEnum, { description: '综合视察或单项视察 / Comprehensive or single-topic' })
  @Column({ type: 'varchar', length: 20, default: 'SINGLE_TOPIC' })
  scope: ActivityScope;

  @Field(() => ActivityStatusEnum, { description: '状态 / Status' })
  @Index('IDX_activity_status')
  @Column({ type: 'varchar', length: 20, default: 'PLANNED' })
  status: ActivityStatus;

  @Field(() => ID, { description: '哪一级人大的代表参加 / Whose deputies take part' })
  @Index('IDX_activity_congress')
  @Column({ type: 'integer' })
  congressId: number;

  @ManyToOne(() => Congress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'congress_id', foreignKeyConstraintName: 'FK_activity_congress' })
  congress?: Congress;

  @Field(() => ID, { nullable: true, description: '组织小组;空为常委会组织 / Organising group; empty: the standing committee' })
  @Index('IDX_activity_organizer_group')
  @Column({ type: 'integer', nullable: true })
  organizerGroupId: number | null;

  @ManyToOne(() => DeputyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_group_id', foreignKeyConstraintName: 'FK_activity_organizer_group' })
  organizerGroup?: DeputyGroup;

  @Field(() => ID, { nullable: true, description: '对应的年度计划项目 / The plan item it carries out' })
  @Index('IDX_activity_plan_item')
  @Column({ type: 'integer', nullable: true })
  planItemId: number | null;

  @ManyToOne(() => PlanItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_item_id', foreignKeyConstraintName: 'FK_activity_plan_item' })
  planItem?: PlanItem;

  @Field(() => String, { description: '开始日期 / First day' })
  @Index('IDX_activity_start_date')
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { description: '结束日期(可跨多日)/ Last day (may span days)' })
  @Column({ type: 'date' })
  endDate: string;

  @Field(() => String, { nullable: true, description: '地点 / Place' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: '简介 / Summary' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Date, { nullable: true, description: '发出通知的时间 / When the advance notice went out' })
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: '取消原因 / Why it was cancelled' })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;
}

@ObjectType({ description: '实施方案:目的、行程、准备材料、参加的常委会领导 / The plan written before an activity' })
@Entity({ name: 'implementation_plan' })
export class ImplementationPlan extends EditableRecord {
  @Field(() => ID, { description: '所属活动 / Activity' })
  @Index('UQ_implementation_plan_activity', { unique: true })
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_implementation_plan_activity' })
  activity?: Activity;

  @Field(() => String, { description: '目的和要求 / Aims' })
  @Column({ type: 'text', default: '' })
  aims: string;

  @Field(() => String, { description: '行程安排 / Itinerary' })
  @Column({ type: 'text', default: '' })
  itinerary: string;

  @Field(() => String, { description: '准备材料与会前调研 / Preparation materials and preparatory research' })
  @Column({ type: 'text', default: '' })
  preparation: string;

  @Field(() => [String], { description: '参加的常委会领导(领导带头)/ Committee leaders taking part' })
  @Column({ type: 'varchar', length: 100, array: true, default: '{}' })
  leaders: string[];
}

@ObjectType({ description: '活动参加人:邀请、确认、出席、请假、缺席 / A deputy invited to an activity, and their attendance' })
@Entity({ name: 'activity_participant' })
@Index('UQ_activity_participant_activity_deputy', ['activityId', 'deputyId'], { unique: true })
export class ActivityParticipant extends EditableRecord {
  @Field(() => ID, { description: '所属活动 / Activity' })
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_activity_participant_activity' })
  activity?: Activity;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_activity_participant_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_activity_participant_deputy' })
  deputy?: Deputy;

  @Field(() => AttendanceStatusEnum, { description: '出席情况 / Attendance' })
  @Column({ type: 'varchar', length: 20, default: 'INVITED' })
  status: AttendanceStatus;

  @Field(() => InvitationSourceEnum, { description: '邀请方式 / How they were invited' })
  @Column({ type: 'varchar', length: 20, default: 'INDIVIDUAL' })
  invitedVia: InvitationSource;

  @Field(() => String, { nullable: true, description: '请假事由 / Reason for leave' })
  @Column({ type: 'text', nullable: true })
  leaveReason: string | null;

  @Field(() => Date, { nullable: true, description: '代表答复时间 / When the deputy answered' })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '签到时间 / When they signed in on the day' })
  @Column({ type: 'timestamptz', nullable: true })
  signedInAt: Date | null;
}

@ObjectType({ description: '被视察单位:按顺序、按日期 / One unit visited, in order, on a date' })
@Entity({ name: 'activity_stop' })
@Index('UQ_activity_stop_activity_sequence', ['activityId', 'sequence'], { unique: true })
export class ActivityStop extends EditableRecord {
  @Field(() => ID, { description: '所属活动 / Activity' })
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_activity_stop_activity' })
  activity?: Activity;

  @Field(() => Int, { description: '顺序,从 1 开始 / Order, from 1' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => ID, { description: '被视察单位 / The unit visited' })
  @Index('IDX_activity_stop_organization')
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_activity_stop_organization' })
  organization?: Organization;

  @Field(() => String, { description: '视察日期 / Date of the visit' })
  @Column({ type: 'date' })
  visitDate: string;

  @Field(() => String, { nullable: true, description: '说明 / Notes' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@ObjectType({ description: '视察报告(正文与附件)/ The report written after an activity, with attachments' })
@Entity({ name: 'activity_report' })
export class ActivityReport extends EditableRecord {
  @Field(() => ID, { description: '所属活动 / Activity' })
  @Index('UQ_activity_report_activity', { unique: true })
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_activity_report_activity' })
  activity?: Activity;

  @Field(() => String, { description: '报告标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '报告正文 / Text' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => ID, { nullable: true, description: '撰写人 / Written by' })
  @Column({ type: 'integer', nullable: true })
  authorUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'FK_activity_report_author_user' })
  authorUser?: User;
}
