import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AttendanceStatus, MeetingAttendanceRole, TrainingMode } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Term } from '../registry/congress.entity';
import { Deputy } from '../deputies/deputy.entity';
import { AttendanceStatusEnum, MeetingAttendanceRoleEnum, TrainingModeEnum } from './activity.enums';
import { Activity } from './activity.entity';

@ObjectType({ description: '培训:方式、学时、材料、答卷(出席记在活动参加人上)/ A training: mode, hours, materials, quiz; attendance is the activity\'s' })
@Entity({ name: 'training' })
export class Training extends EditableRecord {
  @Field(() => ID, { description: '对应的活动(类型为培训)/ Its activity, of type TRAINING' })
  @Index('UQ_training_activity', { unique: true })
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'FK_training_activity' })
  activity?: Activity;

  @Field(() => TrainingModeEnum, { description: '培训方式 / Mode' })
  @Column({ type: 'varchar', length: 20 })
  mode: TrainingMode;

  @Field(() => Float, { description: '学时 / Hours' })
  @Column({ type: 'numeric', precision: 5, scale: 1, default: 0 })
  hours: number;

  @Field(() => String, { description: '学习材料,如《宪法》《代表法》 / Materials studied' })
  @Column({ type: 'text', default: '' })
  materials: string;

  @Field(() => String, { nullable: true, description: '知识答卷名称 / Title of the knowledge quiz, if any' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  quizTitle: string | null;

  @Field(() => Int, { nullable: true, description: '答卷满分 / Maximum quiz score' })
  @Column({ type: 'integer', nullable: true })
  quizMaxScore: number | null;
}

@ObjectType({ description: '答卷成绩 / A deputy\'s quiz score' })
@Entity({ name: 'quiz_result' })
@Index('UQ_quiz_result_training_deputy', ['trainingId', 'deputyId'], { unique: true })
export class QuizResult extends EditableRecord {
  @Field(() => ID, { description: '所属培训 / Training' })
  @Column({ type: 'integer' })
  trainingId: number;

  @ManyToOne(() => Training, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id', foreignKeyConstraintName: 'FK_quiz_result_training' })
  training?: Training;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_quiz_result_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_quiz_result_deputy' })
  deputy?: Deputy;

  @Field(() => Float, { description: '得分 / Score' })
  @Column({ type: 'numeric', precision: 5, scale: 1 })
  score: number;
}

@ObjectType({ description: '常委会会议 / A meeting of the standing committee' })
@Entity({ name: 'committee_meeting' })
export class CommitteeMeeting extends EditableRecord {
  @Field(() => ID, { description: '哪一届常委会 / The term of the committee' })
  @Index('IDX_committee_meeting_term')
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_committee_meeting_term' })
  term?: Term;

  @Field(() => Int, { nullable: true, description: '第几次会议 / Ordinal within the term' })
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Field(() => String, { description: '名称 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '会议日期 / Date' })
  @Index('IDX_committee_meeting_date')
  @Column({ type: 'date' })
  meetingDate: string;

  @Field(() => String, { nullable: true, description: '地点 / Place' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Field(() => String, { description: '议程 / Agenda' })
  @Column({ type: 'text', default: '' })
  agenda: string;
}

@ObjectType({ description: '代表列席常委会会议 / A deputy invited to a committee meeting' })
@Entity({ name: 'meeting_attendance' })
@Index('UQ_meeting_attendance_meeting_deputy', ['meetingId', 'deputyId'], { unique: true })
export class MeetingAttendance extends EditableRecord {
  @Field(() => ID, { description: '所属会议 / Meeting' })
  @Column({ type: 'integer' })
  meetingId: number;

  @ManyToOne(() => CommitteeMeeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_attendance_meeting' })
  meeting?: CommitteeMeeting;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_meeting_attendance_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_meeting_attendance_deputy' })
  deputy?: Deputy;

  @Field(() => MeetingAttendanceRoleEnum, { description: '身份 / Capacity' })
  @Column({ type: 'varchar', length: 20, default: 'SITTING_IN' })
  role: MeetingAttendanceRole;

  @Field(() => AttendanceStatusEnum, { description: '出席情况 / Attendance' })
  @Column({ type: 'varchar', length: 20, default: 'INVITED' })
  status: AttendanceStatus;

  @Field(() => String, { nullable: true, description: '请假事由 / Reason for leave' })
  @Column({ type: 'text', nullable: true })
  leaveReason: string | null;
}
