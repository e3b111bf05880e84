import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AUDIT_CUBE, PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Cost } from '../../common/cost';
import { runStats, STATS_ROW_LIMIT_DEFAULT, STATS_ROW_LIMIT_MAX, type StatsResult } from '../../common/stats';
import { requestedMeasures, statsTypes } from '../../common/stats-types';

export const AuditStatsTypes = statsTypes(AUDIT_CUBE);

@Resolver()
export class AuditStatsResolver {
  @Allow(P.STATS_READ, P.AUDIT_READ)
  @Cost(100)
  @Query(() => AuditStatsTypes.Result, {
    description:
      '数据变更统计:按实体、动作、操作、日期等分组(按操作人分组需审计权限)/ Data changes grouped by entity, action, operation, day…; grouping by user needs the audit permission',
  })
  async auditStats(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('groupBy', () => [AuditStatsTypes.Dimension], { defaultValue: [], description: '分组维度(至多 4 个)/ Dimensions to group by (at most 4)' }) groupBy: string[],
    @Arg('filter', () => AuditStatsTypes.Filter, { nullable: true, description: '筛选 / Filters' }) filter: Record<string, unknown> | null,
    @Arg('orderBy', () => AuditStatsTypes.Measure, { nullable: true, description: '按该指标从大到小排序 / Sort rows by this measure, largest first' }) orderBy: string | null,
    @Arg('limit', () => Int, { defaultValue: STATS_ROW_LIMIT_DEFAULT, description: `最多返回的行数(至多 ${STATS_ROW_LIMIT_MAX})/ Most rows returned (at most ${STATS_ROW_LIMIT_MAX})` }) limit: number,
  ): Promise<StatsResult> {
    return runStats(ctx, AUDIT_CUBE, { groupBy, measures: requestedMeasures(info, AUDIT_CUBE), filter: filter ? { ...filter } : null, orderBy, limit });
  }
}
