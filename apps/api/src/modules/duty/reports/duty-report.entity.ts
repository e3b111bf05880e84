import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DutyReportAudience, DutyReportForm, DutyReportGrade, DutyReportStatus } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { DutyReportAudienceEnum, DutyReportFormEnum, DutyReportGradeEnum, DutyReportStatusEnum } from '../duty.enums';

@ObjectType({ description: '述职:代表向常委会、选民或选举单位报告履职情况;年度述职计划即当年的全部述职 / A duty report; a year\'s plan is its reports' })
@Entity({ name: 'duty_report' })
@Index('IDX_duty_report_deputy_year', ['deputyId', 'year'])
@Index('IDX_duty_report_year_status', ['year', 'status'])
export class DutyReport extends EditableRecord {
  @Field(() => ID, { description: '述职代表 / The reporting deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_duty_report_deputy' })
  deputy?: Deputy;

  @Field(() => Int, { description: '计划年度 / Year of the plan' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => DutyReportAudienceEnum, { description: '述职对象 / Reported to' })
  @Column({ type: 'varchar', length: 30 })
  audience: DutyReportAudience;

  @Field(() => DutyReportFormEnum, { description: '口头或书面 / Oral or written' })
  @Column({ type: 'varchar', length: 20 })
  form: DutyReportForm;

  @Field(() => DutyReportStatusEnum, { description: '状态 / Status' })
  @Column({ type: 'varchar', length: 20, default: 'PLANNED' })
  status: DutyReportStatus;

  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: '计划述职日期 / Planned date' })
  @Column({ type: 'date', nullable: true })
  plannedOn: string | null;

  @Field(() => String, { nullable: true, description: '实际述职日期 / Date reported' })
  @Column({ type: 'date', nullable: true })
  reportedOn: string | null;

  @Field(() => String, { nullable: true, description: '述职地点或会议 / Where or at which meeting' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Field(() => String, { description: '述职内容 / The text of the report' })
  @Column({ type: 'text', default: '' })
  content: string;

  @Field(() => Int, { nullable: true, description: '称职票 / Votes "competent"' })
  @Column({ type: 'integer', nullable: true })
  votesCompetent: number | null;

  @Field(() => Int, { nullable: true, description: '基本称职票 / Votes "basically competent"' })
  @Column({ type: 'integer', nullable: true })
  votesBasicallyCompetent: number | null;

  @Field(() => Int, { nullable: true, description: '不称职票 / Votes "not competent"' })
  @Column({ type: 'integer', nullable: true })
  votesNotCompetent: number | null;

  @Field(() => DutyReportGradeEnum, { nullable: true, description: '评议等次(按票数或评议意见及当时的等次标准计算)/ Grade, computed from the votes or ratings and the thresholds in force' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  grade: DutyReportGrade | null;

  @Field(() => String, { nullable: true, description: '评议日期 / Evaluated on' })
  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  @Field(() => String, { nullable: true, description: '评议意见综述 / Summary of the evaluation' })
  @Column({ type: 'text', nullable: true })
  evaluationNote: string | null;
}

@ObjectType({ description: '评议人对述职的评议意见 / One evaluator\'s rating of a duty report' })
@Entity({ name: 'duty_report_rating' })
export class DutyReportRating extends EditableRecord {
  @Field(() => ID, { description: '述职 / The report' })
  @Index('IDX_duty_report_rating_report')
  @Column({ type: 'integer' })
  reportId: number;

  @ManyToOne(() => DutyReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_duty_report_rating_report' })
  report?: DutyReport;

  @Field(() => String, { description: '评议人 / Evaluator' })
  @Column({ type: 'varchar', length: 50 })
  evaluatorName: string;

  @Field(() => DutyReportGradeEnum, { description: '评议等次 / The evaluator\'s grade' })
  @Column({ type: 'varchar', length: 30 })
  grade: DutyReportGrade;

  @Field(() => String, { nullable: true, description: '意见 / Comment' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
