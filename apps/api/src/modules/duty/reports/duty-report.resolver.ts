import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allowedActions, DUTY_REPORT_MACHINE, PERMISSIONS as P, type DutyReportAction, type VoteThresholds } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { byColumn, loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { Deputy } from '../../deputies/deputy.entity';
import { DutyReportActionEnum } from '../duty.enums';
import { IdVersionArgs } from '../duty.common';
import { DutyReport, DutyReportRating } from './duty-report.entity';
import { DutyReportFilter, DutyReportSort, EvaluateDutyReportInput, PlanDutyReportInput, RecordDutyReportInput, VoteThresholdsInput } from './duty-report.inputs';
import { cancelDutyReport, evaluateDutyReport, getDutyReport, listDutyReports, planDutyReports, recordDutyReport, setVoteThresholds, voteThresholds } from './duty-report.service';

@ObjectType({ description: 'DutyReport 的分页列表 / A page of duty reports' })
export class DutyReportConnection extends Connection(DutyReport, 'DutyReport') {}

@ObjectType({ description: '述职等次标准 / Thresholds that grade duty reports' })
export class VoteThresholdsType {
  @Field(() => Int, { description: '称职所需称职票百分比 / Competent votes needed for COMPETENT, percent' })
  competentPercent: number;

  @Field(() => Int, { description: '基本称职所需(称职+基本称职)票百分比 / Competent + basically competent votes needed for BASICALLY_COMPETENT, percent' })
  basicallyCompetentPercent: number;
}

@Resolver(() => DutyReport)
export class DutyReportResolver {
  @Allow(P.DUTY_READ)
  @Query(() => DutyReportConnection, { description: '述职(含年度计划)/ Duty reports, the year\'s plan included' })
  dutyReports(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DutyReportFilter, { nullable: true }) filter?: DutyReportFilter,
    @Arg('sort', () => DutyReportSort, { nullable: true }) sort?: DutyReportSort,
  ) {
    return listDutyReports(ctx, filter, sort, page);
  }

  @Allow(P.DUTY_READ)
  @Query(() => DutyReport, { description: '一次述职 / One duty report' })
  dutyReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DutyReport> {
    return getDutyReport(ctx, toId(id));
  }

  @Allow(P.DUTY_READ)
  @Query(() => VoteThresholdsType, { description: '述职等次标准 / The grading thresholds in force' })
  dutyReportThresholds(@Ctx() ctx: Context): Promise<VoteThresholds> {
    return voteThresholds(ctx.db.manager);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => VoteThresholdsType, { description: '修改述职等次标准(此后的评议按新标准)/ Change the grading thresholds (later evaluations use them)' })
  setDutyReportThresholds(@Ctx() ctx: Context, @Arg('input', () => VoteThresholdsInput) input: VoteThresholdsInput): Promise<VoteThresholds> {
    return setVoteThresholds(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => [DutyReport], { description: '列入年度述职计划(多项,一个事务)/ Add reports to a year\'s plan, in one transaction' })
  planDutyReports(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('entries', () => [PlanDutyReportInput]) entries: PlanDutyReportInput[],
  ): Promise<DutyReport[]> {
    return planDutyReports(ctx, year, entries);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => DutyReport, { description: '登记述职(日期与内容)/ Record that the report was given' })
  recordDutyReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => RecordDutyReportInput) input: RecordDutyReportInput): Promise<DutyReport> {
    return recordDutyReport(ctx, toId(id), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => DutyReport, { description: '评议述职并定等次 / Evaluate a report and grade it' })
  evaluateDutyReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => EvaluateDutyReportInput) input: EvaluateDutyReportInput): Promise<DutyReport> {
    return evaluateDutyReport(ctx, toId(id), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => DutyReport, { description: '取消计划中的述职 / Cancel a planned report' })
  cancelDutyReport(@Ctx() ctx: Context, @Args(() => IdVersionArgs) args: IdVersionArgs): Promise<DutyReport> {
    return cancelDutyReport(ctx, toId(args.id), args.version);
  }

  @FieldResolver(() => Deputy, { description: '述职代表 / Deputy' })
  async deputy(@Root() r: DutyReport, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }

  @FieldResolver(() => [DutyReportRating], { description: '评议人意见 / Evaluators\' ratings' })
  ratings(@Root() r: DutyReport, @Ctx() ctx: Context): Promise<DutyReportRating[]> {
    return byColumn(ctx, DutyReportRating, 'reportId').load(r.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: '称职票占比(%)/ Share of competent votes, percent' })
  competentPercent(@Root() r: DutyReport): number | null {
    const total = (r.votesCompetent ?? 0) + (r.votesBasicallyCompetent ?? 0) + (r.votesNotCompetent ?? 0);
    return total ? Math.round((1000 * (r.votesCompetent ?? 0)) / total) / 10 : null;
  }

  @FieldResolver(() => [DutyReportActionEnum], { description: '当前可执行的操作 / Actions allowed now' })
  allowedActions(@Root() r: DutyReport): DutyReportAction[] {
    return allowedActions(DUTY_REPORT_MACHINE, r.status);
  }
}
