import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CommendationKind } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { DeputyGroup } from '../../groups/deputy-group.entity';
import { CommendationKindEnum } from '../duty.enums';

@ObjectType({ description: '表彰:优秀人大代表或先进代表小组,附年度和依据 / An award to an excellent deputy or an advanced group, with the year and its basis' })
@Entity({ name: 'commendation' })
@Index('IDX_commendation_year_kind', ['year', 'kind'])
@Index('UQ_commendation_deputy', ['year', 'kind', 'deputyId'], { unique: true, where: 'deputy_id IS NOT NULL' })
@Index('UQ_commendation_group', ['year', 'kind', 'groupId'], { unique: true, where: 'group_id IS NOT NULL' })
export class Commendation extends EditableRecord {
  @Field(() => Int, { description: '年度 / Year' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => CommendationKindEnum, { description: '类别 / Kind' })
  @Column({ type: 'varchar', length: 30 })
  kind: CommendationKind;

  @Field(() => ID, { nullable: true, description: '受表彰代表 / Deputy commended' })
  @Column({ type: 'integer', nullable: true })
  deputyId: number | null;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_commendation_deputy' })
  deputy?: Deputy;

  @Field(() => ID, { nullable: true, description: '受表彰小组 / Group commended' })
  @Column({ type: 'integer', nullable: true })
  groupId: number | null;

  @ManyToOne(() => DeputyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_commendation_group' })
  group?: DeputyGroup;

  @Field(() => String, { description: '称号 / Title of the award' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '表彰依据 / Basis' })
  @Column({ type: 'text' })
  basis: string;

  @Field(() => Float, { nullable: true, description: '评选时的积分(小组为平均分)/ Score when chosen (a group\'s average)' })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true, description: '评选时的出勤率(%)/ Attendance rate when chosen, percent' })
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  attendancePercent: number | null;

  @Field(() => String, { nullable: true, description: '表彰日期 / Awarded on' })
  @Column({ type: 'date', nullable: true })
  awardedOn: string | null;
}
