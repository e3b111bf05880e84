import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import type { DutyAttendanceRole, ObjectionStatus, ScoreGrade } from '@luzhi/shared';
import { Connection } from '../../../common/pagination';
import { DutyAttendanceRoleEnum, ObjectionStatusEnum, ScoreGradeEnum } from '../duty.enums';

@ObjectType({ description: '履职档案计入的一类记录 / One kind of record the duty record counts' })
export class DutySourceInfo {
  @Field(() => String, { description: '项目键 / Item key' }) key: string;
  @Field(() => String, { description: '名称(中文)/ Name in Chinese' }) labelZh: string;
  @Field(() => String, { description: '名称(英文)/ Name in English' }) labelEn: string;
  @Field(() => String, { description: '单位(中文)/ Unit in Chinese' }) unitZh: string;
  @Field(() => String, { description: '单位(英文)/ Unit in English' }) unitEn: string;
  @Field(() => Int, { description: '显示顺序 / Display order' }) order: number;
  @Field(() => DutyAttendanceRoleEnum, { nullable: true, description: '计入出勤率的方式 / How it counts towards attendance' }) attendance: DutyAttendanceRole | null;
  @Field(() => Float, { description: '默认每单位分值 / Default points per unit' }) defaultPoints: number;
  @Field(() => Float, { nullable: true, description: '默认得分上限 / Default cap' }) defaultMaxPoints: number | null;
  @Field(() => String, { description: '记录类型 / Kind of record behind it' }) recordType: string;
  @Field(() => String, { nullable: true, description: '管理端页面 / Admin page showing such records' }) adminPath: string | null;
}

@ObjectType({ description: '履职档案的一项:数量与得分 / One item of a duty record: the number and its points' })
export class DutyRecordItem extends DutySourceInfo {
  @Field(() => Float, { description: '数量(次数、小时或平均分)/ The number: a count, hours, or an average' }) value: number;
  @Field(() => Float, { description: '得分 / Points' }) points: number;
  @Field(() => Float, { description: '生效的每单位分值 / Points per unit in force' }) pointsPerUnit: number;
  @Field(() => Float, { nullable: true, description: '生效的得分上限 / Cap in force' }) maxPoints: number | null;
}

@ObjectType({ description: '履职档案:代表一年的履职情况,由各项记录自动计算 / A deputy\'s duty record for a year, counted from the records themselves' })
export class DutyRecord {
  @Field(() => ID, { description: '代表 / Deputy' }) deputyId: number;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field(() => Float, { description: '履职积分(0–100)/ Score, 0–100' }) score: number;
  @Field(() => ScoreGradeEnum, { description: '等次 / Grade' }) grade: ScoreGrade;
  @Field(() => Float, { description: '出席次数 / Times attended' }) attended: number;
  @Field(() => Float, { description: '请假次数 / Times on leave' }) onLeave: number;
  @Field(() => Float, { description: '缺席次数 / Times absent' }) absent: number;
  @Field(() => Float, { nullable: true, description: '出勤率(%,请假按未出席计)/ Attendance rate, percent (leave counts as not attending)' }) attendancePercent: number | null;
  @Field(() => Int, { nullable: true, description: '所用积分表的生效年度(空为默认积分)/ Year of the points table used; empty: the defaults' }) ruleSetYear: number | null;
  @Field(() => [DutyRecordItem], { description: '各项 / Items' }) items: DutyRecordItem[];
}

@ObjectType({ description: '积分排名中的一位代表 / A deputy\'s place in a duty-score ranking' })
export class DutyRankingEntry {
  @Field(() => Int, { description: '名次(积分高者在前;同分按出勤率、姓名拼音)/ Place: higher score first, then attendance rate, then name' }) rank: number;
  @Field(() => ID, { description: '代表 / Deputy' }) deputyId: number;
  @Field(() => Float, { description: '履职积分(0–100)/ Score, 0–100' }) score: number;
  @Field(() => ScoreGradeEnum, { description: '等次 / Grade' }) grade: ScoreGrade;
  @Field(() => Float, { nullable: true, description: '出勤率(%)/ Attendance rate, percent' }) attendancePercent: number | null;
}

@ObjectType({ description: '一届代表的履职积分排名(首页所示,按设定的间隔计算)/ A term\'s deputies ranked by duty score, as the dashboard shows them, counted at most every few minutes' })
export class DutyRanking extends Connection(DutyRankingEntry, 'DutyRankingEntry') {
  @Field(() => Date, { description: '计算时间 / When it was counted' }) asOf: Date;
  @Field(() => Int, { description: '排名的最长保留秒数,过后重新计算(0 为实时)/ Seconds a ranking is kept before it is counted again (0: live)' }) maxAgeSeconds: number;
}

@ObjectType({ description: '某项数字背后的一条记录 / One record behind a number' })
export class DutyRecordEntry {
  @Field(() => ID, { description: '记录编号 / Record id' }) recordId: number;
  @Field(() => String, { description: '记录类型 / Kind of record' }) recordType: string;
  @Field(() => String, { nullable: true, description: '日期 / Date' }) occurredOn: string | null;
  @Field(() => String, { description: '标题 / Title' }) title: string;
  @Field(() => String, { nullable: true, description: '说明 / Detail' }) detail: string | null;
  @Field(() => Float, { description: '计数值 / Value counted' }) value: number;
  @Field(() => String, { nullable: true, description: '管理端页面 / Admin page' }) adminPath: string | null;
}

