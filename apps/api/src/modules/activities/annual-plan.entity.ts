import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ActivityScope, ActivityType } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Congress } from '../registry/congress.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import { ActivityScopeEnum, ActivityTypeEnum } from './activity.enums';

@ObjectType({ description: '年度活动计划(每年、每级人大一份)/ The activity plan made at the start of a year, one per congress' })
@Entity({ name: 'annual_plan' })
@Index('UQ_annual_plan_year_congress', ['year', 'congressId'], { unique: true })
export class AnnualPlan extends EditableRecord {
  @Field(() => Int, { description: '年度 / Year' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '哪一级人大的代表活动 / Whose deputies the plan is for' })
  @Column({ type: 'integer' })
  congressId: number;

  @ManyToOne(() => Congress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'congress_id', foreignKeyConstraintName: 'FK_annual_plan_congress' })
  congress?: Congress;

  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: '说明 / Notes' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@ObjectType({ description: '计划项目:某月由某小组或常委会组织的一项活动 / One planned activity: what, which month, organised by whom' })
@Entity({ name: 'plan_item' })
@Check('CHK_plan_item_month', 'month BETWEEN 1 AND 12')
export class PlanItem extends EditableRecord {
  @Field(() => ID, { description: '所属计划 / Plan' })
  @Index('IDX_plan_item_plan')
  @Column({ type: 'integer' })
  planId: number;

  @ManyToOne(() => AnnualPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_item_plan' })
  plan?: AnnualPlan;

  @Field(() => String, { description: '活动名称 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ActivityTypeEnum, { description: '活动类型 / Type' })
  @Column({ type: 'varchar', length: 30 })
  type: ActivityType;

  @Field(() => ActivityScopeEnum, { nullable: true, description: '综合或单项 / Comprehensive or single-topic' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  scope: ActivityScope | null;

  @Field(() => Int, { description: '计划月份 1–12 / Planned month, 1–12' })
  @Column({ type: 'integer' })
  month: number;

  @Field(() => ID, { nullable: true, description: '组织小组;空为常委会组织 / Organising group; empty: the standing committee' })
  @Index('IDX_plan_item_organizer_group')
  @Column({ type: 'integer', nullable: true })
  organizerGroupId: number | null;

  @ManyToOne(() => DeputyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_group_id', foreignKeyConstraintName: 'FK_plan_item_organizer_group' })
  organizerGroup?: DeputyGroup;

  @Field(() => String, { nullable: true, description: '内容 / What it is about' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}
