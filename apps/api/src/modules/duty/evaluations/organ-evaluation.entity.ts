import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { OrganEvaluationPhase, RectificationStatus } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { OrganEvaluationPhaseEnum, RectificationStatusEnum } from '../duty.enums';

@ObjectType({ description: '评议国家机关:代表对一个国家机关工作和作风的评议 / Deputies\' evaluation of a state organ\'s work and style' })
@Entity({ name: 'organ_evaluation' })
@Index('IDX_organ_evaluation_year', ['year'])
export class OrganEvaluation extends EditableRecord {
  @Field(() => ID, { description: '被评议机关 / The organ evaluated' })
  @Index('IDX_organ_evaluation_organization')
  @Column({ type: 'integer' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organ_evaluation_organization' })
  organization?: Organization;

  @Field(() => Int, { description: '年度 / Year' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => OrganEvaluationPhaseEnum, { description: '阶段 / Phase' })
  @Column({ type: 'varchar', length: 20, default: 'PREPARING' })
  phase: OrganEvaluationPhase;

  @Field(() => String, { description: '评议方案 / The plan' })
  @Column({ type: 'text', default: '' })
  plan: string;

  @Field(() => String, { nullable: true, description: '评议结论 / Conclusion' })
  @Column({ type: 'text', nullable: true })
  conclusion: string | null;
}

@ObjectType({ description: '代表对被评议机关的测评 / One deputy\'s rating of the organ' })
@Entity({ name: 'organ_evaluation_rating' })
@Index('UQ_organ_evaluation_rating_deputy', ['evaluationId', 'deputyId'], { unique: true })
export class OrganEvaluationRating extends EditableRecord {
  @Field(() => ID, { description: '评议 / The evaluation' })
  @Column({ type: 'integer' })
  evaluationId: number;

  @ManyToOne(() => OrganEvaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id', foreignKeyConstraintName: 'FK_organ_evaluation_rating_evaluation' })
  evaluation?: OrganEvaluation;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_organ_evaluation_rating_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_organ_evaluation_rating_deputy' })
  deputy?: Deputy;

  @Field(() => Int, { description: '测评分(0–100)/ Score, 0–100' })
  @Column({ type: 'integer' })
  score: number;

  @Field(() => String, { nullable: true, description: '意见 / Opinion' })
  @Column({ type: 'text', nullable: true })
  opinion: string | null;
}

@ObjectType({ description: '整改事项:评议中提出、跟踪至验收 / A rectification item raised in an evaluation, followed until verified' })
@Entity({ name: 'rectification_item' })
export class RectificationItem extends EditableRecord {
  @Field(() => ID, { description: '评议 / The evaluation' })
  @Index('IDX_rectification_item_evaluation')
  @Column({ type: 'integer' })
  evaluationId: number;

  @ManyToOne(() => OrganEvaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id', foreignKeyConstraintName: 'FK_rectification_item_evaluation' })
  evaluation?: OrganEvaluation;

  @Field(() => String, { description: '问题与整改要求 / The problem and what must change' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => ID, { nullable: true, description: '责任单位 / Responsible organization' })
  @Column({ type: 'integer', nullable: true })
  responsibleOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organization_id', foreignKeyConstraintName: 'FK_rectification_item_organization' })
  responsibleOrganization?: Organization;

  @Field(() => ID, { nullable: true, description: '提出问题的代表 / Deputy who raised it' })
  @Index('IDX_rectification_item_deputy')
  @Column({ type: 'integer', nullable: true })
  raisedByDeputyId: number | null;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_deputy_id', foreignKeyConstraintName: 'FK_rectification_item_deputy' })
  raisedByDeputy?: Deputy;

  @Field(() => RectificationStatusEnum, { description: '状态 / Status' })
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: RectificationStatus;

  @Field(() => String, { nullable: true, description: '整改期限 / Due date' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;
}

@ObjectType({ description: '整改进展记录 / A progress entry of a rectification item' })
@Entity({ name: 'rectification_update' })
export class RectificationUpdate extends EditableRecord {
  @Field(() => ID, { description: '整改事项 / The item' })
  @Index('IDX_rectification_update_item')
  @Column({ type: 'integer' })
  itemId: number;

  @ManyToOne(() => RectificationItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_rectification_update_item' })
  item?: RectificationItem;

  @Field(() => String, { description: '进展说明 / What happened' })
  @Column({ type: 'text' })
  note: string;

  @Field(() => RectificationStatusEnum, { nullable: true, description: '原状态 / Status before' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: RectificationStatus | null;

  @Field(() => RectificationStatusEnum, { nullable: true, description: '新状态 / Status after' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: RectificationStatus | null;

  @Field(() => ID, { nullable: true, description: '记录人 / Recorded by (user)' })
  @Column({ type: 'integer', nullable: true })
  userId: number | null;
}
