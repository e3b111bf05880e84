import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { USERNAME_PATTERN, type Role } from '@luzhi/shared';
import { RoleEnum } from '../../common/enums';

@InputType({ description: '新建用户 / A new user' })
export class CreateUserInput {
  @Field(() => String)
  @Matches(USERNAME_PATTERN, { message: 'username: 3–40 letters, digits, dots, underscores or hyphens / 用户名为 3–40 位字母、数字、点、下划线或连字符' })
  username: string;

  @Field(() => String)
  @Length(1, 100)
  displayName: string;

  @Field(() => String, { description: '至少 10 个字符 / At least 10 characters' })
  @MaxLength(200)
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true }) scopeOrganizationId?: string | null;
  @Field(() => ID, { nullable: true }) scopeDeputyId?: string | null;
  @Field(() => ID, { nullable: true }) scopeGroupId?: string | null;
}

@InputType({ description: '修改用户 / Changes to a user; `version` must be the one you read' })
export class UpdateUserInput {
  @Field(() => Int) version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) scopeOrganizationId?: string | null;
  @Field(() => ID, { nullable: true }) scopeDeputyId?: string | null;
  @Field(() => ID, { nullable: true }) scopeGroupId?: string | null;

  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: '用户名或姓名包含 / Username or name contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

export enum UserSort {
  USERNAME_ASC = 'USERNAME_ASC',
  USERNAME_DESC = 'USERNAME_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  LAST_LOGIN_DESC = 'LAST_LOGIN_DESC',
}
registerEnumType(UserSort, { name: 'UserSort', description: '用户排序 / How to order users' });

