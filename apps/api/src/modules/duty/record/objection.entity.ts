import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ObjectionStatus } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { ObjectionStatusEnum } from '../duty.enums';

@ObjectType({ description: '代表对履职档案某一项的异议;工作人员更正记录后处理 / A deputy\'s objection to an item of their duty record; staff correct the records and resolve it' })
@Entity({ name: 'duty_record_objection' })
@Index('IDX_duty_record_objection_deputy_year', ['deputyId', 'year'])
export class DutyRecordObjection extends EditableRecord {
  @Field(() => ID, { description: '代表 / Deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_duty_record_objection_deputy' })
  deputy?: Deputy;

  @Field(() => Int, { description: '年度 / Year' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { description: '履职项目 / Item key' })
  @Column({ type: 'varchar', length: 60 })
  itemKey: string;

  @Field(() => String, { description: '异议理由 / What the deputy says is wrong' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ObjectionStatusEnum, { description: '处理状态 / Status' })
  @Index('IDX_duty_record_objection_status')
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: ObjectionStatus;

  @Field(() => String, { nullable: true, description: '处理意见 / Resolution' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => ID, { nullable: true, description: '提出人(用户)/ Raised by (user)' })
  @Column({ type: 'integer', nullable: true })
  raisedBy: number | null;

  @Field(() => ID, { nullable: true, description: '处理人(用户)/ Resolved by (user)' })
  @Column({ type: 'integer', nullable: true })
  resolvedBy: number | null;

  @Field(() => Date, { nullable: true, description: '处理时间 / Resolved at' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
