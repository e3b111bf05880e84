import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AssignmentRole, AssignmentStatus, ExtensionStatus, MeetingStage } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Organization } from '../registry/organization.entity';
import { AssignmentRoleEnum, AssignmentStatusEnum, ExtensionStatusEnum, MeetingStageEnum } from './suggestion.enums';
import { Suggestion } from './suggestion.entity';

@ObjectType({ description: '交办:一个主办单位、若干协办单位 / An assignment of a suggestion to a unit, as lead unit or co-unit' })
@Entity({ name: 'suggestion_assignment' })
// One current lead unit per suggestion, and a unit at most once among the current assignments.
@Index('UQ_suggestion_assignment_current_lead', ['suggestionId'], { unique: true, where: "role = 'LEAD' AND status IN ('ACTIVE', 'RETURN_REQUESTED')" })
@Index('UQ_suggestion_assignment_current_unit', ['suggestionId', 'organizationId'], { unique: true, where: "status IN ('ACTIVE', 'RETURN_REQUESTED')" })
export class Assignment extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_assignment_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_assignment_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '承办单位 / Handling unit' })
  @Index('IDX_suggestion_assignment_organization')
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_assignment_organization' })
  organization?: Organization;

  @Field(() => AssignmentRoleEnum, { description: '主办或协办 / Lead or co-unit' })
  @Column({ type: 'varchar', length: 10 })
  role: AssignmentRole;

  @Field(() => AssignmentStatusEnum, { description: '状态 / Status' })
  @Column({ type: 'varchar', length: 20, default: 'ACTIVE' })
  status: AssignmentStatus;

  @Field(() => String, { description: '交办日期 / Assigned on' })
  @Column({ type: 'date' })
  assignedOn: string;

  @Field(() => String, { description: '答复期限(延期后为延长的期限)/ Reply due date (the extended one once approved)' })
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => String, { description: '申请退回的截止日(按工作日计算)/ Last day to ask for a return, in working days' })
  @Column({ type: 'date' })
  returnDeadline: string;

  @Field(() => String, { nullable: true, description: '协办意见期限(协办单位)/ When a co-unit\'s views are due' })
  @Column({ type: 'date', nullable: true })
  viewsDueDate: string | null;

  @Field(() => String, { nullable: true, description: '退回理由 / Why the unit asks to return it' })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => String, { nullable: true, description: '对退回申请的处理意见 / Staff\'s answer to the return request' })
  @Column({ type: 'text', nullable: true })
  returnDecisionNote: string | null;

  @Field(() => ExtensionStatusEnum, { nullable: true, description: '延期申请 / Extension request' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  extensionStatus: ExtensionStatus | null;

  @Field(() => String, { nullable: true, description: '延期理由 / Why more time is needed' })
  @Column({ type: 'text', nullable: true })
  extensionReason: string | null;
}

@ObjectType({ description: '协办意见:协办单位送主办单位 / A co-unit\'s views, sent to the lead unit' })
@Entity({ name: 'suggestion_co_unit_view' })
export class CoUnitView extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_co_unit_view_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_co_unit_view_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '协办交办件 / The co-unit\'s assignment' })
  @Column({ type: 'integer' })
  assignmentId: number;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'FK_suggestion_co_unit_view_assignment' })
  assignment?: Assignment;

  @Field(() => ID, { description: '协办单位 / Co-unit' })
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_co_unit_view_organization' })
  organization?: Organization;

  @Field(() => String, { description: '意见 / Views' })
  @Column({ type: 'text' })
  content: string;
}

@ObjectType({ description: '与代表见面沟通(办前、办中、办后)/ A meeting of the unit with the deputy, before, during or after handling' })
@Entity({ name: 'suggestion_meeting' })
export class HandlingMeeting extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_meeting_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_meeting_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '承办单位 / Unit' })
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_meeting_organization' })
  organization?: Organization;

  @Field(() => MeetingStageEnum, { description: '阶段 / Stage' })
  @Column({ type: 'varchar', length: 10 })
  stage: MeetingStage;

  @Field(() => String, { description: '见面日期 / Date' })
  @Column({ type: 'date' })
  meetingDate: string;

  @Field(() => String, { nullable: true, description: '参加人员 / Who took part' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  participants: string | null;

  @Field(() => String, { nullable: true, description: '沟通情况 / What was discussed' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
