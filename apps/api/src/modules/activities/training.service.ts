import { In } from 'typeorm';
import { ACTIVITY_STATUS_LABELS, HELD_ACTIVITY_STATUSES, todayInChina, type AttendanceStatus } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { badInput, notFound, outOfScope } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { Term } from '../registry/congress.entity';
import { Deputy } from '../deputies/deputy.entity';
import { ActivityParticipant } from './activity.entity';
import type { AttendanceInput, CommitteeMeetingFilter, CreateCommitteeMeetingInput, CreateTrainingInput, QuizScoreInput, TrainingFilter } from './activity.inputs';
import { restrictActivities, seesAll } from './activity.scope';
import { countAttendance, createActivityIn, lockActivity, parseDate, type AttendanceCounts } from './activity.service';
import { CommitteeMeeting, MeetingAttendance, QuizResult, Training } from './training.entity';

/** A training is an activity of type TRAINING (plan, notice, attendance) plus mode, hours, materials, quiz. */
export async function createTraining(ctx: Context, input: CreateTrainingInput): Promise<Training> {
  return ctx.db.transaction(async (em) => {
    const activity = await createActivityIn(em, ctx, { ...input, type: 'TRAINING' });
    const repo = em.getRepository(Training);
    return repo.save(
      repo.create({
        activityId: activity.id, mode: input.mode, hours: input.hours, materials: input.materials?.trim() ?? '',
        quizTitle: input.quizTitle?.trim() || null, quizMaxScore: input.quizTitle ? (input.quizMaxScore ?? 100) : (input.quizMaxScore ?? null),
      }),
    );
  });
}

export function listTrainings(ctx: Context, filter: TrainingFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(Training).createQueryBuilder('t').innerJoin('activity', 'a', 'a.id = t.activity_id');
  restrictActivities(ctx, qb, 'a');
  if (filter?.mode) qb.andWhere('t.mode = :mode', { mode: filter.mode });
  if (filter?.year) qb.andWhere('a.start_date BETWEEN :y0 AND :y1', { y0: `${filter.year}-01-01`, y1: `${filter.year}-12-31` });
  qb.orderBy('a.start_date', 'DESC').addOrderBy('t.id', 'DESC');
  return paginate(qb, page);
}

/**
 * Records (or corrects) quiz scores, each between 0 and the quiz's maximum, once the training has
 * been held (in progress or completed) and only for deputies who attended it: a score for someone
 * who was not there, or for a training still to come, is a mistake the office should hear about.
 */
export async function recordQuizResults(ctx: Context, trainingId: number, scores: QuizScoreInput[]): Promise<QuizResult[]> {
  return ctx.db.transaction(async (em) => {
    const training = await em.getRepository(Training).findOneBy({ id: trainingId });
    if (!training) throw notFound({ zh: '培训', en: 'training' }, trainingId);
    const activity = await lockActivity(em, ctx, training.activityId);
    const what = { zh: '答卷成绩', en: 'quiz scores' };
    if (activity.status === 'CANCELLED') throw badInput('activity.closed', { status: ACTIVITY_STATUS_LABELS.CANCELLED, what });
    if (!HELD_ACTIVITY_STATUSES.includes(activity.status)) throw badInput('activity.notStarted', { what });
    const max = training.quizMaxScore ?? 100;
    const deputyIds = scores.map((s) => toId(s.deputyId, 'deputyId'));
    const deputies = new Map((await em.getRepository(Deputy).findBy({ id: In(deputyIds) })).map((d) => [d.id, d.name]));
    if (deputies.size !== new Set(deputyIds).size) throw notFound({ zh: '代表', en: 'deputy' }, deputyIds.join(','));
    const attended = new Set((await em.getRepository(ActivityParticipant).findBy({ activityId: activity.id, deputyId: In(deputyIds), status: 'ATTENDED' })).map((p) => p.deputyId));
    const absent = [...new Set(deputyIds.filter((id) => !attended.has(id)))];
    if (absent.length) throw badInput('activity.quizNotAttended', { names: absent.map((id) => deputies.get(id)!).join(', ') });
    const repo = em.getRepository(QuizResult);
    const existing = new Map((await repo.findBy({ trainingId, deputyId: In(deputyIds) })).map((r) => [r.deputyId, r]));
    const rows = scores.map((s, i) => {
      if (!(s.score >= 0 && s.score <= max)) throw badInput('activity.scoreRange', { name: deputies.get(deputyIds[i]!)!, score: s.score, max });
      const row = existing.get(deputyIds[i]!) ?? repo.create({ trainingId, deputyId: deputyIds[i]! });
      row.score = Math.round(s.score * 10) / 10;
      return row;
    });
    return repo.save(rows);
  });
}

