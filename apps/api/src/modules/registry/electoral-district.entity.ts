import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ElectoralDistrictKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { ElectoralDistrictKindEnum } from './registry.enums';
import { Congress } from './congress.entity';
import { Division } from './division.entity';

@ObjectType({ description: '选区或选举单位 / Where a mandate comes from: a constituency, or an electoral unit (a lower congress electing upward)' })
@Entity({ name: 'electoral_district' })
export class ElectoralDistrict extends EditableRecord {
  @Field(() => ID, { description: '所属人大 / The congress it elects to' })
  @Index('IDX_electoral_district_congress')
  @Column({ type: 'integer' })
  congressId: number;

  @ManyToOne(() => Congress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'congress_id', foreignKeyConstraintName: 'FK_electoral_district_congress' })
  congress?: Congress;

  @Field(() => ElectoralDistrictKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 20 })
  kind: ElectoralDistrictKind;

  @Field(() => String, { description: '名称 / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  @Column({ type: 'integer', nullable: true })
  divisionId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_electoral_district_division' })
  division?: Division;
}
