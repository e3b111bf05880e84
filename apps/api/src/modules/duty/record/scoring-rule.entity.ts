import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord } from '../../../common/base.entity';

@ObjectType({ description: '积分表:自某年起生效,直到下一张积分表 / A points table, in force from its year until the next one' })
@Entity({ name: 'scoring_rule_set' })
export class ScoringRuleSet extends EditableRecord {
  @Field(() => Int, { description: '生效年度 / First year it applies to' })
  @Index('UQ_scoring_rule_set_year', { unique: true })
  @Column({ type: 'integer' })
  effectiveYear: number;

  @Field(() => Int, { description: '“好”的分数线 / Lowest score graded good' })
  @Column({ type: 'integer', default: 80 })
  goodFrom: number;

  @Field(() => Int, { description: '“较好”的分数线 / Lowest score graded fair' })
  @Column({ type: 'integer', default: 60 })
  fairFrom: number;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@ObjectType({ description: '积分规则:某一履职项目每计一次(一小时、一分)得多少分 / Points per unit of one duty-record item' })
@Entity({ name: 'scoring_rule' })
@Index('UQ_scoring_rule_set_item', ['ruleSetId', 'itemKey'], { unique: true })
export class ScoringRule extends EditableRecord {
  @Field(() => ID, { description: '所属积分表 / Points table' })
  @Column({ type: 'integer' })
  ruleSetId: number;

  @ManyToOne(() => ScoringRuleSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_set_id', foreignKeyConstraintName: 'FK_scoring_rule_set' })
  ruleSet?: ScoringRuleSet;

  @Field(() => String, { description: '履职项目 / Item key' })
  @Column({ type: 'varchar', length: 60 })
  itemKey: string;

  @Field(() => Float, { description: '每单位分值(可为负)/ Points per unit (may be negative)' })
  @Column({ type: 'numeric', precision: 8, scale: 2 })
  points: number;

  @Field(() => Float, { nullable: true, description: '该项得分上限(绝对值)/ Cap on this item\'s points (absolute)' })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  maxPoints: number | null;
}
