import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { endSessions } from './auth.service';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserSort } from './user.inputs';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './user.service';

@ObjectType({ description: '用户列表 / A page of users' })
export class UserConnection extends Connection(User, 'User') {}

@Resolver()
export class UserResolver {
  @Allow(P.USER_MANAGE)
  @Query(() => UserConnection, { description: '用户列表 / Users' })
  users(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('sort', () => UserSort, { nullable: true }) sort?: UserSort,
  ) {
    return listUsers(ctx, filter, sort, page);
  }

  @Allow(P.USER_MANAGE)
  @Query(() => User, { description: '一个用户 / One user' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return getUser(ctx, toId(id));
  }

  @Allow(P.USER_MANAGE)
  @Query(() => [UserSession], { description: '用户的有效会话 / A user\'s open sessions' })
  userSessions(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string): Promise<UserSession[]> {
    return ctx.db
      .getRepository(UserSession)
      .createQueryBuilder('s')
      .where('s.userId = :id AND s.revokedAt IS NULL AND s.expiresAt > now()', { id: toId(userId) })
      .orderBy('s.createdAt', 'DESC')
      .getMany();
  }

  @Allow(P.USER_MANAGE)
  @Mutation(() => User, { description: '新建用户 / Create a user' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return createUser(ctx, input);
  }

  @Allow(P.USER_MANAGE)
  @Mutation(() => User, { description: '修改用户(角色、范围、停用)/ Change a user: role, scope, disabled' })
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<User> {
    return updateUser(ctx, toId(id), input);
  }

  @Allow(P.USER_MANAGE)
  @Mutation(() => Boolean, { description: '重置密码(并结束其会话)/ Set a new password and end the user\'s sessions' })
  resetPassword(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return resetPassword(ctx, toId(id), newPassword);
  }

  @Allow(P.USER_MANAGE)
  @Mutation(() => Int, { description: '结束用户的全部会话 / End all of a user\'s sessions; returns how many were open' })
  endUserSessions(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<number> {
    return endSessions(ctx, toId(id));
  }
}
