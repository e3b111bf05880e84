import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { In } from 'typeorm';
import { PERMISSIONS as P, type SessionAttendanceStatus } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { badInput, notFound } from '../../../common/errors';
import { loadById } from '../../../common/loaders';
import { Connection, PageArgs, pageWindow, toId, toPage } from '../../../common/pagination';
import { assertVersion, escapeLike } from '../../../common/records';
import { Session } from '../../registry/congress.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { SessionAttendanceStatusEnum } from '../duty.enums';
import { dutyScope } from '../duty.scope';
import '../duty.errors';
import { SessionAttendance } from './session-attendance.entity';

@ObjectType({ description: '会议出席登记表的一行:该届的一位代表及其出席情况(未登记为空)/ One row of a session\'s attendance sheet: a deputy of the term and their attendance, empty when not recorded' })
export class SessionAttendanceRow {
  @Field(() => ID, { description: '代表编号 / Deputy id' })
  deputyId: number;

  @Field(() => SessionAttendanceStatusEnum, { nullable: true, description: '出席情况 / Attendance' })
  status: SessionAttendanceStatus | null;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: '出席记录编号 / Attendance record id' })
  attendanceId: number | null;

  @Field(() => Int, { nullable: true, description: '出席记录版本号 / Attendance record version' })
  version: number | null;
}

@ObjectType({ description: 'SessionAttendanceRow 的分页列表 / A page of session attendance rows' })
export class SessionAttendanceRowConnection extends Connection(SessionAttendanceRow, 'SessionAttendanceRow') {}

@InputType({ description: '出席登记表筛选 / Attendance sheet filter' })
export class SessionAttendanceFilter {
  @Field(() => SessionAttendanceStatusEnum, { nullable: true, description: '出席情况 / Attendance' })
  status?: SessionAttendanceStatus;

  @Field(() => Boolean, { nullable: true, description: '只看未登记的 / Only deputies not recorded yet' })
  unrecorded?: boolean;

  @Field(() => String, { nullable: true, description: '代表姓名包含 / Name contains' })
  @IsOptional()
  @MaxLength(50)
  search?: string;
}

@InputType({ description: '一位代表的出席情况 / One deputy\'s attendance' })
export class SessionAttendanceEntryInput {
  @Field(() => ID, { description: '代表 / Deputy' })
  deputyId: string;

  @Field(() => SessionAttendanceStatusEnum, { description: '出席情况 / Attendance' })
  status: SessionAttendanceStatus;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;

  @Field(() => Int, { nullable: true, description: '已有记录的版本号(修改时)/ Version of the existing record, when changing it' })
  version?: number | null;
}

/** The deputies of the session's term, with their attendance (one statement for the page and the total). */
async function attendanceSheet(ctx: Context, sessionId: number, filter: SessionAttendanceFilter | undefined, page: PageArgs) {
  const session = await loadById(ctx, Session, sessionId);
  if (!session) throw notFound({ zh: '会议', en: 'session' }, sessionId);
  const { offset, limit } = pageWindow(page);
  const params: unknown[] = [sessionId, session.termId, limit, offset];
  const where: string[] = [];
  if (filter?.status) where.push(`a.status = $${params.push(filter.status)}`);
  if (filter?.unrecorded) where.push(`a.id IS NULL`);
  if (filter?.search) where.push(`d.name LIKE $${params.push(`%${escapeLike(filter.search)}%`)}`);
  const scope = dutyScope(ctx);
  if (scope.kind === 'deputy') where.push(`d.id = $${params.push(scope.deputyId)}`);
  if (scope.kind === 'group') where.push(`d.id IN (SELECT deputy_id FROM group_membership WHERE group_id = $${params.push(scope.groupId)} AND end_date IS NULL)`);
  const rows = await ctx.db.query(
    `SELECT d.id AS deputy_id, a.id, a.status, a.note, a.version, count(*) OVER () AS total
     FROM mandate m JOIN deputy d ON d.id = m.deputy_id
     LEFT JOIN session_attendance a ON a.session_id = $1 AND a.deputy_id = d.id
     WHERE m.term_id = $2 ${where.map((w) => `AND ${w}`).join(' ')}
     ORDER BY d.name_pinyin, d.id LIMIT $3 OFFSET $4`,
    params,
  );
  const nodes: SessionAttendanceRow[] = rows.map((r: any) => ({ deputyId: r.deputy_id, status: r.status, note: r.note, attendanceId: r.id, version: r.version }));
  return toPage(nodes, rows[0] ? Number(rows[0].total) : 0, offset);
}

/** Records the attendance of many deputies at one session, in one transaction. */
export async function recordSessionAttendance(ctx: Context, sessionId: number, entries: SessionAttendanceEntryInput[]): Promise<number> {
  if (!entries.length) return 0;
  const deputyIds = entries.map((e) => toId(e.deputyId, 'deputyId'));
  if (new Set(deputyIds).size !== deputyIds.length) throw badInput('common.invalidInput', { details: { zh: 'deputyId: 重复', en: 'deputyId: repeated' } });
  return ctx.db.transaction(async (em) => {
    const session = await em.getRepository(Session).findOneBy({ id: sessionId });
    if (!session) throw notFound({ zh: '会议', en: 'session' }, sessionId);
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM mandate WHERE term_id = $1 AND deputy_id = ANY($2::int[])`, [session.termId, deputyIds]);
    if (n !== deputyIds.length) throw badInput('common.invalidInput', { details: { zh: 'deputyId: 不是该届代表', en: 'deputyId: not a deputy of this term' } });
    const repo = em.getRepository(SessionAttendance);
    const existing = new Map((await repo.find({ where: { sessionId, deputyId: In(deputyIds) }, lock: { mode: 'pessimistic_write' } })).map((a) => [a.deputyId, a]));
    const rows = entries.map((e, i) => {
      const row = existing.get(deputyIds[i]!) ?? repo.create({ sessionId, deputyId: deputyIds[i]! });
      if (row.id && e.version != null) assertVersion({ zh: '出席记录', en: 'attendance' }, row.version, e.version);
      row.status = e.status;
      row.note = e.note?.trim() || null;
      return row;
    });
    await repo.save(rows);
    return rows.length;
  });
}

@Resolver(() => SessionAttendanceRow)
export class SessionAttendanceResolver {
  @Allow(P.DUTY_READ)
  @Query(() => SessionAttendanceRowConnection, { description: '会议出席登记表 / A plenary session\'s attendance sheet' })
  sessionAttendance(
    @Ctx() ctx: Context,
    @Arg('sessionId', () => ID) sessionId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SessionAttendanceFilter, { nullable: true }) filter?: SessionAttendanceFilter,
  ) {
    return attendanceSheet(ctx, toId(sessionId), filter, page);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => Int, { description: '登记会议出席情况(多位代表,一个事务)/ Record attendance of several deputies at a session, in one transaction; returns how many' })
  recordSessionAttendance(
    @Ctx() ctx: Context,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [SessionAttendanceEntryInput]) entries: SessionAttendanceEntryInput[],
  ): Promise<number> {
    return recordSessionAttendance(ctx, toId(sessionId), entries);
  }

  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() row: SessionAttendanceRow, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, row.deputyId))!;
  }
}
