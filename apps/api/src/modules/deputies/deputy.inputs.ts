import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { CongressLevel, DeputyStatus, Education, Gender, MandateEndReason, OccupationCategory, Party } from '@luzhi/shared';
import {
  CongressLevelEnum, DeputyStatusEnum, EducationEnum, GenderEnum, MandateEndReasonEnum, OccupationCategoryEnum, PartyEnum,
} from '../registry/registry.enums';

@InputType({ description: '代表筛选(条件同时满足)/ Deputy filter: every given condition must hold' })
export class DeputyFilter {
  @Field(() => String, { nullable: true, description: '姓名(三字及以上为包含,更短为开头)、全拼或拼音首字母(“zs”可找到张三)/ Name (three characters or more: contains; fewer: starts with), pinyin, or pinyin initials ("zs" finds 张三)' })
  @IsOptional()
  @MaxLength(50)
  search?: string;

  @Field(() => CongressLevelEnum, { nullable: true, description: '在该层级人大有现任代表资格 / Holds a current mandate at this level' })
  level?: CongressLevel;

  @Field(() => ID, { nullable: true, description: '在该届有代表资格 / Holds a mandate in this term' })
  termId?: string;

  @Field(() => ID, { nullable: true, description: '当前在该小组 / Currently in this group' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: '所在小组或选区属于该区划(含下级)/ Their current group or electoral district lies in this division or below' })
  divisionId?: string;

  @Field(() => ID, { nullable: true, description: '当前在该系统的小组 / Currently in a group of this sector' })
  sectorId?: string;

  @Field(() => PartyEnum, { nullable: true, description: '政治面貌 / Party' })
  party?: Party;

  @Field(() => GenderEnum, { nullable: true, description: '性别 / Gender' })
  gender?: Gender;

  @Field(() => Int, { nullable: true, description: '年龄不小于 / Age at least' })
  @IsOptional()
  @Min(0)
  @Max(150)
  ageMin?: number;

  @Field(() => Int, { nullable: true, description: '年龄不大于 / Age at most' })
  @IsOptional()
  @Min(0)
  @Max(150)
  ageMax?: number;

  @Field(() => OccupationCategoryEnum, { nullable: true, description: '代表构成类别 / Occupation category' })
  occupationCategory?: OccupationCategory;

  @Field(() => EducationEnum, { nullable: true, description: '学历 / Education' })
  education?: Education;

  @Field(() => DeputyStatusEnum, { nullable: true, description: '状态 / Status' })
  status?: DeputyStatus;
}

@InputType({ description: '代表的个人信息(新建和修改共用)/ A deputy\'s personal record, for creating and changing' })
export class DeputyInput {
  @Field(() => String, { description: '姓名 / Name' })
  @MaxLength(50)
  name: string;

  @Field(() => GenderEnum, { nullable: true, description: '性别(空则按身份证号)/ Gender (empty: from the ID number)' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: '民族(默认汉族)/ Ethnicity (default 汉族)' })
  @IsOptional()
  @MaxLength(20)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD(空则按身份证号)/ Birth date (empty: from the ID number)' })
  @IsOptional()
  @MaxLength(10)
  birthDate?: string | null;

  @Field(() => PartyEnum, { description: '政治面貌 / Party' })
  party: Party;

  @Field(() => EducationEnum, { nullable: true, description: '学历 / Education' })
  education?: Education | null;

  @Field(() => OccupationCategoryEnum, { description: '代表构成类别 / Occupation category' })
  occupationCategory: OccupationCategory;

  @Field(() => String, { nullable: true, description: '工作单位 / Work unit' })
  @IsOptional()
  @MaxLength(150)
  workUnit?: string | null;

  @Field(() => String, { nullable: true, description: '职务 / Position' })
  @IsOptional()
  @MaxLength(100)
  position?: string | null;

  @Field(() => String, { nullable: true, description: '电话 / Phone' })
  @IsOptional()
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { description: '公民身份号码(18 位,校验位按 GB 11643)/ Citizen ID number (18 characters, GB 11643 check digit)' })
  @MaxLength(18)
  idNumber: string;

  @Field(() => String, { nullable: true, description: '通讯地址 / Address' })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => DeputyStatusEnum, { nullable: true, description: '状态(默认在任)/ Status (default serving)' })
  status?: DeputyStatus | null;
}

@InputType({ description: '新建代表,可同时建立一届的代表资格 / A new deputy, optionally with a mandate' })
export class CreateDeputyInput extends DeputyInput {
  @Field(() => MandateInput, { nullable: true, description: '代表资格 / Mandate to create with the deputy' })
  mandate?: MandateInput | null;
}

@InputType({ description: '代表资格 / A mandate: term, electoral district and start' })
export class MandateInput {
  @Field(() => ID, { description: '届 / Term' })
  termId: string;

  @Field(() => ID, { nullable: true, description: '选区或选举单位 / Electoral district' })
  electoralDistrictId?: string | null;

  @Field(() => String, { nullable: true, description: '开始日期(默认届的开始日期)/ Start (default: the term\'s start)' })
  @IsOptional()
  @MaxLength(10)
  startDate?: string | null;
}

@InputType({ description: '终止代表资格 / Ending a mandate' })
export class EndMandateInput {
  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  version: number;

  @Field(() => String, { description: '终止日期 / End date' })
  @MaxLength(10)
  endDate: string;

  @Field(() => MandateEndReasonEnum, { description: '终止原因 / Why it ends' })
  endReason: MandateEndReason;
}
