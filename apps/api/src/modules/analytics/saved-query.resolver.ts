import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { SavedQueryFilter, SavedQueryInput, UpdateSavedQueryInput } from './analytics.inputs';
import { QueryRun } from './query-run.entity';
import { SavedQuery } from './saved-query.entity';
import {
  createSavedQuery,
  deleteSavedQuery,
  getSavedQuery,
  listSavedQueries,
  myQueryRuns,
  ownerNameLoader,
  updateSavedQuery,
} from './saved-query.service';

@ObjectType({ description: '保存的查询列表 / A page of saved queries' })
export class SavedQueryConnection extends Connection(SavedQuery, 'SavedQuery') {}

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Allow(P.ANALYTICS_CONSOLE)
  @Query(() => SavedQueryConnection, { description: '保存的查询:自己的和共享的 / Saved queries: your own and the shared ones' })
  savedQueries(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SavedQueryFilter, { nullable: true, description: '筛选 / Filter' }) filter?: SavedQueryFilter,
  ) {
    return listSavedQueries(ctx, filter, page);
  }

  @Allow(P.ANALYTICS_CONSOLE)
  @Query(() => SavedQuery, { description: '一个保存的查询 / One saved query' })
  savedQuery(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '编号 / Id' }) id: string): Promise<SavedQuery> {
    return getSavedQuery(ctx, toId(id));
  }

  @Allow(P.ANALYTICS_CONSOLE)
  @Query(() => [QueryRun], { description: '我在控制台最近的运行记录,最新在前 / Your latest runs in the console, newest first' })
  myQueryRuns(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 / How many' }) first: number,
  ): Promise<QueryRun[]> {
    return myQueryRuns(ctx, first);
  }

  @Allow(P.ANALYTICS_CONSOLE)
  @Mutation(() => SavedQuery, { description: '保存查询 / Save a query' })
  createSavedQuery(@Ctx() ctx: Context, @Arg('input', () => SavedQueryInput, { description: '查询 / The query' }) input: SavedQueryInput): Promise<SavedQuery> {
    return createSavedQuery(ctx, input);
  }

  @Allow(P.ANALYTICS_CONSOLE)
  @Mutation(() => SavedQuery, { description: '修改自己保存的查询 / Change one of your saved queries' })
  updateSavedQuery(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: '编号 / Id' }) id: string,
    @Arg('input', () => UpdateSavedQueryInput, { description: '修改内容 / The changes' }) input: UpdateSavedQueryInput,
  ): Promise<SavedQuery> {
    return updateSavedQuery(ctx, toId(id), input);
  }

  @Allow(P.ANALYTICS_CONSOLE)
  @Mutation(() => Boolean, { description: '删除自己保存的查询(管理员可删除共享查询)/ Delete one of your saved queries (an administrator may delete shared ones)' })
  deleteSavedQuery(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '编号 / Id' }) id: string): Promise<boolean> {
    return deleteSavedQuery(ctx, toId(id));
  }

  @FieldResolver(() => String, { nullable: true, description: '创建者姓名 / The owner\'s name' })
  ownerName(@Root() q: SavedQuery, @Ctx() ctx: Context): Promise<string | null> {
    return ownerNameLoader(ctx).load(q.ownerId);
  }

  @FieldResolver(() => Boolean, { description: '是否是我创建的 / Whether you own it' })
  mine(@Root() q: SavedQuery, @Ctx() ctx: Context): boolean {
    return q.ownerId === ctx.viewer?.id;
  }
}
