import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { PAGE_SIZE_MAX, type CongressLevel, type DivisionKind, type ElectoralDistrictKind, type LiaisonStationKind, type OrganizationKind } from '@luzhi/shared';
import { CongressLevelEnum, DivisionKindEnum, ElectoralDistrictKindEnum, LiaisonStationKindEnum, OrganizationKindEnum } from './registry.enums';

@InputType({ description: '人民代表大会 / A congress' })
export class CongressInput {
  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => CongressLevelEnum, { description: '层级 / Level' })
  level: CongressLevel;

  @Field(() => ID, { nullable: true, description: '所辖区域 / The division it represents' })
  divisionId?: string | null;

  @Field(() => String, { nullable: true, description: '地区 / Region, as written' })
  @IsOptional()
  @MaxLength(100)
  region?: string | null;
}

@InputType({ description: '届 / A term' })
export class TermInput {
  @Field(() => ID, { description: '所属人大 / Congress' })
  congressId: string;

  @Field(() => Int, { description: '届次 / Ordinal, e.g. 12' })
  @Min(1)
  @Max(100)
  number: number;

  @Field(() => String, { description: '名称,如“第十二届” / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => String, { description: '开始日期 / Start date' })
  @MaxLength(10)
  startDate: string;

  @Field(() => String, { nullable: true, description: '结束日期 / End date' })
  @IsOptional()
  @MaxLength(10)
  endDate?: string | null;
}

@InputType({ description: '次会议 / A plenary session' })
export class SessionInput {
  @Field(() => ID, { description: '所属届 / Term' })
  termId: string;

  @Field(() => Int, { description: '会次 / Ordinal, e.g. 3' })
  @Min(1)
  @Max(100)
  number: number;

  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(150)
  name: string;

  @Field(() => String, { description: '开幕日期 / Opening date' })
  @MaxLength(10)
  startDate: string;

  @Field(() => String, { nullable: true, description: '闭幕日期 / Closing date' })
  @IsOptional()
  @MaxLength(10)
  endDate?: string | null;
}

@InputType({ description: '行政区划 / A division' })
export class DivisionInput {
  @Field(() => ID, { nullable: true, description: '上级区划 / Parent division' })
  parentId?: string | null;

  @Field(() => DivisionKindEnum, { description: '类型 / Kind' })
  kind: DivisionKind;

  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true, description: '区划代码 / Official code' })
  @IsOptional()
  @MaxLength(20)
  code?: string | null;
}

@InputType({ description: '系统 / A sector' })
export class SectorInput {
  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true, description: '说明 / Description' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: '选区或选举单位 / An electoral district' })
export class ElectoralDistrictInput {
  @Field(() => ID, { description: '所属人大 / Congress it elects to' })
  congressId: string;

  @Field(() => ElectoralDistrictKindEnum, { description: '类型 / Kind' })
  kind: ElectoralDistrictKind;

  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  divisionId?: string | null;
}

@InputType({ description: '单位 / An organization' })
export class OrganizationInput {
  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(150)
  name: string;

  @Field(() => OrganizationKindEnum, { description: '类型 / Kind' })
  kind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: '上级单位 / Parent organization' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  divisionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否承办建议 / Handles suggestions' })
  handlesSuggestions?: boolean | null;

  @Field(() => String, { nullable: true, description: '联系人 / Contact person' })
  @IsOptional()
  @MaxLength(50)
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 / Contact phone' })
  @IsOptional()
  @MaxLength(30)
  contactPhone?: string | null;
}

@InputType({ description: '代表联络站 / A liaison station' })
export class LiaisonStationInput {
  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => LiaisonStationKindEnum, { description: '类型 / Kind' })
  kind: LiaisonStationKind;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  divisionId?: string | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: '接待时间说明 / When it receives voters' })
  @IsOptional()
  @MaxLength(200)
  openingHours?: string | null;
}

@InputType({ description: '规章制度 / A regulation' })
export class RegulationInput {
  @Field(() => String, { description: '标题 / Title' })
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true, description: '制定机关所属人大 / Congress whose committee adopted it' })
  congressId?: string | null;

  @Field(() => String, { nullable: true, description: '通过日期 / Adopted on' })
  @IsOptional()
  @MaxLength(10)
  adoptedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否为暂行办法 / Interim measures' })
  interim?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '是否有效 / In force' })
  inForce?: boolean | null;

  @Field(() => String, { nullable: true, description: '正文 / Text' })
  @IsOptional()
  @MaxLength(100000)
  body?: string | null;
}

/**
 * What a select needs from a list that is long at national scale (18,890 congresses, as many
 * terms): a few matches for what is typed, and the chosen values by id for their labels.
 */
@ArgsType()
export abstract class ChoiceArgs {
  @Field(() => [ID], { nullable: true, description: `只要这些编号(如表单当前所选),最多 ${PAGE_SIZE_MAX} 个 / Only these ids (e.g. a form's current value), at most ${PAGE_SIZE_MAX}` })
  @IsOptional()
  @ArrayMaxSize(PAGE_SIZE_MAX)
  ids?: string[];

  @Field(() => Int, { nullable: true, description: `最多返回条数,最多 ${PAGE_SIZE_MAX};不填则返回全部 / At most this many, up to ${PAGE_SIZE_MAX}; without it, all that match` })
  @IsOptional()
  @Min(0)
  @Max(PAGE_SIZE_MAX)
  first?: number;
}

@ArgsType()
export class CongressChoiceArgs extends ChoiceArgs {
  @Field(() => String, { nullable: true, description: '搜索:以空格或“·”分开的每个词都须出现在名称或地区中(不区分大小写) / Search: every word (split at spaces or "·") must occur in the name or the region, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class TermChoiceArgs extends ChoiceArgs {
  @Field(() => String, { nullable: true, description: '搜索:以空格或“·”分开的每个词都须出现在届名、所属人大的名称或地区中(不区分大小写),如“第十四届 · 柳河” / Search: every word (split at spaces or "·") must occur in the term\'s name or its congress\'s name or region, ignoring case, e.g. "第十四届 · 柳河"' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class DivisionChoiceArgs extends ChoiceArgs {
  @Field(() => String, { nullable: true, description: '搜索:以空格或“·”分开的每个词都须出现在区划名称、区划代码或上级区划名称中(不区分大小写),如“城关 · 柳河区” / Search: every word (split at spaces or "·") must occur in the name, the code or the parent\'s name, ignoring case, e.g. "城关 · 柳河区"' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class SessionListArgs {
  @Field(() => Boolean, { nullable: true, description: '最近的在前(按开幕日期倒序);默认按届和会次 / Newest first (by opening date, descending); by default in term and ordinal order' })
  latestFirst?: boolean;

  @Field(() => Int, { nullable: true, description: `最多返回条数,最多 ${PAGE_SIZE_MAX};不填则返回全部 / At most this many, up to ${PAGE_SIZE_MAX}; without it, all that match` })
  @IsOptional()
  @Min(0)
  @Max(PAGE_SIZE_MAX)
  first?: number;
}
