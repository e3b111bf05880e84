import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import type { VoterContactKind, VoterOpinionAction, VoterOpinionStatus } from '@luzhi/shared';
import { VoterContactKindEnum, VoterOpinionActionEnum, VoterOpinionStatusEnum } from '../duty.enums';

@InputType({ description: '选民接待日 / A reception day' })
export class ReceptionDayInput {
  @Field(() => ID, { description: '联络站 / Liaison station' })
  stationId: string;

  @Field(() => String, { description: '日期 / Date' })
  date: string;

  @Field(() => String, { nullable: true, description: '主题 / Topic' })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field(() => String, { nullable: true, description: '情况记录 / Notes' })
  @IsOptional()
  @MaxLength(10_000)
  note?: string | null;

  @Field(() => [ID], { description: '值班代表 / Deputies on duty' })
  @ArrayMaxSize(100)
  deputyIds: string[];
}

@InputType({ description: '修改接待日(值班代表整体替换)/ Changes to a reception day; the deputies on duty are replaced' })
export class UpdateReceptionDayInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { nullable: true, description: '主题 / Topic' })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field(() => String, { nullable: true, description: '情况记录 / Notes' })
  @IsOptional()
  @MaxLength(10_000)
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: '值班代表 / Deputies on duty' })
  @ArrayMaxSize(100)
  deputyIds?: string[] | null;
}

@InputType({ description: '选民的一条意见 / One opinion of a voter' })
export class VoterOpinionInput {
  @Field(() => String, { description: '意见内容 / What the voter said' })
  @Length(1, 10_000)
  content: string;

  @Field(() => String, { nullable: true, description: '选民姓名 / Voter\'s name' })
  @IsOptional()
  @MaxLength(50)
  voterName?: string | null;

  @Field(() => String, { nullable: true, description: '选民电话 / Voter\'s phone' })
  @IsOptional()
  @MaxLength(30)
  voterPhone?: string | null;
}

@InputType({ description: '登记一次联系选民及收集的意见 / A contact with voters and the opinions taken' })
export class VoterContactInput {
  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => VoterContactKindEnum, { description: '方式 / Kind' })
  kind: VoterContactKind;

  @Field(() => String, { description: '日期 / Date' })
  contactedOn: string;

  @Field(() => ID, { nullable: true, description: '接待日(方式为接待日时必填)/ Reception day (required for RECEPTION_DAY)' })
  receptionDayId?: string | null;

  @Field(() => ID, { nullable: true, description: '联络站 / Liaison station' })
  stationId?: string | null;

  @Field(() => String, { nullable: true, description: '选民姓名 / Voter\'s name' })
  @IsOptional()
  @MaxLength(50)
  voterName?: string | null;

  @Field(() => String, { nullable: true, description: '选民电话 / Voter\'s phone' })
  @IsOptional()
  @MaxLength(30)
  voterPhone?: string | null;

  @Field(() => String, { description: '情况概要 / Summary' })
  @MaxLength(10_000)
  summary: string;

  @Field(() => [VoterOpinionInput], { nullable: true, description: '收集的意见 / Opinions taken' })
  @ArrayMaxSize(100)
  opinions?: VoterOpinionInput[] | null;
}

@InputType({ description: '处理民意:答复、转交或转为建议 / Dispose of an opinion: answer, refer, or link to a suggestion' })
export class DisposeVoterOpinionInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => VoterOpinionActionEnum, { description: '处理方式 / Action' })
  action: VoterOpinionAction;

  @Field(() => String, { nullable: true, description: '答复内容(答复时)/ The answer (ANSWER)' })
  @IsOptional()
  @MaxLength(10_000)
  answer?: string | null;

  @Field(() => ID, { nullable: true, description: '转交单位(转交时)/ Organization (REFER)' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '建议编号(转为建议时,由建议模块创建)/ Suggestion id (TO_SUGGESTION; created by the suggestions module)' })
  suggestionId?: string | null;

  @Field(() => String, { nullable: true, description: '处理日期(默认今天)/ Date (today by default)' })
  handledOn?: string | null;
}

@InputType({ description: '联系选民筛选 / Voter contact filter' })
export class VoterContactFilter {
  @Field(() => ID, { nullable: true, description: '代表 / Deputy' })
  deputyId?: string;

  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => VoterContactKindEnum, { nullable: true, description: '方式 / Kind' })
  kind?: VoterContactKind;

  @Field(() => ID, { nullable: true, description: '联络站 / Liaison station' })
  stationId?: string;
}

@InputType({ description: '接待日筛选 / Reception day filter' })
export class ReceptionDayFilter {
  @Field(() => ID, { nullable: true, description: '联络站 / Liaison station' })
  stationId?: string;

  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => ID, { nullable: true, description: '值班代表 / Deputy on duty' })
  deputyId?: string;
}

@InputType({ description: '民意筛选 / Opinion filter' })
export class VoterOpinionFilter {
  @Field(() => VoterOpinionStatusEnum, { nullable: true, description: '处理状态 / Status' })
  status?: VoterOpinionStatus;

  @Field(() => ID, { nullable: true, description: '代表 / Deputy' })
  deputyId?: string;

  @Field(() => Int, { nullable: true, description: '年度(按联系或日记日期)/ Year, by the date of the contact or diary entry' })
  year?: number;
}
