import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, Length, MaxLength } from 'class-validator';

export const QUERY_TEXT_MAX = 50_000;

@InputType({ description: '保存一个查询 / A query to save' })
export class SavedQueryInput {
  @Field(() => String, { description: '名称(同一创建者下唯一)/ Name, unique per owner' })
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: '说明 / What question it answers' })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { description: 'GraphQL 查询文本 / The GraphQL document' })
  @Length(1, QUERY_TEXT_MAX)
  query: string;

  @Field(() => GraphQLJSON, { nullable: true, description: '查询变量(JSON 对象)/ The variables, a JSON object' })
  variables?: Record<string, unknown> | null;

  @Field(() => Boolean, { nullable: true, description: '与其他分析员共享(默认否)/ Share with the other analysts (default: no)' })
  shared?: boolean;
}

@InputType({ description: '修改保存的查询;version 必须是读到的版本 / Changes to a saved query; `version` must be the one you read' })
export class UpdateSavedQueryInput {
  @Field(() => Int, { description: '读到的版本号 / The version you read' })
  version: number;

  @Field(() => String, { nullable: true, description: '名称 / Name' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: '说明 / Description' })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'GraphQL 查询文本 / The GraphQL document' })
  @IsOptional()
  @Length(1, QUERY_TEXT_MAX)
  query?: string;

  @Field(() => GraphQLJSON, { nullable: true, description: '查询变量 / The variables' })
  variables?: Record<string, unknown> | null;

  @Field(() => Boolean, { nullable: true, description: '是否共享 / Shared with the other analysts' })
  shared?: boolean;
}

@InputType({ description: '保存的查询的筛选 / Which saved queries to list' })
export class SavedQueryFilter {
  @Field(() => Boolean, { nullable: true, description: '只看自己的 / Only mine' })
  mine?: boolean;

  @Field(() => String, { nullable: true, description: '名称或说明包含 / Name or description contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: '创建者 / Owner' })
  ownerId?: string;
}
