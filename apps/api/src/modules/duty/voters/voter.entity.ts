import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { VoterContactKind, VoterOpinionStatus } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Masked } from '../../../common/masking';
import { LiaisonStation } from '../../registry/liaison-station.entity';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { VoterContactKindEnum, VoterOpinionStatusEnum } from '../duty.enums';
import { SentimentDiary } from '../diaries/sentiment-diary.entity';

@ObjectType({ description: '选民接待日:联络站某日由值班代表接待选民 / A day a liaison station receives voters, with deputies on duty' })
@Entity({ name: 'reception_day' })
@Index('IDX_reception_day_station_date', ['stationId', 'date'])
export class ReceptionDay extends EditableRecord {
  @Field(() => ID, { description: '联络站 / Liaison station' })
  @Column({ type: 'integer' })
  stationId: number;

  @ManyToOne(() => LiaisonStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'FK_reception_day_station' })
  station?: LiaisonStation;

  @Field(() => String, { description: '日期 / Date' })
  @Index('IDX_reception_day_date')
  @Column({ type: 'date' })
  date: string;

  @Field(() => String, { nullable: true, description: '主题 / Topic' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  topic: string | null;

  @Field(() => String, { nullable: true, description: '情况记录 / Notes' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@ObjectType({ description: '接待日值班代表 / A deputy on duty at a reception day' })
@Entity({ name: 'reception_duty' })
@Index('UQ_reception_duty_day_deputy', ['receptionDayId', 'deputyId'], { unique: true })
export class ReceptionDuty extends EditableRecord {
  @Field(() => ID, { description: '接待日 / Reception day' })
  @Column({ type: 'integer' })
  receptionDayId: number;

  @ManyToOne(() => ReceptionDay, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reception_day_id', foreignKeyConstraintName: 'FK_reception_duty_day' })
  receptionDay?: ReceptionDay;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_reception_duty_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_reception_duty_deputy' })
  deputy?: Deputy;
}

@ObjectType({ description: '联系选民:一次走访、接待、来信或网络联系 / One contact between a deputy and voters' })
@Entity({ name: 'voter_contact' })
@Index('IDX_voter_contact_deputy_date', ['deputyId', 'contactedOn'])
export class VoterContact extends EditableRecord {
  @Field(() => ID, { description: '代表 / Deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_voter_contact_deputy' })
  deputy?: Deputy;

  @Field(() => VoterContactKindEnum, { description: '方式 / Kind' })
  @Column({ type: 'varchar', length: 20 })
  kind: VoterContactKind;

  @Field(() => String, { description: '日期 / Date' })
  @Index('IDX_voter_contact_date')
  @Column({ type: 'date' })
  contactedOn: string;

  @Field(() => ID, { nullable: true, description: '接待日(方式为接待日时)/ Reception day, for RECEPTION_DAY contacts' })
  @Index('IDX_voter_contact_reception_day')
  @Column({ type: 'integer', nullable: true })
  receptionDayId: number | null;

  @ManyToOne(() => ReceptionDay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reception_day_id', foreignKeyConstraintName: 'FK_voter_contact_reception_day' })
  receptionDay?: ReceptionDay;

  @Field(() => ID, { nullable: true, description: '联络站 / Liaison station' })
  @Column({ type: 'integer', nullable: true })
  stationId: number | null;

  @ManyToOne(() => LiaisonStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'FK_voter_contact_station' })
  station?: LiaisonStation;

  @Field(() => String, { nullable: true, description: '选民姓名(无个人信息权限时为掩码)/ Voter\'s name (masked without personal:read)' })
  @Masked('personName')
  @Column({ type: 'varchar', length: 50, nullable: true })
  voterName: string | null;

  @Field(() => String, { nullable: true, description: '选民电话(掩码规则同上)/ Voter\'s phone (masked likewise)' })
  @Masked('phone')
  @Column({ type: 'varchar', length: 30, nullable: true })
  voterPhone: string | null;

  @Field(() => String, { description: '情况概要 / Summary' })
  @Column({ type: 'text', default: '' })
  summary: string;
}

@ObjectType({ description: '民意:选民提出的意见,答复、转交单位或转为建议 / A voter\'s opinion: answered, referred, or turned into a suggestion' })
@Entity({ name: 'voter_opinion' })
export class VoterOpinion extends EditableRecord {
  @Field(() => ID, { nullable: true, description: '来自哪次联系 / The contact it came from' })
  @Index('IDX_voter_opinion_contact')
  @Column({ type: 'integer', nullable: true })
  contactId: number | null;

  @ManyToOne(() => VoterContact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_voter_opinion_contact' })
  contact?: VoterContact;

  @Field(() => ID, { nullable: true, description: '来自哪篇民情日记 / The diary entry it came from' })
  @Index('IDX_voter_opinion_diary')
  @Column({ type: 'integer', nullable: true })
  diaryId: number | null;

  @ManyToOne(() => SentimentDiary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'diary_id', foreignKeyConstraintName: 'FK_voter_opinion_diary' })
  diary?: SentimentDiary;

  @Field(() => ID, { description: '收集意见的代表 / The deputy who took it' })
  @Index('IDX_voter_opinion_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_voter_opinion_deputy' })
  deputy?: Deputy;

  @Field(() => String, { nullable: true, description: '选民姓名(无个人信息权限时为掩码)/ Voter\'s name (masked without personal:read)' })
  @Masked('personName')
  @Column({ type: 'varchar', length: 50, nullable: true })
  voterName: string | null;

  @Field(() => String, { nullable: true, description: '选民电话(掩码规则同上)/ Voter\'s phone (masked likewise)' })
  @Masked('phone')
  @Column({ type: 'varchar', length: 30, nullable: true })
  voterPhone: string | null;

  @Field(() => String, { description: '意见内容 / What the voter said' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => VoterOpinionStatusEnum, { description: '处理状态 / Status' })
  @Index('IDX_voter_opinion_status')
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: VoterOpinionStatus;

  @Field(() => String, { nullable: true, description: '答复内容 / The answer' })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => ID, { nullable: true, description: '转交单位 / Organization it was referred to' })
  @Column({ type: 'integer', nullable: true })
  referredOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referred_organization_id', foreignKeyConstraintName: 'FK_voter_opinion_organization' })
  referredOrganization?: Organization;

  @Field(() => ID, { nullable: true, description: '转成的建议(建议模块的编号,无外键)/ The suggestion it became (id in the suggestions module; no foreign key)' })
  @Column({ type: 'integer', nullable: true })
  suggestionId: number | null;

  @Field(() => String, { nullable: true, description: '处理日期 / Date handled' })
  @Column({ type: 'date', nullable: true })
  handledOn: string | null;
}
