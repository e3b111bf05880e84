import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { Cost } from '../../../common/cost';
import { badInput } from '../../../common/errors';
import { toId } from '../../../common/pagination';
import { checkYear } from '../duty.errors';
import { groupScores } from './record.sql';

@ObjectType({ description: '小组履职积分(成员平均)/ A group\'s duty score: its current members\' average' })
export class GroupDutyScore {
  @Field(() => Int, { description: '名次(从 1 起)/ Rank, from 1' })
  rank: number;

  @Field(() => ID, { description: '小组编号 / Group id' })
  groupId: string;

  @Field(() => String, { description: '小组名称 / Group name' })
  groupName: string;

  @Field(() => Int, { description: '当前成员数 / Current members' })
  members: number;

  @Field(() => Float, { description: '成员平均积分 / The members\' average score' })
  averageScore: number;

  @Field(() => Float, { nullable: true, description: '参加率(%,请假按未出席计)/ Participation, percent (leave counts as not attending)' })
  participationPercent: number | null;
}

@Resolver()
export class GroupDutyRankingResolver {
  @Allow(P.STATS_READ)
  @Cost(100, { listSize: 1 })
  @Query(() => [GroupDutyScore], {
    description: '小组履职积分排名(与表彰评选同一算法,一条 SQL)/ Groups of a term ranked by their members\' average duty score (the commendations\' own computation, one statement)',
  })
  async groupDutyRanking(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('termId', () => ID, { description: '届次 / Term' }) termId: string,
    @Arg('limit', () => Int, { defaultValue: 10, description: '前几名(至多 100)/ How many, at most 100' }) limit: number,
  ): Promise<GroupDutyScore[]> {
    checkYear(year);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('common.invalidInput', { details: 'limit: 1–100' });
    const scores = (await groupScores(ctx.db, year, toId(termId, 'termId'))).slice(0, limit);
    const names = new Map<number, string>(
      ((await ctx.db.query(`SELECT id, name FROM deputy_group WHERE id = ANY($1)`, [scores.map((s) => s.groupId)])) as { id: number; name: string }[]).map((g) => [g.id, g.name]),
    );
    return scores.map((s, i) => ({ ...s, rank: i + 1, groupId: String(s.groupId), groupName: names.get(s.groupId) ?? '' }));
  }
}
