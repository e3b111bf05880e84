import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { GroupBasis, GroupRole } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { GroupBasisEnum, GroupRoleEnum } from '../registry/registry.enums';
import { Term } from '../registry/congress.entity';
import { Division } from '../registry/division.entity';
import { Sector } from '../registry/sector.entity';
import { Deputy } from '../deputies/deputy.entity';

@ObjectType({ description: '代表活动小组(按行政区划或按系统,每届)/ A deputies\' activity group, by division or by sector, per term' })
@Entity({ name: 'deputy_group' })
export class DeputyGroup extends EditableRecord {
  @Field(() => ID, { description: '所属届 / Term' })
  @Index('IDX_deputy_group_term')
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_deputy_group_term' })
  term?: Term;

  @Field(() => String, { description: '名称 / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => GroupBasisEnum, { description: '划分方式 / Basis' })
  @Column({ type: 'varchar', length: 20 })
  basis: GroupBasis;

  @Field(() => ID, { nullable: true, description: '对应区划(按区划划分时)/ Division, for groups by division' })
  @Column({ type: 'integer', nullable: true })
  divisionId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_deputy_group_division' })
  division?: Division;

  @Field(() => ID, { nullable: true, description: '对应系统(按系统划分时)/ Sector, for groups by sector' })
  @Column({ type: 'integer', nullable: true })
  sectorId: number | null;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'FK_deputy_group_sector' })
  sector?: Sector;

  @Field(() => String, { nullable: true, description: '说明 / Description' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@ObjectType({ description: '小组成员资格 / A deputy\'s membership of a group, with role and dates' })
@Entity({ name: 'group_membership' })
// A deputy belongs to at most one group per term; a group has at most one current leader.
@Index('UQ_group_membership_current_deputy_term', ['deputyId', 'termId'], { unique: true, where: 'end_date IS NULL' })
@Index('UQ_group_membership_current_leader', ['groupId'], { unique: true, where: "role = 'LEADER' AND end_date IS NULL" })
export class GroupMembership extends EditableRecord {
  @Field(() => ID, { description: '小组 / Group' })
  @Index('IDX_group_membership_group')
  @Column({ type: 'integer' })
  groupId: number;

  @ManyToOne(() => DeputyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_group_membership_group' })
  group?: DeputyGroup;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_group_membership_deputy' })
  deputy?: Deputy;

  @Field(() => ID, { description: '届(与小组的届相同)/ Term (the group\'s)' })
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_group_membership_term' })
  term?: Term;

  @Field(() => GroupRoleEnum, { description: '职务 / Role' })
  @Column({ type: 'varchar', length: 20, default: 'MEMBER' })
  role: GroupRole;

  @Field(() => String, { description: '加入日期 / From' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '离开日期(空为当前成员)/ To (empty while current)' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;
}
