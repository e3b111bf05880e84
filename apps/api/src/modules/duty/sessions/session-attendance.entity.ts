import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { SessionAttendanceStatus } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Session } from '../../registry/congress.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { SessionAttendanceStatusEnum } from '../duty.enums';

@ObjectType({ description: '代表出席人民代表大会会议的情况 / A deputy\'s attendance at a plenary session' })
@Entity({ name: 'session_attendance' })
@Index('UQ_session_attendance_session_deputy', ['sessionId', 'deputyId'], { unique: true })
export class SessionAttendance extends EditableRecord {
  @Field(() => ID, { description: '会议 / Plenary session' })
  @Column({ type: 'integer' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_session_attendance_session' })
  session?: Session;

  @Field(() => ID, { description: '代表 / Deputy' })
  @Index('IDX_session_attendance_deputy')
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_session_attendance_deputy' })
  deputy?: Deputy;

  @Field(() => SessionAttendanceStatusEnum, { description: '出席、请假或缺席 / Attended, on leave or absent' })
  @Column({ type: 'varchar', length: 20 })
  status: SessionAttendanceStatus;

  @Field(() => String, { nullable: true, description: '备注,如请假事由 / Note, e.g. the reason for leave' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
