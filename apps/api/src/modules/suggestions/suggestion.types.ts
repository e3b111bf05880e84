import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CongressLevel, SuggestionDimension, SuggestionMeasure, SuggestionStatus } from '@luzhi/shared';
import { Connection } from '../../common/pagination';
import { CongressLevelEnum } from '../registry/registry.enums';
import { Assignment } from './assignment.entity';
import { Suggestion } from './suggestion.entity';
import { SuggestionDimensionEnum, SuggestionMeasureEnum, SuggestionStatusEnum } from './suggestion.enums';

@ObjectType({ description: '建议列表 / A page of suggestions' })
export class SuggestionConnection extends Connection(Suggestion, 'Suggestion') {}

@ObjectType({ description: '交办件列表 / A page of assignments' })
export class AssignmentConnection extends Connection(Assignment, 'Assignment') {}

@ObjectType({ description: '可能重复的建议(摘要)/ A possibly duplicate suggestion, in summary' })
export class SimilarSuggestion {
  @Field(() => ID, { description: '建议 / Suggestion id' }) id: string;
  @Field(() => String, { description: '标题 / Title' }) title: string;
  @Field(() => String, { nullable: true, description: '登记编号 / Registration number' }) registrationNumber: string | null;
  @Field(() => SuggestionStatusEnum, { description: '状态 / Status' }) status: SuggestionStatus;
  @Field(() => String, { nullable: true, description: '会议(闭会期间为空)/ Session, empty in recess' }) sessionName: string | null;
  @Field(() => String, { description: '领衔代表 / Lead deputy' }) leadDeputyName: string;
  @Field(() => Float, { description: '相似度 0–1(pg_trgm)/ Similarity 0–1 (pg_trgm)' }) similarity: number;
}

@ObjectType({ description: '统计行的一个维度取值 / One dimension value of a statistics row' })
export class SuggestionStatsKey {
  @Field(() => SuggestionDimensionEnum, { description: '维度 / Dimension' }) dimension: SuggestionDimension;
  @Field(() => String, { nullable: true, description: '取值(编号或代码;空表示“无”,如闭会期间)/ Key: an id or code; null for none, e.g. in recess' }) key: string | null;
  @Field(() => String, { description: '显示名称 / Label' }) label: string;
}

@ObjectType({ description: '一个指标的值 / The value of one measure' })
export class SuggestionMeasureValue {
  @Field(() => SuggestionMeasureEnum, { description: '指标 / Measure' }) measure: SuggestionMeasure;
  @Field(() => Float, { nullable: true, description: '值:计数,或 0–1 的比率(分母为 0 时为空)/ A count, or a rate 0–1 (null when the denominator is 0)' }) value: number | null;
  @Field(() => Int, { description: '分子(计数指标即其值)/ Numerator (a count\'s value)' }) numerator: number;
  @Field(() => Int, { nullable: true, description: '分母(比率指标)/ Denominator, for rates' }) denominator: number | null;
}

@ObjectType({ description: '统计行:各维度取值与各指标 / A statistics row: dimension values and measures' })
export class SuggestionStatsRow {
  @Field(() => [SuggestionStatsKey], { description: '维度取值,顺序同 groupBy / Dimension values, in groupBy order' }) dimensions: SuggestionStatsKey[];
  @Field(() => [SuggestionMeasureValue], { description: '全部指标 / Every measure' }) measures: SuggestionMeasureValue[];
}

@ObjectType({ description: '导出的文件 / An exported file' })
export class ExportFile {
  @Field(() => String, { description: '文件名 / File name' }) filename: string;
  @Field(() => String, { description: '媒体类型 / Media type' }) contentType: string;
  @Field(() => String, { description: '内容(Base64)/ Content, base64' }) base64: string;
  @Field(() => Int, { description: '字节数 / Size in bytes' }) size: number;
}

@ObjectType({ description: '某级人大议案所需联名人数 / Signers a motion needs at one congress level' })
export class MotionSignerRule {
  @Field(() => CongressLevelEnum, { description: '人大层级 / Level' }) level: CongressLevel;
  @Field(() => Int, { description: '联名代表人数(含领衔)/ Deputies signing, the lead counted' }) signers: number;
}

@ObjectType({ description: '建议办理规则(可配置)/ The configurable handling rules' })
export class SuggestionRulesView {
  @Field(() => Int, { description: '答复期限(月)/ Months to reply' }) replyMonths: number;
  @Field(() => Int, { description: '延期后期限(月)/ Months with an approved extension' }) extendedReplyMonths: number;
  @Field(() => Int, { description: '申请退回期限(工作日)/ Working days to ask for a return' }) returnWorkingDays: number;
  @Field(() => Int, { description: '协办意见期限(月)/ Months for co-units\' views' }) coUnitViewMonths: number;
  @Field(() => Int, { description: '不满意后重新答复期限(月)/ Months for the new reply after UNSATISFIED' }) rehandleMonths: number;
  @Field(() => Int, { description: '承诺临期提醒(天)/ Days ahead a commitment shows as coming due' }) commitmentDueSoonDays: number;
  @Field(() => Float, { description: '重复建议相似度阈值 / Similarity threshold for possible duplicates' }) similarityThreshold: number;
  @Field(() => [MotionSignerRule], { description: '议案联名人数 / Signers a motion needs, per level' }) motionMinSigners: MotionSignerRule[];
}

@ObjectType({ description: '可选的代表(提出建议时选择领衔或附议代表)/ A deputy to choose as lead or co-signer' })
export class DeputyOption {
  @Field(() => ID, { description: '代表 / Deputy id' }) id: string;
  @Field(() => String, { description: '姓名 / Name' }) name: string;
  @Field(() => String, { nullable: true, description: '工作单位 / Work unit' }) workUnit: string | null;
}
