import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { DeputyStatus, Education, Gender, OccupationCategory, Party } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Masked } from '../../common/masking';
import { DeputyStatusEnum, EducationEnum, GenderEnum, OccupationCategoryEnum, PartyEnum } from '../registry/registry.enums';

@ObjectType({ description: '人大代表(一个人,可在多届、多级人大任代表)/ A deputy: one person, who may hold several mandates' })
@Entity({ name: 'deputy' })
@Index('IDX_deputy_name_trgm', { synchronize: false })
@Index('IDX_deputy_pinyin', { synchronize: false })
@Index('IDX_deputy_initials', { synchronize: false })
@Index('IDX_deputy_name_prefix', { synchronize: false })
@Index('IDX_deputy_roster_order', { synchronize: false })
export class Deputy extends EditableRecord {
  @Field(() => String, { description: '姓名 / Name' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { description: '姓名全拼 / Name in pinyin, lower case, no spaces' })
  @Column({ type: 'varchar', length: 200 })
  namePinyin: string;

  @Field(() => String, { description: '拼音首字母,如“张三”为 zs / Pinyin initials' })
  @Column({ type: 'varchar', length: 50 })
  nameInitials: string;

  @Field(() => GenderEnum, { description: '性别 / Gender' })
  @Column({ type: 'varchar', length: 10 })
  gender: Gender;

  @Field(() => String, { description: '民族 / Ethnicity' })
  @Column({ type: 'varchar', length: 20, default: '汉族' })
  ethnicity: string;

  @Field(() => String, { nullable: true, description: '出生日期 / Birth date' })
  @Index('IDX_deputy_birth_date')
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => PartyEnum, { description: '政治面貌 / Party' })
  @Column({ type: 'varchar', length: 20 })
  party: Party;

  @Field(() => EducationEnum, { nullable: true, description: '学历 / Education' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  education: Education | null;

  @Field(() => OccupationCategoryEnum, { description: '代表构成类别 / Occupation category' })
  @Column({ type: 'varchar', length: 20 })
  occupationCategory: OccupationCategory;

  @Field(() => String, { nullable: true, description: '工作单位 / Work unit' })
  @Column({ type: 'varchar', length: 150, nullable: true })
  workUnit: string | null;

  @Field(() => String, { nullable: true, description: '职务 / Position' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true, description: '手机号码(非工作人员可见为掩码)/ Phone (masked for roles without personal:read)' })
  @Masked('phone')
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { description: '公民身份号码(掩码规则同上)/ Citizen ID number (masked likewise)' })
  @Masked('idNumber')
  @Index('UQ_deputy_id_number', { unique: true })
  @Column({ type: 'varchar', length: 18 })
  idNumber: string;

  @Field(() => String, { nullable: true, description: '通讯地址(掩码规则同上)/ Address (masked likewise)' })
  @Masked('address')
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => DeputyStatusEnum, { description: '状态 / Status' })
  @Index('IDX_deputy_status')
  @Column({ type: 'varchar', length: 20, default: 'ACTIVE' })
  status: DeputyStatus;
}
