import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type {
  CongressLevel, FeedbackVerdict, HolidayKind, MeetingStage, ReplyCategory, AssignmentRole, AssignmentStatus, SuggestionField, SuggestionKind,
  SuggestionSourceKind, SuggestionStatus,
} from '@luzhi/shared';
import {
  AssignmentRoleEnum, AssignmentStatusEnum, FeedbackVerdictEnum, HolidayKindEnum, MeetingStageEnum, ReplyCategoryEnum, SuggestionFieldEnum,
  SuggestionKindEnum, SuggestionSourceKindEnum, SuggestionStatusEnum,
} from './suggestion.enums';
import { CongressLevelEnum } from '../registry/registry.enums';

@InputType({ description: '提出建议或议案 / A new suggestion or motion' })
export class CreateSuggestionInput {
  @Field(() => SuggestionKindEnum, { description: '类别;议案联名人数不足时转为建议 / Kind; a motion without enough signers becomes a suggestion' })
  kind: SuggestionKind;

  @Field(() => String, { description: '标题 / Title' })
  @Length(2, 200)
  title: string;

  @Field(() => String, { description: '内容 / Content' })
  @Length(2, 20000)
  content: string;

  @Field(() => SuggestionFieldEnum, { description: '领域 / Field' })
  field: SuggestionField;

  @Field(() => ID, { nullable: true, description: '大会期间:会议 / In session: the session' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: '闭会期间:届(大会期间可省略)/ In recess: the term (implied by a session)' })
  termId?: string | null;

  @Field(() => ID, { nullable: true, description: '领衔代表;代表本人提出时省略 / Lead deputy; omitted when a deputy submits their own' })
  leadDeputyId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: '附议代表 / Co-signing deputies' })
  @ArrayMaxSize(200)
  coSignerIds: string[];

  @Field(() => SuggestionSourceKindEnum, { nullable: true, description: '来源类型 / Source kind' })
  sourceKind?: SuggestionSourceKind | null;

  @Field(() => ID, { nullable: true, description: '来源记录编号 / Source record id' })
  sourceId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '由这些视察问题转成:与建议在同一事务中双向关联,来源记为视察问题,须存为草稿 / Made from these findings: linked both ways in the same transaction, the source set to them; saved as a draft',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  findingIds?: string[] | null;

  @Field(() => Boolean, { defaultValue: true, description: '立即提交(否则存为草稿)/ Submit now (otherwise kept as a draft)' })
  submit: boolean;
}

@InputType({ description: '修改建议(登记前)/ Changes to a suggestion before it is registered' })
export class UpdateSuggestionInput {
  @Field(() => Int, { description: '读取时的版本 / The version you read' }) version: number;

  @Field(() => SuggestionKindEnum, { nullable: true, description: '类别 / Kind' }) kind?: SuggestionKind;

  @Field(() => String, { nullable: true, description: '标题 / Title' })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: '内容 / Content' })
  @IsOptional()
  @Length(2, 20000)
  content?: string;

  @Field(() => SuggestionFieldEnum, { nullable: true, description: '领域 / Field' }) field?: SuggestionField;

  @Field(() => [ID], { nullable: true, description: '附议代表(整体替换)/ Co-signers (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(200)
  coSignerIds?: string[];
}

@InputType({ description: '交办 / Assignment to a lead unit and co-units' })
export class AssignSuggestionInput {
  @Field(() => Int, { description: '建议的版本 / The suggestion\'s version' }) version: number;
  @Field(() => ID, { description: '主办单位 / Lead unit' }) leadUnitId: string;

  @Field(() => [ID], { defaultValue: [], description: '协办单位 / Co-units' })
  @ArrayMaxSize(20)
  coUnitIds: string[];

  @Field(() => String, { nullable: true, description: '交办日期(默认今天;补录纸质交办时填写)/ Assigned on (default today; for paper records)' })
  assignedOn?: string | null;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: '申请退回或延期 / A unit\'s request, with its reason' })
