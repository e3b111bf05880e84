import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';

@InputType({ description: '写民情日记(代表本人写时不填代表)/ A diary entry; a deputy writing their own leaves deputyId empty' })
export class SentimentDiaryInput {
  @Field(() => ID, { nullable: true, description: '代表(工作人员代录时必填)/ Deputy (required when staff enter it)' })
  deputyId?: string | null;

  @Field(() => String, { description: '日期 / Date' })
  entryDate: string;

  @Field(() => String, { description: '标题 / Title' })
  @Length(1, 200)
  title: string;

  @Field(() => String, { description: '内容 / Text' })
  @Length(1, 50_000)
  content: string;

  @Field(() => [String], { description: '标签 / Tags' })
  @ArrayMaxSize(20)
  @MaxLength(20, { each: true })
  tags: string[];
}

@InputType({ description: '修改民情日记 / Changes to a diary entry' })
export class UpdateSentimentDiaryInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;

  @Field(() => String, { nullable: true, description: '日期 / Date' })
  entryDate?: string;

  @Field(() => String, { nullable: true, description: '标题 / Title' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: '内容 / Text' })
  @IsOptional()
  @Length(1, 50_000)
  content?: string;

  @Field(() => [String], { nullable: true, description: '标签 / Tags' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(20, { each: true })
  tags?: string[];
}

@InputType({ description: '日记转为民意时的补充 / What to add when turning an entry into a voter\'s opinion' })
export class DiaryToOpinionInput {
  @Field(() => Int, { description: '日记版本号 / Diary version' })
  version: number;

  @Field(() => String, { nullable: true, description: '意见内容(默认为日记内容)/ Opinion text (the entry by default)' })
  @IsOptional()
  @MaxLength(10_000)
  content?: string | null;

  @Field(() => String, { nullable: true, description: '选民姓名 / Voter\'s name' })
  @IsOptional()
  @MaxLength(50)
  voterName?: string | null;

  @Field(() => String, { nullable: true, description: '选民电话 / Voter\'s phone' })
  @IsOptional()
  @MaxLength(30)
  voterPhone?: string | null;
}

@InputType({ description: '民情日记筛选 / Diary filter' })
export class SentimentDiaryFilter {
  @Field(() => ID, { nullable: true, description: '代表 / Deputy' })
  deputyId?: string;

  @Field(() => Int, { nullable: true, description: '年度 / Year' })
  year?: number;

  @Field(() => String, { nullable: true, description: '含此标签 / Has this tag' })
  @IsOptional()
  @MaxLength(20)
  tag?: string;

  @Field(() => String, { nullable: true, description: '标题或内容包含 / Title or text contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
