import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { GroupBasis, GroupRole } from '@luzhi/shared';
import { GroupBasisEnum, GroupRoleEnum } from '../registry/registry.enums';
import { ChoiceArgs } from '../registry/registry.inputs';

@InputType({ description: '代表小组(新建和修改共用)/ An activity group, for creating and changing' })
export class GroupInput {
  @Field(() => ID, { description: '届 / Term' })
  termId: string;

  @Field(() => String, { description: '名称 / Name' })
  @MaxLength(100)
  name: string;

  @Field(() => GroupBasisEnum, { description: '划分方式 / Basis' })
  basis: GroupBasis;

  @Field(() => ID, { nullable: true, description: '区划(按区划划分时)/ Division, for groups by division' })
  divisionId?: string | null;

  @Field(() => ID, { nullable: true, description: '系统(按系统划分时)/ Sector, for groups by sector' })
  sectorId?: string | null;

  @Field(() => String, { nullable: true, description: '说明 / Description' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: '加入小组 / Adding a deputy to a group' })
export class AddGroupMemberInput {
  @Field(() => ID, { description: '小组 / Group' })
  groupId: string;

  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => GroupRoleEnum, { nullable: true, description: '职务(默认组员)/ Role (default member)' })
  role?: GroupRole | null;

  @Field(() => String, { nullable: true, description: '加入日期(默认今天)/ From (default today)' })
  @IsOptional()
  @MaxLength(10)
  startDate?: string | null;
}

@InputType({ description: '调整到另一小组 / Moving a member to another group of the same term' })
export class MoveGroupMemberInput {
  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  version: number;

  @Field(() => ID, { description: '目标小组 / Target group' })
  toGroupId: string;

  @Field(() => GroupRoleEnum, { nullable: true, description: '在新小组的职务(默认组员)/ Role in the new group (default member)' })
  role?: GroupRole | null;

  @Field(() => String, { nullable: true, description: '调整日期(默认今天)/ Date of the move (default today)' })
  @IsOptional()
  @MaxLength(10)
  date?: string | null;
}

@InputType({ description: '离开小组 / Ending a membership' })
export class EndGroupMemberInput {
  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  version: number;

  @Field(() => String, { nullable: true, description: '离开日期(默认今天)/ To (default today)' })
  @IsOptional()
  @MaxLength(10)
  endDate?: string | null;
}

/** What a select asks for: a few groups of what is typed (`first`), and its current value (`ids`). */
@ArgsType()
export class GroupChoiceArgs extends ChoiceArgs {}