function assertCommitteeStaff(ctx: Context): void {
  // Committee meetings are the committee's own business, not a group's.
  if (!['ADMIN', 'STAFF'].includes(ctx.viewer!.role)) throw outOfScope({ zh: '常委会会议', en: 'committee meeting' });
}

export async function createCommitteeMeeting(ctx: Context, input: CreateCommitteeMeetingInput): Promise<CommitteeMeeting> {
  assertCommitteeStaff(ctx);
  const termId = toId(input.termId, 'termId');
  const deputyIds = [...new Set((input.sittingInDeputyIds ?? []).map((d) => toId(d, 'sittingInDeputyIds')))];
  return ctx.db.transaction(async (em) => {
    if (!(await em.getRepository(Term).existsBy({ id: termId }))) throw notFound({ zh: '届', en: 'term' }, termId);
    if (deputyIds.length && (await em.getRepository(Deputy).countBy({ id: In(deputyIds) })) !== deputyIds.length) throw notFound({ zh: '代表', en: 'deputy' }, deputyIds.join(','));
    const meeting = await em.getRepository(CommitteeMeeting).save(
      em.getRepository(CommitteeMeeting).create({
        termId, number: input.number ?? null, title: input.title.trim(), meetingDate: parseDate(input.meetingDate, 'meetingDate'),
        place: input.place?.trim() || null, agenda: input.agenda?.trim() ?? '',
      }),
    );
    const repo = em.getRepository(MeetingAttendance);
    await repo.save(deputyIds.map((deputyId) => repo.create({ meetingId: meeting.id, deputyId, role: 'SITTING_IN', status: 'INVITED', leaveReason: null })));
    return meeting;
  });
}

/**
 * Adds deputies to sit in, or records how they attended: one row per deputy per meeting. As for
 * activities, attended or absent is known only once the meeting has been held (on or after its
 * date, in China); leave may be asked ahead.
 */
