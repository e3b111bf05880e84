import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DEPUTY_COMPOSITION_CUBE, PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Cost } from '../../common/cost';
import { runStats, STATS_ROW_LIMIT_DEFAULT, STATS_ROW_LIMIT_MAX, type StatsResult } from '../../common/stats';
import { requestedMeasures, statsTypes } from '../../common/stats-types';

export const DeputyCompositionTypes = statsTypes(DEPUTY_COMPOSITION_CUBE);


@Resolver()
export class DeputyCompositionResolver {
  @Allow(P.STATS_READ)
  @Cost(100)
  @Query(() => DeputyCompositionTypes.Result, {
    description:
      '代表结构:现任代表按层级、届次、性别、党派、民族、年龄段、学历、职业、小组的人数与占比(不含个人信息)/ Deputy composition: current deputies counted and shared by level, term, gender, party, ethnicity, age band, education, occupation, group (no personal data)',
  })
  async deputyComposition(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('groupBy', () => [DeputyCompositionTypes.Dimension], { defaultValue: [], description: '分组维度(至多 4 个)/ Dimensions to group by (at most 4)' }) groupBy: string[],
    @Arg('filter', () => DeputyCompositionTypes.Filter, { nullable: true, description: '筛选 / Filters' }) filter: Record<string, unknown> | null,
    @Arg('orderBy', () => DeputyCompositionTypes.Measure, { nullable: true, description: '按该指标从大到小排序 / Sort rows by this measure, largest first' }) orderBy: string | null,
    @Arg('limit', () => Int, { defaultValue: STATS_ROW_LIMIT_DEFAULT, description: `最多返回的行数(至多 ${STATS_ROW_LIMIT_MAX})/ Most rows returned (at most ${STATS_ROW_LIMIT_MAX})` }) limit: number,
  ): Promise<StatsResult> {
    return runStats(ctx, DEPUTY_COMPOSITION_CUBE, { groupBy, measures: requestedMeasures(info, DEPUTY_COMPOSITION_CUBE), filter: filter ? { ...filter } : null, orderBy, limit });
  }
}
