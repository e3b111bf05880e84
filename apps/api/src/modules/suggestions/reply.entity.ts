import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { FeedbackVerdict, ReplyCategory } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Organization } from '../registry/organization.entity';
import { FeedbackVerdictEnum, ReplyCategoryEnum } from './suggestion.enums';
import { Suggestion } from './suggestion.entity';

@ObjectType({ description: '答复:每轮一份,主办单位作出 / The lead unit\'s reply, one per handling round' })
@Entity({ name: 'suggestion_reply' })
@Index('UQ_suggestion_reply_round', ['suggestionId', 'round'], { unique: true })
export class Reply extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_reply_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '答复单位(主办)/ The replying lead unit' })
  @Index('IDX_suggestion_reply_organization')
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_reply_organization' })
  organization?: Organization;

  @Field(() => Int, { description: '办理轮次 / Handling round' })
  @Column({ type: 'integer' })
  round: number;

  @Field(() => ReplyCategoryEnum, { description: '答复类别 / Category' })
  @Column({ type: 'varchar', length: 1 })
  category: ReplyCategory;

  @Field(() => String, { description: '答复内容 / Text' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { description: '答复日期 / Replied on' })
  @Column({ type: 'date' })
  repliedOn: string;

  @Field(() => String, { description: '本轮期限 / The round\'s due date' })
  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'integer', nullable: true })
  repliedByUserId: number | null;
}

@ObjectType({ description: '承诺事项(B、C 类答复)/ A commitment of a B or C reply, with its due date' })
@Entity({ name: 'suggestion_commitment' })
export class Commitment extends EditableRecord {
  @Field(() => ID, { description: '答复 / Reply' })
  @Index('IDX_suggestion_commitment_reply')
  @Column({ type: 'integer' })
  replyId: number;

  @ManyToOne(() => Reply, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_suggestion_commitment_reply' })
  reply?: Reply;

  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_commitment_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_commitment_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '承诺单位 / The committed unit' })
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_commitment_organization' })
  organization?: Organization;

  @Field(() => String, { description: '承诺内容 / What was promised' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { description: '完成时限 / Due date' })
  @Index('IDX_suggestion_commitment_due')
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => String, { nullable: true, description: '完成日期 / Fulfilled on' })
  @Column({ type: 'date', nullable: true })
  fulfilledOn: string | null;
}

@ObjectType({ description: '代表评价 / The lead deputy\'s verdict on a reply' })
@Entity({ name: 'suggestion_feedback' })
@Index('UQ_suggestion_feedback_round', ['suggestionId', 'round'], { unique: true })
export class Feedback extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_feedback_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '所评答复 / The reply rated' })
  @Column({ type: 'integer' })
  replyId: number;

  @ManyToOne(() => Reply, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_suggestion_feedback_reply' })
  reply?: Reply;

  @Field(() => Int, { description: '办理轮次 / Handling round' })
  @Column({ type: 'integer' })
  round: number;

  @Field(() => FeedbackVerdictEnum, { description: '评价 / Verdict' })
  @Column({ type: 'varchar', length: 20 })
  verdict: FeedbackVerdict;

  @Field(() => String, { nullable: true, description: '意见 / Comment' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => Boolean, { description: '工作人员代为录入 / Recorded by staff on the deputy\'s behalf' })
  @Column({ type: 'boolean', default: false })
  onBehalf: boolean;

  @Field(() => Date, { description: '评价时间 / Given at' })
  @Column({ type: 'timestamptz' })
  givenAt: Date;

  @Column({ type: 'integer', nullable: true })
  givenByUserId: number | null;
}

@ObjectType({ description: '落实进展(B、C 类跟踪至解决)/ A progress entry on a B or C item, until solved' })
@Entity({ name: 'suggestion_progress' })
export class ProgressEntry extends EditableRecord {
  @Field(() => ID, { description: '建议 / Suggestion' })
  @Index('IDX_suggestion_progress_suggestion')
  @Column({ type: 'integer' })
  suggestionId: number;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_progress_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { nullable: true, description: '对应承诺 / The commitment it concerns' })
  @Column({ type: 'integer', nullable: true })
  commitmentId: number | null;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'FK_suggestion_progress_commitment' })
  commitment?: Commitment;

  @Field(() => ID, { nullable: true, description: '记录单位 / The unit that reported it' })
  @Column({ type: 'integer', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_suggestion_progress_organization' })
  organization?: Organization;

  @Field(() => String, { description: '进展情况 / What happened' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { description: '日期 / Date' })
  @Column({ type: 'date' })
  entryDate: string;

  @Field(() => Boolean, { description: '已解决(所涉承诺随之完成)/ Solved: the commitment concerned is fulfilled' })
  @Column({ type: 'boolean', default: false })
  solved: boolean;
}
