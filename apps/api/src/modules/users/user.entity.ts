import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { DeputyGroup } from '../groups/deputy-group.entity';
import type { Role } from '@luzhi/shared';
import { RoleEnum } from '../../common/enums';

@ObjectType({ description: '系统用户 / A person who signs in' })
@Entity({ name: 'app_user' })
@Check('app_user_role_check', `role IN ('ADMIN','STAFF','GROUP_LEADER','HANDLING_UNIT','DEPUTY','ANALYST')`)
export class User {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => String, { description: '登录名 / Sign-in name' })
  @Index('IDX_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  username: string;

  @Field(() => String, { description: '姓名 / Display name' })
  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  @Field(() => RoleEnum, { description: '角色 / Role' })
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field(() => ID, { nullable: true, description: '所属承办单位 / The handling unit this user acts for' })
  @Column({ type: 'integer', nullable: true })
  scopeOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_organization_id', foreignKeyConstraintName: 'FK_app_user_scope_organization' })
  scopeOrganization?: Organization;

  @Field(() => ID, { nullable: true, description: '对应的代表 / The deputy this user is' })
  @Column({ type: 'integer', nullable: true })
  scopeDeputyId: number | null;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_deputy_id', foreignKeyConstraintName: 'FK_app_user_scope_deputy' })
  scopeDeputy?: Deputy;

  @Field(() => ID, { nullable: true, description: '所属代表小组 / The group this leader leads' })
  @Column({ type: 'integer', nullable: true })
  scopeGroupId: number | null;

  @ManyToOne(() => DeputyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_group_id', foreignKeyConstraintName: 'FK_app_user_scope_group' })
  scopeGroup?: DeputyGroup;

  @Field(() => Boolean, { description: '是否停用 / Disabled users cannot sign in' })
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Field(() => String, { description: '界面语言 / Preferred language (zh-CN, en)' })
  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale: string;

  @Field(() => Date, { nullable: true, description: '最近登录 / Last sign-in' })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date, { description: '创建时间 / Created at' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: '修改时间 / Last changed at' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Number, { description: '版本号,用于乐观锁 / Version for optimistic locking' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
