import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { AppError } from '../../../common/errors';
import { loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { Deputy } from '../../deputies/deputy.entity';
import { IdVersionArgs } from '../duty.common';
import '../duty.errors';
import { dutySources } from './duty-source';
import { DutyRecordObjection } from './objection.entity';
import { ScoringRule, ScoringRuleSet } from './scoring-rule.entity';
import {
  DutyRanking, DutyRankingEntry, DutyRecord, DutyRecordEntry, DutyRecordFilter, DutyRecordSort, DutySourceInfo, EffectiveScoringRules, ObjectionFilter, RaiseObjectionInput,
  ResolveObjectionInput, ScoringRuleSetInput,
} from './record.types';
import {
  deleteRuleSet, dutyRecord, effectiveRules, listDutyRecords, listEntries, listObjections, objectionsOf, raiseObjection, resolveObjection, rulesOfSet,
  saveRuleSet, sourceInfo,
} from './record.service';
import { checkYear } from '../duty.errors';
import { dutyRanking } from './ranking.service';

@ObjectType({ description: 'DutyRecord 的分页列表 / A page of duty records' })
export class DutyRecordConnection extends Connection(DutyRecord, 'DutyRecord') {}
@ObjectType({ description: 'DutyRecordEntry 的分页列表 / A page of duty record entrys' })
export class DutyRecordEntryConnection extends Connection(DutyRecordEntry, 'DutyRecordEntry') {}
@ObjectType({ description: 'DutyRecordObjection 的分页列表 / A page of duty record objections' })
export class DutyRecordObjectionConnection extends Connection(DutyRecordObjection, 'DutyRecordObjection') {}

@Resolver(() => DutyRecord)
export class DutyRecordResolver {
  @Allow(P.DUTY_READ)
  @Query(() => [DutySourceInfo], { description: '履职档案计入的各类记录 / Every kind of record the duty record counts' })
  dutySources(): DutySourceInfo[] {
    return dutySources().map(sourceInfo);
  }

  @Allow(P.DUTY_READ)
  @Query(() => [Int], { description: '有履职记录的年度(降序;计划中的述职不计)/ Years with duty records, latest first (planned reports do not count)' })
  async dutyYears(@Ctx() ctx: Context): Promise<number[]> {
    // Candidate years from each source's first and last date (index ends), then one indexed
    // probe per year and source (LIMIT 1 and the index's order keep each a probe: the planner otherwise scans the whole table for a year it has no rows of): reading every row of voter contacts and diaries took 0.7 s at
    // national size, on the dashboard's first paint.
    const inYear = (column: string) => `${column} >= make_date(y, 1, 1) AND ${column} < make_date(y + 1, 1, 1)`;
    const rows = await ctx.db.query(`
      WITH bounds AS (
        SELECT min(lo) AS lo, max(hi) AS hi FROM (
          SELECT min(year) AS lo, max(year) AS hi FROM duty_report WHERE status IN ('REPORTED', 'EVALUATED')
          UNION ALL SELECT min(year), max(year) FROM organ_evaluation
          UNION ALL SELECT extract(year FROM min(start_date))::int, extract(year FROM max(start_date))::int FROM congress_session
          UNION ALL SELECT extract(year FROM min(date))::int, extract(year FROM max(date))::int FROM reception_day
          UNION ALL SELECT extract(year FROM min(contacted_on))::int, extract(year FROM max(contacted_on))::int FROM voter_contact
          UNION ALL SELECT extract(year FROM min(entry_date))::int, extract(year FROM max(entry_date))::int FROM sentiment_diary) b)
      SELECT y FROM bounds, generate_series(bounds.lo, bounds.hi) y
       WHERE coalesce((SELECT true FROM duty_report WHERE year = y AND status IN ('REPORTED', 'EVALUATED') ORDER BY year, status LIMIT 1)
                   OR (SELECT true FROM organ_evaluation WHERE year = y ORDER BY year LIMIT 1)
                   OR (SELECT true FROM congress_session s WHERE ${inYear('s.start_date')} AND EXISTS (SELECT 1 FROM session_attendance a WHERE a.session_id = s.id) LIMIT 1)
                   OR (SELECT true FROM reception_day WHERE ${inYear('date')} LIMIT 1)
                   OR (SELECT true FROM voter_contact WHERE ${inYear('contacted_on')} LIMIT 1)
                   OR (SELECT true FROM sentiment_diary WHERE ${inYear('entry_date')} LIMIT 1), false)
       ORDER BY y DESC`);
    return rows.map((r: { y: number }) => r.y);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRecord, { description: '一位代表某年的履职档案(代表只能查看本人的)/ A deputy\'s duty record for a year; a deputy sees only their own' })
  dutyRecord(@Ctx() ctx: Context, @Arg('deputyId', () => ID) deputyId: string, @Arg('year', () => Int) year: number): Promise<DutyRecord> {
    return dutyRecord(ctx, toId(deputyId), year);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRecord, { description: '本人某年的履职档案(代表账号)/ The signed-in deputy\'s own record for a year' })
  myDutyRecord(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<DutyRecord> {
    if (!ctx.viewer?.scopeDeputyId) throw new AppError('FORBIDDEN', 'duty.notOwnRecord');
    return dutyRecord(ctx, ctx.viewer.scopeDeputyId, year);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRecordConnection, { description: '履职档案列表与积分排名 / Duty records of many deputies, ranked' })
  dutyRecords(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DutyRecordFilter, { nullable: true }) filter?: DutyRecordFilter,
    @Arg('sort', () => DutyRecordSort, { nullable: true }) sort?: DutyRecordSort,
  ) {
    return listDutyRecords(ctx, year, filter, sort, page);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRanking, {
    description: '一届代表某年的履职积分排名(首页所用):办公室看到的是按间隔计算并保存的排名(见 asOf),代表小组组长和代表实时计算本人范围 / '
      + 'A term\'s deputies ranked by duty score for a year, as the dashboard shows it: for the office a stored ranking counted again when older than maxAgeSeconds (see asOf); group leaders and deputies get their own scope counted live',
  })
  dutyRanking(
    @Ctx() ctx: Context,
    @Arg('termId', () => ID, { nullable: true, description: '届次(必填)/ Term (required)' }) termId: string | null,
    @Arg('year', () => Int) year: number,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('refresh', () => Boolean, { defaultValue: false, description: '立即重新计算 / Count it again now' }) refresh: boolean,
  ): Promise<DutyRanking> {
    return dutyRanking(ctx, termId, year, page, refresh);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRecordEntryConnection, { description: '某项数字背后的记录 / The records behind one number of a record' })
  dutyRecordEntries(
    @Ctx() ctx: Context,
    @Arg('deputyId', () => ID) deputyId: string,
    @Arg('year', () => Int) year: number,
    @Arg('key', () => String) key: string,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listEntries(ctx, toId(deputyId), year, key, page);
  }

  @Allow(P.DUTY_READ)
  @Query(() => EffectiveScoringRules, { description: '某年度生效的积分表 / The points table in force for a year' })
  scoringRules(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<EffectiveScoringRules> {
    return effectiveRules(ctx, checkYear(year));
  }

  @Allow(P.DUTY_READ)
  @Query(() => [ScoringRuleSet], { description: '全部积分表 / Every points table' })
  scoringRuleSets(@Ctx() ctx: Context): Promise<ScoringRuleSet[]> {
    return ctx.db.getRepository(ScoringRuleSet).find({ order: { effectiveYear: 'DESC' } });
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => ScoringRuleSet, { description: '保存积分表(一个事务)/ Save a points table, in one transaction' })
  saveScoringRuleSet(@Ctx() ctx: Context, @Arg('input', () => ScoringRuleSetInput) input: ScoringRuleSetInput): Promise<ScoringRuleSet> {
    return saveRuleSet(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => Boolean, { description: '删除积分表 / Delete a points table' })
  deleteScoringRuleSet(@Ctx() ctx: Context, @Args(() => IdVersionArgs) args: IdVersionArgs): Promise<boolean> {
    return deleteRuleSet(ctx, toId(args.id), args.version);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyRecordObjectionConnection, { description: '对履职档案的异议 / Objections to duty records' })
  dutyRecordObjections(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => ObjectionFilter, { nullable: true }) filter?: ObjectionFilter) {
    return listObjections(ctx, filter, page);
  }

  @Allow(P.DUTY_WRITE, P.DUTY_OBJECT)
  @Mutation(() => DutyRecordObjection, { description: '对履职档案某项提出异议(代表对本人档案)/ Object to an item of a record (a deputy, to their own)' })
  raiseDutyRecordObjection(@Ctx() ctx: Context, @Arg('input', () => RaiseObjectionInput) input: RaiseObjectionInput): Promise<DutyRecordObjection> {
    return raiseObjection(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => DutyRecordObjection, { description: '处理异议 / Resolve an objection' })
  resolveDutyRecordObjection(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => ResolveObjectionInput) input: ResolveObjectionInput): Promise<DutyRecordObjection> {
    return resolveObjection(ctx, toId(id), input);
  }

  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }

  @FieldResolver(() => [DutyRecordObjection], { description: '对该档案的异议 / Objections to this record' })
  objections(@Root() r: DutyRecord, @Ctx() ctx: Context): Promise<DutyRecordObjection[]> {
    return objectionsOf(ctx, r.deputyId, r.year);
  }
}

@Resolver(() => DutyRankingEntry)
export class DutyRankingEntryFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: DutyRankingEntry, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }
}

@Resolver(() => ScoringRuleSet)
export class ScoringRuleSetFieldsResolver {
  @FieldResolver(() => [ScoringRule], { description: '规则 / Rules' })
  rules(@Root() s: ScoringRuleSet, @Ctx() ctx: Context): Promise<ScoringRule[]> {
    return rulesOfSet(ctx, s.id);
  }
}

@Resolver(() => DutyRecordObjection)
export class DutyRecordObjectionFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() o: DutyRecordObjection, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, o.deputyId))!;
  }

  @FieldResolver(() => String, { description: '项目名称 / Item name' })
  itemLabel(@Root() o: DutyRecordObjection): string {
    const s = dutySources().find((x) => x.key === o.itemKey);
    return s ? `${s.label.zh} / ${s.label.en}` : o.itemKey;
  }
}