@ObjectType({ description: '生效的积分规则 / A points rule in force' })
export class EffectiveScoringRule {
  @Field(() => String, { description: '项目键 / Item key' }) itemKey: string;
  @Field(() => String, { description: '名称(中文)/ Name in Chinese' }) labelZh: string;
  @Field(() => String, { description: '名称(英文)/ Name in English' }) labelEn: string;
  @Field(() => String, { description: '单位(中文)/ Unit in Chinese' }) unitZh: string;
  @Field(() => String, { description: '单位(英文)/ Unit in English' }) unitEn: string;
  @Field(() => Float, { description: '每单位分值 / Points per unit' }) points: number;
  @Field(() => Float, { nullable: true, description: '得分上限 / Cap' }) maxPoints: number | null;
  @Field(() => Boolean, { description: '来自积分表(否则为默认)/ Set by the points table (else the default)' }) fromTable: boolean;
}

@ObjectType({ description: '某年度生效的积分表 / The points table in force for a year' })
export class EffectiveScoringRules {
  @Field(() => Int, { description: '查询年度 / The year asked about' }) year: number;
  @Field(() => ID, { nullable: true, description: '积分表编号(空为默认)/ Points table id; empty: the defaults' }) ruleSetId: number | null;
  @Field(() => Int, { nullable: true, description: '积分表生效年度 / Its first year' }) effectiveYear: number | null;
  @Field(() => Int, { nullable: true, description: '积分表版本号 / Its version' }) version: number | null;
  @Field(() => Int, { description: '“好”的分数线 / Good from' }) goodFrom: number;
  @Field(() => Int, { description: '“较好”的分数线 / Fair from' }) fairFrom: number;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note: string | null;
  @Field(() => [EffectiveScoringRule], { description: '各项规则 / Rules' }) rules: EffectiveScoringRule[];
}

@InputType({ description: '一项积分规则 / One points rule' })
export class ScoringRuleInput {
  @Field(() => String, { description: '项目键 / Item key' })
  @Length(1, 60)
  itemKey: string;

  @Field(() => Float, { description: '每单位分值(可为负)/ Points per unit (may be negative)' })
  @Min(-1000)
  @Max(1000)
  points: number;

  @Field(() => Float, { nullable: true, description: '得分上限(空为不设上限)/ Cap (empty: none)' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  maxPoints?: number | null;
}

@InputType({ description: '保存积分表(自某年起生效;整体替换该年的规则)/ Save the points table of a year; its rules are replaced' })
export class ScoringRuleSetInput {
  @Field(() => Int, { description: '生效年度 / First year it applies to' })
  effectiveYear: number;

  @Field(() => Int, { nullable: true, description: '修改已有积分表时的版本号 / Version, when changing an existing table' })
  version?: number | null;

  @Field(() => Int, { description: '“好”的分数线 / Good from' })
  @Min(0)
  @Max(100)
  goodFrom: number;

  @Field(() => Int, { description: '“较好”的分数线 / Fair from' })
  @Min(0)
  @Max(100)
  fairFrom: number;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => [ScoringRuleInput], { description: '规则(未列出的项目用默认分值)/ Rules; items not listed use their defaults' })
  @ArrayMaxSize(200)
  rules: ScoringRuleInput[];
}

@InputType({ description: '对履职档案某项提出异议 / An objection to an item of a duty record' })
export class RaiseObjectionInput {
  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => Int, { description: '年度 / Year' })
  year: number;

  @Field(() => String, { description: '项目键 / Item key' })
  @Length(1, 60)
  itemKey: string;

  @Field(() => String, { description: '理由 / Reason' })
  @Length(1, 5000)
  reason: string;
}

@InputType({ description: '处理异议 / Resolve an objection' })
export class ResolveObjectionInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => Boolean, { description: '是否采纳(采纳前应先更正记录)/ Accepted (correct the records first)' })
  accepted: boolean;

  @Field(() => String, { description: '处理意见 / Resolution' })
  @Length(1, 5000)
  resolution: string;
}

@InputType({ description: '履职档案列表筛选 / Duty record list filter' })
export class DutyRecordFilter {
  @Field(() => ID, { nullable: true, description: '届(该年在任的代表)/ Term: its deputies serving that year' })
  termId?: string;

  @Field(() => ID, { nullable: true, description: '小组(当前成员)/ Group: its current members' })
  groupId?: string;

  @Field(() => String, { nullable: true, description: '姓名或拼音 / Name or pinyin' })
  @IsOptional()
  @MaxLength(50)
  search?: string;
}

export enum DutyRecordSort {
  SCORE_DESC = 'SCORE_DESC',
  SCORE_ASC = 'SCORE_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(DutyRecordSort, {
  name: 'DutyRecordSort',
  description: '履职档案排序 / Duty record order',
  valuesConfig: {
    SCORE_DESC: { description: '得分从高到低 / Highest score first' },
    SCORE_ASC: { description: '得分从低到高 / Lowest score first' },
    NAME_ASC: { description: '按姓名拼音 / By name (pinyin)' },
  },
});

@InputType({ description: '异议筛选 / Objection filter' })
export class ObjectionFilter {
  @Field(() => ObjectionStatusEnum, { nullable: true, description: '状态 / Status' })
  status?: ObjectionStatus;

  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => ID, { nullable: true, description: '代表 / Deputy' })
  deputyId?: string;
}
