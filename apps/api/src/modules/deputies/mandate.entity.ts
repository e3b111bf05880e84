import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { MandateEndReason } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { MandateEndReasonEnum } from '../registry/registry.enums';
import { Term } from '../registry/congress.entity';
import { ElectoralDistrict } from '../registry/electoral-district.entity';
import { Deputy } from './deputy.entity';

@ObjectType({ description: '代表资格:某人在某一届人大的席位 / A deputy\'s seat in one term' })
@Entity({ name: 'mandate' })
@Index('UQ_mandate_deputy_term', ['deputyId', 'termId'], { unique: true })
export class Mandate extends EditableRecord {
  @Field(() => ID, { description: '代表 / Deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_mandate_deputy' })
  deputy?: Deputy;

  @Field(() => ID, { description: '届 / Term' })
  @Index('IDX_mandate_term')
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_mandate_term' })
  term?: Term;

  @Field(() => ID, { nullable: true, description: '选区或选举单位 / Constituency or electoral unit' })
  @Index('IDX_mandate_electoral_district')
  @Column({ type: 'integer', nullable: true })
  electoralDistrictId: number | null;

  @ManyToOne(() => ElectoralDistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'electoral_district_id', foreignKeyConstraintName: 'FK_mandate_electoral_district' })
  electoralDistrict?: ElectoralDistrict;

  @Field(() => String, { description: '开始日期 / Start' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '终止日期 / End' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => MandateEndReasonEnum, { nullable: true, description: '终止原因 / Why it ended' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  endReason: MandateEndReason | null;
}
