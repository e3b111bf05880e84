import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import type { OrganEvaluationPhase } from '@luzhi/shared';
import { OrganEvaluationPhaseEnum } from '../duty.enums';

@InputType({ description: '新建评议国家机关 / A new state-organ evaluation' })
export class CreateOrganEvaluationInput {
  @Field(() => ID, { description: '被评议机关 / The organ' })
  organizationId: string;

  @Field(() => Int, { description: '年度 / Year' })
  year: number;

  @Field(() => String, { description: '标题 / Title' })
  @Length(1, 200)
  title: string;

  @Field(() => String, { nullable: true, description: '评议方案 / Plan' })
  @IsOptional()
  @MaxLength(50_000)
  plan?: string | null;
}

@InputType({ description: '修改评议 / Changes to an evaluation' })
export class UpdateOrganEvaluationInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { nullable: true, description: '标题 / Title' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: '评议方案 / Plan' })
  @IsOptional()
  @MaxLength(50_000)
  plan?: string;

  @Field(() => String, { nullable: true, description: '评议结论 / Conclusion' })
  @IsOptional()
  @MaxLength(50_000)
  conclusion?: string | null;
}

@InputType({ description: '一位代表的测评 / One deputy\'s rating' })
export class OrganRatingInput {
  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => Int, { description: '测评分 0–100 / Score 0–100' })
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => String, { nullable: true, description: '意见 / Opinion' })
  @IsOptional()
  @MaxLength(5000)
  opinion?: string | null;
}

@InputType({ description: '新的整改事项 / A new rectification item' })
export class RectificationItemInput {
  @Field(() => String, { description: '问题与整改要求 / Problem and what must change' })
  @Length(1, 5000)
  description: string;

  @Field(() => ID, { nullable: true, description: '责任单位(默认为被评议机关)/ Responsible organization (the organ by default)' })
  responsibleOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '提出的代表 / Deputy who raised it' })
  raisedByDeputyId?: string | null;

  @Field(() => String, { nullable: true, description: '整改期限 / Due date' })
  dueOn?: string | null;
}

@InputType({ description: '评议筛选 / Evaluation filter' })
export class OrganEvaluationFilter {
  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => OrganEvaluationPhaseEnum, { nullable: true, description: '阶段 / Phase' })
  phase?: OrganEvaluationPhase;

  @Field(() => ID, { nullable: true, description: '被评议机关 / Organ' })
  organizationId?: string;
}
