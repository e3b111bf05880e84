import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { login, logout } from './auth.service';
import { User } from './user.entity';
import { changeOwnPassword, getUser, setLocale } from './user.service';

@ObjectType({ description: '登录结果 / A new session' })
class LoginResult {
  @Field(() => String, { description: '会话令牌,放在 Authorization: Bearer 头中 / Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => Date, { description: '会话过期时间 / When the session expires' })
  expiresAt: Date;

  @Field(() => User, { description: '登录的用户 / The signed-in user' })
  user: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: '登录 / Sign in: wrong username and wrong password give the same error; 5 failures lock the account for 15 minutes' })
  login(
    @Ctx() ctx: Context,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginResult> {
    return login(ctx, username, password);
  }

  @Allow(P.SELF)
  @Mutation(() => Boolean, { description: '退出登录 / End this session' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }

  @Allow(P.SELF)
  @Query(() => User, { description: '当前用户 / The signed-in user' })
  me(@Ctx() ctx: Context): Promise<User> {
    return getUser(ctx, ctx.viewer!.id);
  }

  @Allow(P.SELF)
  @Mutation(() => Boolean, { description: '修改自己的密码 / Change your own password (other sessions end)' })
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return changeOwnPassword(ctx, currentPassword, newPassword);
  }

  @Allow(P.SELF)
  @Mutation(() => User, { description: '设置界面语言 / Set your language: zh-CN or en' })
  setMyLocale(@Ctx() ctx: Context, @Arg('locale', () => String) locale: string): Promise<User> {
    return setLocale(ctx, locale);
  }
}