export class AssignmentRequestInput {
  @Field(() => Int, { description: '交办件的版本 / The assignment\'s version' }) version: number;

  @Field(() => String, { description: '理由 / Reason' })
  @Length(2, 2000)
  reason: string;
}

@InputType({ description: '对退回申请的处理 / Staff\'s decision on a return request' })
export class DecideReturnInput {
  @Field(() => Int, { description: '交办件的版本 / The assignment\'s version' }) version: number;
  @Field(() => Boolean, { description: '同意退回 / Accept the return' }) accept: boolean;

  @Field(() => String, { nullable: true, description: '意见 / Note' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: '同意退回主办件时,改交的主办单位 / On accepting a lead unit\'s return: the new lead unit' })
  newLeadUnitId?: string | null;
}

@InputType({ description: '对延期申请的处理 / Staff\'s decision on an extension request' })
export class DecideExtensionInput {
  @Field(() => Int, { description: '交办件的版本 / The assignment\'s version' }) version: number;
  @Field(() => Boolean, { description: '批准延期 / Approve' }) approve: boolean;

  @Field(() => String, { nullable: true, description: '意见 / Note' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: '重新交办 / A new lead unit (and co-units)' })
export class ReassignSuggestionInput extends AssignSuggestionInput {}

@InputType({ description: '见面沟通记录 / A meeting with the deputy' })
export class MeetingInput {
  @Field(() => MeetingStageEnum, { description: '阶段 / Stage' }) stage: MeetingStage;
  @Field(() => String, { description: '日期 / Date' }) meetingDate: string;

  @Field(() => String, { nullable: true, description: '参加人员 / Who took part' })
  @IsOptional()
  @MaxLength(300)
  participants?: string | null;

  @Field(() => String, { nullable: true, description: '沟通情况 / What was discussed' })
  @IsOptional()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType({ description: '承诺事项 / A commitment with its due date' })
export class CommitmentInput {
  @Field(() => String, { description: '承诺内容 / What is promised' })
  @Length(2, 2000)
  content: string;

  @Field(() => String, { description: '完成时限 / Due date' }) dueDate: string;
}

@InputType({ description: '答复 / A reply' })
export class ReplyInput {
  @Field(() => Int, { description: '建议的版本 / The suggestion\'s version' }) version: number;
  @Field(() => ReplyCategoryEnum, { description: '类别 / Category' }) category: ReplyCategory;

  @Field(() => String, { description: '答复内容 / Text' })
  @Length(2, 20000)
  content: string;

  @Field(() => String, { nullable: true, description: '答复日期(默认今天)/ Replied on (default today)' })
  repliedOn?: string | null;

  @Field(() => [ID], { defaultValue: [], description: '附件(先 POST /files 上传)/ Attachments, uploaded first with POST /files' })
  @ArrayMaxSize(10)
  attachmentIds: string[];

  @Field(() => [CommitmentInput], { defaultValue: [], description: 'B、C 类的承诺事项 / Commitments of a B or C reply' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  commitments: CommitmentInput[];
}

@InputType({ description: '代表评价 / The deputy\'s verdict' })
export class FeedbackInput {
  @Field(() => Int, { description: '建议的版本 / The suggestion\'s version' }) version: number;
  @Field(() => FeedbackVerdictEnum, { description: '评价 / Verdict' }) verdict: FeedbackVerdict;

  @Field(() => String, { nullable: true, description: '意见 / Comment' })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: '评价日期(默认今天;工作人员补录时填写)/ Date (default today; for staff entering a paper form)' })
  givenOn?: string | null;
}

@InputType({ description: '落实进展 / A progress entry' })
export class ProgressInput {
  @Field(() => String, { description: '进展情况 / What happened' })
  @Length(2, 5000)
  content: string;

  @Field(() => ID, { nullable: true, description: '对应承诺 / The commitment concerned' }) commitmentId?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: '已解决 / Solved' }) solved: boolean;
  @Field(() => String, { nullable: true, description: '日期(默认今天)/ Date (default today)' }) entryDate?: string | null;
}

