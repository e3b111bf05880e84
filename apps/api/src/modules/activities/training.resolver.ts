import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P, attendanceRate } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { Term } from '../registry/congress.entity';
import { Deputy } from '../deputies/deputy.entity';
import { Activity } from './activity.entity';
import { AttendanceInput, CommitteeMeetingFilter, CreateCommitteeMeetingInput, CreateTrainingInput, QuizScoreInput, TrainingFilter } from './activity.inputs';
import { ActivityParticipantConnection, AttendanceSummary } from './activity.resolver';
import { countAttendance } from './activity.service';
import { CommitteeMeeting, MeetingAttendance, QuizResult, Training } from './training.entity';
import {
  createCommitteeMeeting, createTraining, deputyAttendance, deputyParticipations, getMeeting, listMeetings, listTrainings, recordQuizResults,
  setMeetingAttendance,
} from './training.service';

@ObjectType({ description: '培训列表(分页)/ A page of trainings' })
export class TrainingConnection extends Connection(Training, 'Training') {}

@ObjectType({ description: '常委会会议列表(分页)/ A page of committee meetings' })
export class CommitteeMeetingConnection extends Connection(CommitteeMeeting, 'CommitteeMeeting') {}

@ObjectType({ description: '一位代表(或全部)的出席统计,只计已举行(进行中、已完成)的活动 / One deputy\'s attendance counts, or everyone\'s, over the activities held (in progress or completed)' })
export class DeputyAttendanceSummary extends AttendanceSummary {
  @Field(() => ID, { nullable: true, description: '代表;空为全部 / Deputy; empty: everyone in scope' }) deputyId: number | null;
  @Field(() => Int, { description: '受邀但尚未举行的活动(不计入出席率)/ Invitations to activities not yet held (not in the rate)' }) upcoming: number;
}

@Resolver(() => Training)
export class TrainingResolver {
  @Allow(P.ACTIVITY_READ)
  @Query(() => TrainingConnection, { description: '培训 / Trainings' })
  trainings(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => TrainingFilter, { nullable: true }) filter?: TrainingFilter) {
    return listTrainings(ctx, filter, page);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => Training, { description: '新建培训(及其活动)/ Create a training and its activity' })
  createTraining(@Ctx() ctx: Context, @Arg('input', () => CreateTrainingInput) input: CreateTrainingInput): Promise<Training> {
    return createTraining(ctx, input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => [QuizResult], { description: '登记答卷成绩 / Record quiz scores' })
  recordQuizResults(@Ctx() ctx: Context, @Arg('trainingId', () => ID) trainingId: string, @Arg('scores', () => [QuizScoreInput]) scores: QuizScoreInput[]): Promise<QuizResult[]> {
    return recordQuizResults(ctx, toId(trainingId), scores);
  }

  @FieldResolver(() => Activity, { description: '对应的活动 / Its activity' })
  async activity(@Root() t: Training, @Ctx() ctx: Context): Promise<Activity> {
    return (await loadById(ctx, Activity, t.activityId))!;
  }

  @FieldResolver(() => [QuizResult], { description: '答卷成绩,高分在前 / Quiz results, best first' })
  quizResults(@Root() t: Training, @Ctx() ctx: Context): Promise<QuizResult[]> {
    return byColumn(ctx, QuizResult, 'trainingId', { orderBy: { score: 'DESC', deputyId: 'ASC' } }).load(t.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: '平均分 / Average score' })
  async averageScore(@Root() t: Training, @Ctx() ctx: Context): Promise<number | null> {
    const rows = await byColumn(ctx, QuizResult, 'trainingId', { orderBy: { score: 'DESC', deputyId: 'ASC' } }).load(t.id);
    return rows.length ? Math.round((rows.reduce((s, r) => s + Number(r.score), 0) / rows.length) * 10) / 10 : null;
  }
}

@Resolver(() => QuizResult)
export class QuizResultFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: QuizResult, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }
}

