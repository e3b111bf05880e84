import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { USERNAME_PATTERN, type Role } from '@luzhi/shared';
import { RoleEnum } from '../../common/enums';

@InputType({ description: '新建用户 / A new user' })
export class CreateUserInput {
  @Field(() => String, { description: '登录名:3–40 位字母、数字、点、下划线或连字符 / Sign-in name: 3–40 letters, digits, dots, underscores or hyphens' })
  @Matches(USERNAME_PATTERN, { message: 'username: 3–40 letters, digits, dots, underscores or hyphens / 用户名为 3–40 位字母、数字、点、下划线或连字符' })
  username: string;

  @Field(() => String, { description: '姓名 / Display name' })
  @Length(1, 100)
  displayName: string;

  @Field(() => String, { description: '至少 10 个字符 / At least 10 characters' })
  @MaxLength(200)
  password: string;

  @Field(() => RoleEnum, { description: '角色 / Role' })
  role: Role;

  @Field(() => ID, { nullable: true, description: '承办单位(HANDLING_UNIT 必填)/ The handling unit (required for HANDLING_UNIT)' }) scopeOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: '对应的代表(DEPUTY 必填)/ The deputy (required for DEPUTY)' }) scopeDeputyId?: string | null;
  @Field(() => ID, { nullable: true, description: '所属代表小组(GROUP_LEADER 必填)/ The group (required for GROUP_LEADER)' }) scopeGroupId?: string | null;
}

@InputType({ description: '修改用户 / Changes to a user; `version` must be the one you read' })
export class UpdateUserInput {
  @Field(() => Int, { description: '读到的版本号 / The version you read' }) version: number;

  @Field(() => String, { nullable: true, description: '姓名 / Display name' })
  @IsOptional()
  @Length(1, 100)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true, description: '角色 / Role' }) role?: Role;
  @Field(() => ID, { nullable: true, description: '承办单位;空值清除 / The handling unit; null clears it' }) scopeOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: '对应的代表;空值清除 / The deputy; null clears it' }) scopeDeputyId?: string | null;
  @Field(() => ID, { nullable: true, description: '所属代表小组;空值清除 / The group; null clears it' }) scopeGroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '停用(并结束其会话)/ Disabled (ends the user\'s sessions)' }) disabled?: boolean;
}

@InputType({ description: '用户筛选 / Which users to list' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: '用户名或姓名包含 / Username or name contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => RoleEnum, { nullable: true, description: '角色 / Role' }) role?: Role;
  @Field(() => Boolean, { nullable: true, description: '是否停用 / Disabled or not' }) disabled?: boolean;
}

export enum UserSort {
  USERNAME_ASC = 'USERNAME_ASC',
  USERNAME_DESC = 'USERNAME_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  LAST_LOGIN_DESC = 'LAST_LOGIN_DESC',
}
registerEnumType(UserSort, {
  name: 'UserSort',
  description: '用户排序 / How to order users',
  valuesConfig: {
    USERNAME_ASC: { description: '按用户名升序 / By username, A to Z' },
    USERNAME_DESC: { description: '按用户名降序 / By username, Z to A' },
    CREATED_AT_DESC: { description: '最新创建在前 / Newest first' },
    LAST_LOGIN_DESC: { description: '最近登录在前 / Most recent sign-in first' },
  },
});