@InputType({ description: '建议筛选 / Suggestion filter' })
export class SuggestionFilter {
  @Field(() => String, { nullable: true, description: '标题、内容或编号包含 / Title, content or number contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => [SuggestionStatusEnum], { nullable: true, description: '状态 / Statuses' }) statuses?: SuggestionStatus[];
  @Field(() => SuggestionKindEnum, { nullable: true, description: '类别 / Kind' }) kind?: SuggestionKind;
  @Field(() => SuggestionFieldEnum, { nullable: true, description: '领域 / Field' }) field?: SuggestionField;
  @Field(() => ID, { nullable: true, description: '届 / Term' }) termId?: string;
  @Field(() => ID, { nullable: true, description: '会议 / Session' }) sessionId?: string;
  @Field(() => Boolean, { nullable: true, description: '大会期间(是)或闭会期间(否)/ In session (true) or in recess (false)' }) inSession?: boolean;
  @Field(() => ID, { nullable: true, description: '主办单位 / Lead unit' }) leadUnitId?: string;
  @Field(() => ID, { nullable: true, description: '主办或协办单位 / Lead unit or co-unit' }) unitId?: string;
  @Field(() => ID, { nullable: true, description: '领衔或附议代表 / Lead or co-signing deputy' }) deputyId?: string;
  @Field(() => Boolean, { nullable: true, description: '逾期未答复 / Past the reply due date without a reply' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: '重点督办 / Key supervision' }) keySupervision?: boolean;
  @Field(() => Int, { nullable: true, description: '提出年度 / Year submitted' }) year?: number;
  @Field(() => SuggestionSourceKindEnum, { nullable: true, description: '来源类型 / Source kind' }) sourceKind?: SuggestionSourceKind;
  @Field(() => ID, { nullable: true, description: '来源记录(与来源类型一起)/ Source record, with the source kind' }) sourceId?: string;
}

export enum SuggestionSort {
  SUBMITTED_DESC = 'SUBMITTED_DESC',
  SUBMITTED_ASC = 'SUBMITTED_ASC',
  DUE_DATE_ASC = 'DUE_DATE_ASC',
  NUMBER_ASC = 'NUMBER_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
}
registerEnumType(SuggestionSort, {
  name: 'SuggestionSort',
  description: '建议排序 / How to order suggestions',
  valuesConfig: {
    SUBMITTED_DESC: { description: '最近提出在前 / Newest first' },
    SUBMITTED_ASC: { description: '最早提出在前 / Oldest first' },
    DUE_DATE_ASC: { description: '答复期限最近在前 / Nearest reply due date first' },
    NUMBER_ASC: { description: '按编号 / By registration number' },
    UPDATED_DESC: { description: '最近变动在前 / Most recently changed first' },
  },
});

@InputType({ description: '交办件筛选(承办单位收件箱)/ Assignment filter (a unit\'s inbox)' })
export class AssignmentFilter {
  @Field(() => ID, { nullable: true, description: '单位(承办单位用户只能看本单位)/ Unit (a unit\'s user sees only their own)' }) organizationId?: string;
  @Field(() => AssignmentRoleEnum, { nullable: true, description: '主办或协办 / Role' }) role?: AssignmentRole;
  @Field(() => [AssignmentStatusEnum], { nullable: true, description: '交办件状态(默认办理中和申请退回)/ Statuses (default: active and return requested)' }) statuses?: AssignmentStatus[];
  @Field(() => [SuggestionStatusEnum], { nullable: true, description: '建议状态 / Suggestion statuses' }) suggestionStatuses?: SuggestionStatus[];
  @Field(() => Boolean, { nullable: true, description: '逾期未答复 / Overdue' }) overdue?: boolean;
}

@InputType({ description: '统计范围 / Which suggestions the statistics cover' })
export class SuggestionStatsFilter {
  @Field(() => CongressLevelEnum, { nullable: true, description: '人大层级(其各届的建议)/ Congress level: the suggestions of its terms' }) congressLevel?: CongressLevel;
  @Field(() => ID, { nullable: true, description: '届 / Term' }) termId?: string;
  @Field(() => ID, { nullable: true, description: '会议 / Session' }) sessionId?: string;
  @Field(() => Boolean, { nullable: true, description: '大会期间或闭会期间 / In session or in recess' }) inSession?: boolean;
  @Field(() => Int, { nullable: true, description: '提出年度 / Year' }) year?: number;
  @Field(() => ID, { nullable: true, description: '主办单位 / Lead unit' }) unitId?: string;
  @Field(() => SuggestionFieldEnum, { nullable: true, description: '领域 / Field' }) field?: SuggestionField;
  @Field(() => SuggestionKindEnum, { nullable: true, description: '类别 / Kind' }) kind?: SuggestionKind;
  @Field(() => ID, { nullable: true, description: '领衔代表 / Lead deputy' }) deputyId?: string;
  @Field(() => ID, { nullable: true, description: '代表小组 / Group' }) groupId?: string;
  @Field(() => Boolean, { nullable: true, description: '重点督办 / Key supervision' }) keySupervision?: boolean;
}

@InputType({ description: '办理规则(未填的保持不变)/ Handling rules; unset fields stay as they are' })
export class SuggestionRulesInput {
  @Field(() => Int, { nullable: true, description: '答复期限(月)/ Months to reply' }) @IsOptional() @Min(1) @Max(12) replyMonths?: number;
  @Field(() => Int, { nullable: true, description: '延期后期限(月)/ Months with an extension' }) @IsOptional() @Min(1) @Max(24) extendedReplyMonths?: number;
  @Field(() => Int, { nullable: true, description: '申请退回期限(工作日)/ Working days to ask for a return' }) @IsOptional() @Min(1) @Max(60) returnWorkingDays?: number;
  @Field(() => Int, { nullable: true, description: '协办意见期限(月)/ Months for co-units\' views' }) @IsOptional() @Min(1) @Max(12) coUnitViewMonths?: number;
  @Field(() => Int, { nullable: true, description: '重新办理期限(月)/ Months to reply again after UNSATISFIED' }) @IsOptional() @Min(1) @Max(12) rehandleMonths?: number;
  @Field(() => Int, { nullable: true, description: '承诺临期提醒(天)/ Days ahead a commitment shows as coming due' }) @IsOptional() @Min(1) @Max(365) commitmentDueSoonDays?: number;
  @Field(() => Float, { nullable: true, description: '重复建议相似度阈值 0–1 / Similarity threshold for possible duplicates' }) @IsOptional() @Min(0.05) @Max(1) similarityThreshold?: number;
  @Field(() => Int, { nullable: true, description: '乡镇人大议案联名人数 / Signers a township motion needs' }) @IsOptional() @Min(1) @Max(100) motionMinSignersTownship?: number;
  @Field(() => Int, { nullable: true, description: '区县人大议案联名人数 / Signers a county motion needs' }) @IsOptional() @Min(1) @Max(100) motionMinSignersCounty?: number;
  @Field(() => Int, { nullable: true, description: '市人大议案联名人数 / Signers a city motion needs' }) @IsOptional() @Min(1) @Max(100) motionMinSignersCity?: number;
  @Field(() => Int, { nullable: true, description: '省人大议案联名人数 / Signers a provincial motion needs' }) @IsOptional() @Min(1) @Max(100) motionMinSignersProvince?: number;
  @Field(() => Int, { nullable: true, description: '全国人大议案联名人数 / Signers a national motion needs' }) @IsOptional() @Min(1) @Max(200) motionMinSignersNational?: number;
}

@InputType({ description: '节假日日历中的一天 / A day of the holiday calendar' })
export class HolidayInput {
  @Field(() => String, { description: '日期 / Date' }) date: string;

  @Field(() => String, { description: '名称 / Name' })
  @Length(1, 50)
  name: string;

  @Field(() => HolidayKindEnum, { defaultValue: 'HOLIDAY', description: '节假日或调休上班日 / Holiday or make-up working day' }) kind: HolidayKind;
}