@Resolver(() => CommitteeMeeting)
export class CommitteeMeetingResolver {
  @Allow(P.ACTIVITY_READ)
  @Query(() => CommitteeMeetingConnection, { description: '常委会会议(代表只见自己列席的)/ Committee meetings; a deputy sees those they sit in on' })
  committeeMeetings(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => CommitteeMeetingFilter, { nullable: true }) filter?: CommitteeMeetingFilter) {
    return listMeetings(ctx, filter, page);
  }

  @Allow(P.ACTIVITY_READ)
  @Query(() => CommitteeMeeting, { description: '一次常委会会议 / One committee meeting' })
  committeeMeeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CommitteeMeeting> {
    return getMeeting(ctx, toId(id));
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => CommitteeMeeting, { description: '新建常委会会议并邀请代表列席 / Create a committee meeting and invite deputies to sit in' })
  createCommitteeMeeting(@Ctx() ctx: Context, @Arg('input', () => CreateCommitteeMeetingInput) input: CreateCommitteeMeetingInput): Promise<CommitteeMeeting> {
    return createCommitteeMeeting(ctx, input);
  }

  @Allow(P.ACTIVITY_WRITE)
  @Mutation(() => [MeetingAttendance], { description: '邀请列席或登记列席情况 / Invite deputies to sit in, or record their attendance' })
  setMeetingAttendance(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string, @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[]): Promise<MeetingAttendance[]> {
    return setMeetingAttendance(ctx, toId(meetingId), entries);
  }

  @FieldResolver(() => Term, { description: '届 / Term' })
  async term(@Root() m: CommitteeMeeting, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, m.termId))!;
  }

  @FieldResolver(() => [MeetingAttendance], { description: '列席代表 / Deputies sitting in' })
  attendances(@Root() m: CommitteeMeeting, @Ctx() ctx: Context): Promise<MeetingAttendance[]> {
    return byColumn(ctx, MeetingAttendance, 'meetingId').load(m.id);
  }

  @FieldResolver(() => AttendanceSummary, { description: '列席统计 / Attendance counts' })
  async attendance(@Root() m: CommitteeMeeting, @Ctx() ctx: Context): Promise<AttendanceSummary> {
    const c = countAttendance(await byColumn(ctx, MeetingAttendance, 'meetingId').load(m.id));
    return { ...c, rate: attendanceRate(c) };
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: MeetingAttendance, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }
}

@Resolver()
export class DeputyActivitiesResolver {
  @Allow(P.ACTIVITY_READ)
  @Query(() => ActivityParticipantConnection, { description: '代表受邀的活动及出席情况;代表只能查自己,工作人员不指定代表时为全部 / The activities a deputy was invited to, with attendance; a deputy sees their own, staff naming nobody see everyone\'s' })
  deputyActivities(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('deputyId', () => ID, { nullable: true, description: '代表;代表本人可不填 / Deputy; a deputy may leave it out' }) deputyId?: string,
    @Arg('year', () => Int, { nullable: true, description: '年度 / Year' }) year?: number,
  ) {
    return deputyParticipations(ctx, deputyId, year, page);
  }

  @Allow(P.ACTIVITY_READ)
  @Query(() => DeputyAttendanceSummary, { description: '代表出席统计:只计已举行的活动(与履职档案的出勤率同一规则)/ A deputy\'s attendance counts over the activities held (the duty record\'s rule for attendance)' })
  async deputyAttendance(
    @Ctx() ctx: Context,
    @Arg('deputyId', () => ID, { nullable: true, description: '代表;代表本人可不填,工作人员不填为全部 / Deputy; left out: a deputy\'s own, or everyone\'s' }) deputyId?: string,
    @Arg('year', () => Int, { nullable: true, description: '年度 / Year' }) year?: number,
  ): Promise<DeputyAttendanceSummary> {
    const c = await deputyAttendance(ctx, deputyId, year);
    return { ...c, rate: attendanceRate(c) };
  }
}
