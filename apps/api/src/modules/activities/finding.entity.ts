import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FindingStatus, FindingUpdateKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { User } from '../users/user.entity';
import { Suggestion } from '../suggestions/suggestion.entity';
import { FindingStatusEnum, FindingUpdateKindEnum } from './activity.enums';
import { Activity, ActivityStop } from './activity.entity';

@ObjectType({ description: '活动中发现的问题,明确责任单位,监督整改直至解决 / A problem found during an activity, followed until it is fixed' })
@Entity({ name: 'finding' })
@Index('IDX_finding_status_deadline', ['status', 'deadline'])
export class Finding extends EditableRecord {
  @Field(() => ID, { description: '所属活动 / Activity' })
  @Index('IDX_finding_activity')
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_finding_activity' })
  activity?: Activity;

  @Field(() => ID, { nullable: true, description: '在哪个被视察单位发现;空为整体问题 / The stop where it was found; empty: overall' })
  @Column({ type: 'integer', nullable: true })
  stopId: number | null;

  @ManyToOne(() => ActivityStop, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stop_id', foreignKeyConstraintName: 'FK_finding_stop' })
  stop?: ActivityStop;

  @Field(() => String, { description: '问题 / The problem, in one line' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '情况说明 / Description' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true, description: '责任单位 / Responsible organization' })
  @Index('IDX_finding_responsible_organization')
  @Column({ type: 'integer', nullable: true })
  responsibleOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organization_id', foreignKeyConstraintName: 'FK_finding_responsible_organization' })
  responsibleOrganization?: Organization;

  @Field(() => String, { nullable: true, description: '整改期限 / Rectification deadline' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => FindingStatusEnum, { description: '状态 / Status' })
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: FindingStatus;

  @Field(() => String, { nullable: true, description: '未解决关闭的原因 / Why it was closed unresolved' })
  @Column({ type: 'text', nullable: true })
  closeReason: string | null;

  @Field(() => ID, { nullable: true, description: '提出问题的代表 / Deputy who raised it' })
  @Index('IDX_finding_raised_by_deputy')
  @Column({ type: 'integer', nullable: true })
  raisedByDeputyId: number | null;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_deputy_id', foreignKeyConstraintName: 'FK_finding_raised_by_deputy' })
  raisedByDeputy?: Deputy;

  @Field(() => Date, { nullable: true, description: '核实解决的时间 / When the committee verified it resolved' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** The suggestion it became; the suggestion names it back as its source (sourceKind INSPECTION_FINDING). */
  @Field(() => ID, { nullable: true, description: '转成的代表建议 / The suggestion it became' })
  @Index('IDX_finding_suggestion')
  @Column({ type: 'integer', nullable: true })
  suggestionId: number | null;

  @ManyToOne(() => Suggestion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_finding_suggestion' })
  suggestion?: Suggestion;
}

@ObjectType({ description: '问题动态:调查、整改进展、单位报告、常委会核实,附证据 / One entry of a finding\'s timeline, with evidence' })
@Entity({ name: 'finding_update' })
export class FindingUpdate {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => ID, { description: '所属问题 / Finding' })
  @Index('IDX_finding_update_finding')
  @Column({ type: 'integer' })
  findingId: number;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id', foreignKeyConstraintName: 'FK_finding_update_finding' })
  finding?: Finding;

  @Field(() => FindingUpdateKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 30 })
  kind: FindingUpdateKind;

  @Field(() => FindingStatusEnum, { nullable: true, description: '变更前状态 / Status before' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: FindingStatus | null;

  @Field(() => FindingStatusEnum, { nullable: true, description: '变更后状态 / Status after' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: FindingStatus | null;

  @Field(() => String, { description: '说明 / Note' })
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => ID, { nullable: true, description: '填写人 / Written by' })
  @Column({ type: 'integer', nullable: true })
  authorUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'FK_finding_update_author_user' })
  authorUser?: User;

  @Field(() => ID, { nullable: true, description: '代表哪个单位填写(承办单位账户)/ The unit the author acted for' })
  @Column({ type: 'integer', nullable: true })
  authorOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organization_id', foreignKeyConstraintName: 'FK_finding_update_author_organization' })
  authorOrganization?: Organization;

  @Field(() => Date, { description: '时间 / When' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