export async function setMeetingAttendance(ctx: Context, meetingId: number, entries: AttendanceInput[]): Promise<MeetingAttendance[]> {
  assertCommitteeStaff(ctx);
  return ctx.db.transaction(async (em) => {
    const meeting = await em.getRepository(CommitteeMeeting).findOneBy({ id: meetingId });
    if (!meeting) throw notFound({ zh: '常委会会议', en: 'committee meeting' }, meetingId);
    const repo = em.getRepository(MeetingAttendance);
    const out: MeetingAttendance[] = [];
    for (const e of entries) {
      const deputyId = toId(e.deputyId, 'deputyId');
      if (!(await em.getRepository(Deputy).existsBy({ id: deputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, deputyId);
      if ((e.status === 'ATTENDED' || e.status === 'ABSENT') && meeting.meetingDate > todayInChina()) {
        throw badInput('activity.meetingNotHeld', { title: meeting.title, date: meeting.meetingDate, what: { zh: '出席或缺席', en: 'attendance or absence' } });
      }
      const reason = e.leaveReason?.trim();
      if (e.status === 'ON_LEAVE' && !reason) throw badInput('activity.leaveReasonRequired');
      const row = (await repo.findOneBy({ meetingId, deputyId })) ?? repo.create({ meetingId, deputyId, role: 'SITTING_IN' });
      row.status = e.status;
      row.leaveReason = e.status === 'ON_LEAVE' ? reason! : null;
      out.push(await repo.save(row));
    }
    return out;
  });
}

export function listMeetings(ctx: Context, filter: CommitteeMeetingFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(CommitteeMeeting).createQueryBuilder('m');
  const v = ctx.viewer!;
  if (v.role === 'DEPUTY') qb.andWhere('EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meeting_id = m.id AND ma.deputy_id = :me)', { me: v.scopeDeputyId ?? -1 });
  if (filter?.termId) qb.andWhere('m.termId = :t', { t: toId(filter.termId) });
  if (filter?.year) qb.andWhere('m.meetingDate BETWEEN :y0 AND :y1', { y0: `${filter.year}-01-01`, y1: `${filter.year}-12-31` });
  qb.orderBy('m.meetingDate', 'DESC').addOrderBy('m.id', 'DESC');
  return paginate(qb, page);
}

export async function getMeeting(ctx: Context, id: number): Promise<CommitteeMeeting> {
  const qb = ctx.db.getRepository(CommitteeMeeting).createQueryBuilder('m').where('m.id = :id', { id });
  const v = ctx.viewer!;
  if (v.role === 'DEPUTY') qb.andWhere('EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meeting_id = m.id AND ma.deputy_id = :me)', { me: v.scopeDeputyId ?? -1 });
  const meeting = await qb.getOne();
  if (!meeting) throw notFound({ zh: '常委会会议', en: 'committee meeting' }, id);
  return meeting;
}

/**
 * Whose participations: a deputy always their own; others the deputy they name, or (no deputy
 * named) everyone's in the activities they may see, as an attendance register.
 */
function deputyFor(ctx: Context, deputyId: string | null | undefined): number | null {
  const v = ctx.viewer!;
  if (v.role === 'DEPUTY') {
    if (v.scopeDeputyId == null) throw badInput('activity.noDeputy');
    if (deputyId && toId(deputyId) !== v.scopeDeputyId) throw outOfScope({ zh: '代表', en: 'deputy' });
    return v.scopeDeputyId;
  }
  return deputyId ? toId(deputyId, 'deputyId') : null;
}

function participationsQuery(ctx: Context, deputyId: number | null, year: number | undefined) {
  const qb = ctx.db.getRepository(ActivityParticipant).createQueryBuilder('p').innerJoin('activity', 'a', 'a.id = p.activity_id');
  if (deputyId != null) qb.where('p.deputyId = :d', { d: deputyId });
  if (!seesAll(ctx)) restrictActivities(ctx, qb, 'a');
  if (year) qb.andWhere('a.start_date BETWEEN :y0 AND :y1', { y0: `${year}-01-01`, y1: `${year}-12-31` });
  return qb;
}

export function deputyParticipations(ctx: Context, deputyId: string | null | undefined, year: number | undefined, page: PageArgs) {
  const qb = participationsQuery(ctx, deputyFor(ctx, deputyId), year).orderBy('a.start_date', 'DESC').addOrderBy('p.id', 'DESC');
  return paginate(qb, page);
}

/**
 * DOMAIN.md attendance rate: attended / invited, over the activities held (in progress or
 * completed), as the duty record counts them: an invitation to an activity still to come is not
 * yet a chance missed. Leave is counted as not attended and shown apart; `upcoming` counts the
 * invitations not yet held.
 */
export async function deputyAttendance(ctx: Context, deputyId: string | null | undefined, year: number | undefined): Promise<AttendanceCounts & { deputyId: number | null; upcoming: number }> {
  const id = deputyFor(ctx, deputyId);
  const rows: { status: AttendanceStatus; held: boolean }[] = await participationsQuery(ctx, id, year)
    .andWhere("a.status <> 'CANCELLED'")
    .select('p.status', 'status')
    .addSelect('a.status IN (:...held)', 'held')
    .setParameter('held', HELD_ACTIVITY_STATUSES)
    .getRawMany();
  return { deputyId: id, ...countAttendance(rows.filter((r) => r.held)), upcoming: rows.filter((r) => !r.held).length };
}
