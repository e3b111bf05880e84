import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageParams, SuggestionField, SuggestionKind, SuggestionSourceKind, SuggestionStatus } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Session, Term } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { SuggestionFieldEnum, SuggestionKindEnum, SuggestionSourceKindEnum, SuggestionStatusEnum } from './suggestion.enums';

@ObjectType({ description: '代表建议、批评和意见,或议案 / A deputy\'s suggestion, criticism, opinion, or a motion' })
@Entity({ name: 'suggestion' })
@Index('UQ_suggestion_registration', ['registrationScope', 'registrationSeq'], { unique: true, where: 'registration_seq IS NOT NULL' })
@Index('IDX_suggestion_source', ['sourceKind', 'sourceId'])
@Index('IDX_suggestion_title_trgm', { synchronize: false })
@Index('IDX_suggestion_content_trgm', { synchronize: false })
export class Suggestion extends EditableRecord {
  @Field(() => SuggestionKindEnum, { description: '类别 / Kind' })
  @Column({ type: 'varchar', length: 20 })
  kind: SuggestionKind;

  @Field(() => Boolean, { description: '是否以议案提出 / Submitted as a motion (it may have become a suggestion)' })
  @Column({ type: 'boolean', default: false })
  submittedAsMotion: boolean;

  @Field(() => String, { nullable: true, description: '议案转为建议的原因 / Why a motion is handled as a suggestion' })
  @Column({ type: 'text', nullable: true })
  motionConversionReason: string | null;

  @Field(() => String, { description: '标题(案由)/ Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '内容 / Content' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => SuggestionFieldEnum, { description: '领域 / Field category' })
  @Column({ type: 'varchar', length: 40 })
  field: SuggestionField;

  @Field(() => ID, { description: '所属届 / Term' })
  @Index('IDX_suggestion_term')
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_suggestion_term' })
  term?: Term;

  @Field(() => ID, { nullable: true, description: '大会期间提出时的会议;闭会期间为空 / The session it was made in; empty in recess' })
  @Index('IDX_suggestion_session')
  @Column({ type: 'integer', nullable: true })
  sessionId: number | null;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_suggestion_session' })
  session?: Session;

  @Field(() => ID, { description: '领衔代表 / Lead deputy' })
  @Index('IDX_suggestion_lead_deputy')
  @Column({ type: 'integer' })
  leadDeputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_deputy_id', foreignKeyConstraintName: 'FK_suggestion_lead_deputy' })
  leadDeputy?: Deputy;

  @Field(() => SuggestionSourceKindEnum, { nullable: true, description: '来源类型 / Source kind' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  sourceKind: SuggestionSourceKind | null;

  @Field(() => ID, { nullable: true, description: '来源记录编号(视察问题、选民意见等,在其模块中)/ Id of the source record, in its own module' })
  @Column({ type: 'integer', nullable: true })
  sourceId: number | null;

  @Field(() => SuggestionStatusEnum, { description: '状态 / Status' })
  @Index('IDX_suggestion_status')
  @Column({ type: 'varchar', length: 20 })
  status: SuggestionStatus;

  /** `session:<id>` or `recess:<termId>:<year>`: numbers run per session, or per year in recess. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  registrationScope: string | null;

  @Column({ type: 'integer', nullable: true })
  registrationSeq: number | null;

  @Field(() => String, { nullable: true, description: '登记编号,大会期间按会议、闭会期间按年度编号 / Registration number, per session or per recess year' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  registrationNumber: string | null;

  @Field(() => Boolean, { description: '重点督办 / Under key supervision' })
  @Column({ type: 'boolean', default: false })
  keySupervision: boolean;

  @Field(() => Date, { nullable: true, description: '提出时间 / Submitted at' })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '登记时间 / Registered at' })
  @Column({ type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  @Field(() => ID, { nullable: true, description: '当前主办单位 / Current lead unit' })
  @Index('IDX_suggestion_lead_organization')
  @Column({ type: 'integer', nullable: true })
  leadOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organization_id', foreignKeyConstraintName: 'FK_suggestion_lead_organization' })
  leadOrganization?: Organization;

  @Field(() => String, { nullable: true, description: '交办日期(当前主办单位)/ Assigned on (to the current lead unit)' })
  @Column({ type: 'date', nullable: true })
  assignedOn: string | null;

  @Field(() => Int, { description: '办理轮次:不满意后重新办理加一 / Handling round: one more after each UNSATISFIED verdict' })
  @Column({ type: 'integer', default: 1 })
  currentRound: number;

  @Field(() => String, { nullable: true, description: '本轮答复期限 / Reply due date of the current round' })
  @Column({ type: 'date', nullable: true })
  replyDueDate: string | null;

  @Field(() => Date, { nullable: true, description: '办结时间 / Closed at' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;
}

@ObjectType({ description: '附议代表 / A co-signing deputy' })
@Entity({ name: 'suggestion_co_signer' })
@Index('UQ_suggestion_co_signer', ['suggestionId', 'deputyId'], { unique: true })
export class SuggestionCoSigner {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => ID, { description: '建议 / Suggestion' })
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_co_signer_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_suggestion_co_signer_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_suggestion_co_signer_deputy' })
  deputy?: Deputy;
}

@ObjectType({ description: '办理过程记录(谁、何时、做了什么)/ One step of the timeline: who did what, and when' })
@Entity({ name: 'suggestion_event' })
export class SuggestionEvent {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_event_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_event_suggestion' })
  suggestion?: Suggestion;

  @Field(() => String, { description: '事件:状态机操作名,或 MEETING、CO_UNIT_VIEW、RETURN_REQUESTED 等 / A lifecycle action, or MEETING, CO_UNIT_VIEW, RETURN_REQUESTED…' })
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Field(() => SuggestionStatusEnum, { nullable: true, description: '原状态 / State before' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: SuggestionStatus | null;

  @Field(() => SuggestionStatusEnum, { nullable: true, description: '新状态 / State after' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: SuggestionStatus | null;

  @Field(() => Int, { description: '办理轮次 / Handling round' })
  @Column({ type: 'integer', default: 1 })
  round: number;

  @Field(() => ID, { nullable: true, description: '操作用户 / The user who acted' })
  @Column({ type: 'integer', nullable: true })
  actorUserId: number | null;

  @Field(() => String, { description: '操作人 / Who acted, as shown' })
  @Column({ type: 'varchar', length: 100 })
  actorName: string;

  @Field(() => ID, { nullable: true, description: '相关单位 / The unit concerned' })
  @Column({ type: 'integer', nullable: true })
  organizationId: number | null;

  /** A person's words; the GraphQL field `note` shows `noteKey` instead when the system wrote the note. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** A note the system wrote: a message key (packages/shared), shown in the reader's language with `noteParams`. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  noteKey: string | null;

  @Column({ type: 'jsonb', nullable: true })
  noteParams: MessageParams | null;

  @Field(() => Date, { description: '时间 / When' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
