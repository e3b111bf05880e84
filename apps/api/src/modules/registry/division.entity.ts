import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DivisionKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { DivisionKindEnum } from './registry.enums';

@ObjectType({ description: '行政区划(树)/ An administrative division: district → subdistrict/township → community/village' })
@Entity({ name: 'division' })
export class Division extends EditableRecord {
  @Field(() => ID, { nullable: true, description: '上级区划 / Parent division' })
  @Index('IDX_division_parent')
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_division_parent' })
  parent?: Division;

  @Field(() => DivisionKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 20 })
  kind: DivisionKind;

  @Field(() => String, { description: '名称 / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '区划代码 / Official code' })
  @Index('UQ_division_code', { unique: true, where: 'code IS NOT NULL' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  code: string | null;
}
