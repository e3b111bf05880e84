import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { OrganizationKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { OrganizationKindEnum } from './registry.enums';
import { Division } from './division.entity';

@ObjectType({ description: '单位:被视察单位、责任单位、承办单位等 / Any unit: visited, responsible for a finding, or handling suggestions' })
@Entity({ name: 'organization' })
export class Organization extends EditableRecord {
  @Field(() => String, { description: '名称 / Name' })
  @Index('IDX_organization_name')
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => OrganizationKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 30 })
  kind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: '上级单位 / Parent organization' })
  @Index('IDX_organization_parent')
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_organization_parent' })
  parent?: Organization;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  @Column({ type: 'integer', nullable: true })
  divisionId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_organization_division' })
  division?: Division;

  @Field(() => Boolean, { description: '是否承办建议 / Handles deputies\' suggestions' })
  @Column({ type: 'boolean', default: false })
  handlesSuggestions: boolean;

  @Field(() => String, { nullable: true, description: '联系人 / Contact person' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 / Contact phone' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;
}
