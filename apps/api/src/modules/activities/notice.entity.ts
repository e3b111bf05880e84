import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { NoticeKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Deputy } from '../deputies/deputy.entity';
import { User } from '../users/user.entity';
import { NoticeKindEnum } from './activity.enums';
import { Activity } from './activity.entity';

@ObjectType({ description: '通知(活动预先通知、知情知政),带阅读回执 / Information sent to deputies, with read receipts' })
@Entity({ name: 'notice' })
export class Notice extends EditableRecord {
  @Field(() => NoticeKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 20 })
  kind: NoticeKind;

  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '正文 / Text' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => ID, { nullable: true, description: '关于哪个活动 / The activity it announces' })
  @Index('IDX_notice_activity')
  @Column({ type: 'integer', nullable: true })
  activityId: number | null;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_notice_activity' })
  activity?: Activity;

  @Field(() => Date, { description: '发送时间 / Sent at' })
  @Index('IDX_notice_sent_at')
  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Field(() => ID, { nullable: true, description: '发送人 / Sent by' })
  @Column({ type: 'integer', nullable: true })
  sentByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by_user_id', foreignKeyConstraintName: 'FK_notice_sent_by_user' })
  sentByUser?: User;
}

@ObjectType({ description: '通知的接收人与阅读回执 / One deputy a notice reached, and when they read it' })
@Entity({ name: 'notice_recipient' })
@Index('UQ_notice_recipient_notice_deputy', ['noticeId', 'deputyId'], { unique: true })
export class NoticeRecipient extends EditableRecord {
  @Field(() => ID, { description: '所属通知 / Notice' })
  @Column({ type: 'integer' })
  noticeId: number;

  @ManyToOne(() => Notice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'FK_notice_recipient_notice' })
  notice?: Notice;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_notice_recipient_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_notice_recipient_deputy' })
  deputy?: Deputy;

  @Field(() => Date, { nullable: true, description: '阅读时间;空为未读 / When it was read; empty: unread' })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
