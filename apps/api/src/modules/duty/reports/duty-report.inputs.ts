import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import type { DutyReportAudience, DutyReportForm, DutyReportGrade, DutyReportStatus } from '@luzhi/shared';
import { DutyReportAudienceEnum, DutyReportFormEnum, DutyReportGradeEnum, DutyReportStatusEnum } from '../duty.enums';

@InputType({ description: '年度述职计划的一项:谁、何时、向谁述职 / One line of a year\'s plan: who reports, when, to whom' })
export class PlanDutyReportInput {
  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => DutyReportAudienceEnum, { description: '述职对象 / Reported to' })
  audience: DutyReportAudience;

  @Field(() => DutyReportFormEnum, { description: '口头或书面 / Oral or written' })
  form: DutyReportForm;

  @Field(() => String, { nullable: true, description: '计划日期 / Planned date' })
  plannedOn?: string | null;

  @Field(() => String, { nullable: true, description: '标题(默认按代表和年度生成)/ Title (made from the deputy and year when empty)' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: '地点或会议 / Venue' })
  @IsOptional()
  @MaxLength(200)
  venue?: string | null;
}

@InputType({ description: '登记述职:日期与内容 / Record a report: its date and text' })
export class RecordDutyReportInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { description: '述职日期 / Date reported' })
  reportedOn: string;

  @Field(() => DutyReportFormEnum, { nullable: true, description: '口头或书面 / Oral or written' })
  form?: DutyReportForm;

  @Field(() => String, { description: '述职内容 / The text' })
  @MaxLength(100_000)
  content: string;

  @Field(() => String, { nullable: true, description: '地点或会议 / Venue' })
  @IsOptional()
  @MaxLength(200)
  venue?: string | null;
}

@InputType({ description: '评议票数 / The vote tally' })
export class VoteTallyInput {
  @Field(() => Int, { description: '称职票 / Competent' })
  @Min(0)
  @Max(1_000_000)
  competent: number;

  @Field(() => Int, { description: '基本称职票 / Basically competent' })
  @Min(0)
  @Max(1_000_000)
  basicallyCompetent: number;

  @Field(() => Int, { description: '不称职票 / Not competent' })
  @Min(0)
  @Max(1_000_000)
  notCompetent: number;
}

@InputType({ description: '一位评议人的意见 / One evaluator\'s rating' })
export class DutyReportRatingInput {
  @Field(() => String, { description: '评议人 / Evaluator' })
  @Length(1, 50)
  evaluatorName: string;

  @Field(() => DutyReportGradeEnum, { description: '等次 / Grade' })
  grade: DutyReportGrade;

  @Field(() => String, { nullable: true, description: '意见 / Comment' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType({ description: '述职评议:选民述职填票数;其他述职填票数或评议人意见(替换原有意见)/ An evaluation: votes for reports to voters; votes or ratings otherwise (ratings replace earlier ones)' })
export class EvaluateDutyReportInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { description: '评议日期 / Date' })
  evaluatedOn: string;

  @Field(() => VoteTallyInput, { nullable: true, description: '票数 / Vote tally' })
  votes?: VoteTallyInput | null;

  @Field(() => [DutyReportRatingInput], { nullable: true, description: '评议人意见 / Ratings' })
  @ArrayMaxSize(200)
  ratings?: DutyReportRatingInput[] | null;

  @Field(() => String, { nullable: true, description: '评议意见综述 / Summary' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: '述职等次标准(百分比)/ Grading thresholds, in percent' })
export class VoteThresholdsInput {
  @Field(() => Int, { description: '称职票达到此百分比为称职 / Competent votes needed for COMPETENT, percent' })
  competentPercent: number;

  @Field(() => Int, { description: '称职与基本称职票合计达到此百分比为基本称职 / Competent + basically competent votes needed for BASICALLY_COMPETENT, percent' })
  basicallyCompetentPercent: number;
}

@InputType({ description: '述职筛选 / Duty report filter' })
export class DutyReportFilter {
  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => ID, { nullable: true, description: '代表 / Deputy' })
  deputyId?: string;

  @Field(() => DutyReportAudienceEnum, { nullable: true, description: '述职对象 / Reported to' })
  audience?: DutyReportAudience;

  @Field(() => DutyReportStatusEnum, { nullable: true, description: '状态 / Status' })
  status?: DutyReportStatus;
}

export enum DutyReportSort {
  PLANNED_ON_ASC = 'PLANNED_ON_ASC',
  REPORTED_ON_DESC = 'REPORTED_ON_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
}
registerEnumType(DutyReportSort, {
  name: 'DutyReportSort',
  description: '述职排序 / Duty report order',
  valuesConfig: {
    PLANNED_ON_ASC: { description: '按计划日期 / By planned date' },
    REPORTED_ON_DESC: { description: '最近述职在前 / Most recently reported first' },
    CREATED_AT_DESC: { description: '最近录入在前 / Most recently entered first' },
  },
});
