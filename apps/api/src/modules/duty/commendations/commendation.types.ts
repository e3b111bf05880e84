import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import type { CommendationKind, ScoreGrade } from '@luzhi/shared';
import { CommendationKindEnum, ScoreGradeEnum } from '../duty.enums';

@ObjectType({ description: '表彰候选(按履职积分排名)/ A commendation candidate, ranked by duty-record score' })
export class CommendationCandidate {
  @Field(() => Int, { description: '名次 / Rank' }) rank: number;
  @Field(() => ID, { nullable: true, description: '代表(优秀代表)/ Deputy, for excellent deputies' }) deputyId: number | null;
  @Field(() => ID, { nullable: true, description: '小组(先进小组)/ Group, for advanced groups' }) groupId: number | null;
  @Field(() => Float, { description: '积分(小组为成员平均分)/ Score (a group\'s members\' average)' }) score: number;
  @Field(() => ScoreGradeEnum, { nullable: true, description: '等次(代表)/ Grade, for deputies' }) grade: ScoreGrade | null;
  @Field(() => Float, { nullable: true, description: '出勤率或参加活动率(%)/ Attendance or participation rate, percent' }) attendancePercent: number | null;
  @Field(() => Int, { nullable: true, description: '小组人数 / Group size' }) members: number | null;
  @Field(() => Boolean, { description: '符合评选条件 / Meets the rules' }) eligible: boolean;
  @Field(() => Boolean, { description: '本年已表彰 / Already commended this year' }) commended: boolean;
}

@InputType({ description: '表彰对象 / One commended deputy or group' })
export class CommendationEntryInput {
  @Field(() => ID, { nullable: true, description: '代表(优秀代表)/ Deputy' })
  deputyId?: string | null;

  @Field(() => ID, { nullable: true, description: '小组(先进小组)/ Group' })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: '表彰依据(默认按积分生成)/ Basis (made from the score when empty)' })
  @IsOptional()
  @MaxLength(5000)
  basis?: string | null;
}

@InputType({ description: '记录一批表彰(一个事务)/ Record commendations, in one transaction' })
export class RecordCommendationsInput {
  @Field(() => Int, { description: '年度 / Year' })
  year: number;

  @Field(() => CommendationKindEnum, { description: '类别 / Kind' })
  kind: CommendationKind;

  @Field(() => String, { nullable: true, description: '称号(默认“某年度优秀人大代表”)/ Title' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: '表彰日期 / Awarded on' })
  awardedOn?: string | null;

  @Field(() => [CommendationEntryInput], { description: '表彰对象 / Who is commended' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries: CommendationEntryInput[];
}

@InputType({ description: '修改表彰 / Changes to a commendation' })
export class UpdateCommendationInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { nullable: true, description: '称号 / Title' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: '表彰依据 / Basis' })
  @IsOptional()
  @Length(1, 5000)
  basis?: string;

  @Field(() => String, { nullable: true, description: '表彰日期 / Awarded on' })
  awardedOn?: string | null;
}

@InputType({ description: '表彰筛选 / Commendation filter' })
export class CommendationFilter {
  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => CommendationKindEnum, { nullable: true, description: '类别 / Kind' })
  kind?: CommendationKind;
}
