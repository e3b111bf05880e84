import type { DataSource } from 'typeorm';
import type { Context } from '../../../common/context';
import { badInput, notFound } from '../../../common/errors';
import { pageWindow, toId, toPage, type PageArgs } from '../../../common/pagination';
import { checkYear } from '../duty.errors';
import { dutyScope } from '../duty.scope';
import { rankRecords, recordCte, RECORD_ORDERS, type DeputySet, type Queryable } from './record.sql';
import type { DutyRanking, DutyRankingEntry } from './record.types';

/** Advisory-lock namespace of ranking computations (the second key is the term). */
const LOCK_SPACE = 0x6c7a_6472; // "lzdr"

interface Stored {
  computedAt: Date;
  deputies: number;
  ageSeconds: number;
  nodes: DutyRankingEntry[];
}

/** The stored ranking of a term and year, one page of it, in one statement; null if none. */
async function readStored(db: Queryable, termId: number, year: number, offset: number, limit: number): Promise<Stored | null> {
  const [row] = await db.query(
    `SELECT s.computed_at, s.deputies, extract(epoch FROM now() - s.computed_at)::float8 AS age,
            coalesce((SELECT json_agg(json_build_object('rank', r.rank, 'deputyId', r.deputy_id, 'score', r.score, 'grade', r.grade,
                                                        'attendancePercent', r.attendance_percent) ORDER BY r.rank)
                        FROM duty_ranking_snapshot r
                       WHERE r.term_id = s.term_id AND r.year = s.year AND r.rank > $3 AND r.rank <= $3 + $4), '[]') AS nodes
       FROM duty_ranking_state s WHERE s.term_id = $1 AND s.year = $2`,
    [termId, year, offset, limit],
  );
  if (!row) return null;
  return { computedAt: row.computed_at, deputies: row.deputies, ageSeconds: Number(row.age), nodes: row.nodes };
}

/**
 * Scores every deputy of the term for the year (the duty record's own statement) and stores the
 * ranking, in one transaction. One computation per term at a time (an advisory lock): with
 * `wait` false a request that finds another computing returns at once (it serves the previous
 * ranking); otherwise it waits, and does not compute again what was computed since `since`.
 */
async function compute(db: DataSource, termId: number, year: number, wait: boolean, since: Date | null): Promise<void> {
  await db.transaction(async (em) => {
    const [lock] = await em.query(
      wait ? `SELECT true AS got FROM pg_advisory_xact_lock($1, $2)` : `SELECT pg_try_advisory_xact_lock($1, $2) AS got`,
      [LOCK_SPACE, termId],
    );
    if (!lock.got) return;
    if (since) {
      const [done] = await em.query(`SELECT 1 FROM duty_ranking_state WHERE term_id = $1 AND year = $2 AND computed_at > $3`, [termId, year, since]);
      if (done) return;
    }
    await em.query(
      `INSERT INTO duty_ranking_state (term_id, year, deputies, computed_at) VALUES ($1, $2, 0, clock_timestamp())
       ON CONFLICT (term_id, year) DO UPDATE SET computed_at = clock_timestamp()`,
      [termId, year],
    );
    await em.query(`DELETE FROM duty_ranking_snapshot WHERE term_id = $1 AND year = $2`, [termId, year]);
    const { sql, params } = recordCte({ termId });
    params[0] = year;
    await em.query(
      `${sql},
       ranked AS (
         INSERT INTO duty_ranking_snapshot (term_id, year, rank, deputy_id, score, grade, attendance_percent)
         SELECT $10::int, $1::int, row_number() OVER (ORDER BY ${RECORD_ORDERS.SCORE_DESC}), r.deputy_id, r.score, r.grade, r.attendance_percent
           FROM record r JOIN deputy d ON d.id = r.deputy_id
         RETURNING 1)
       UPDATE duty_ranking_state SET deputies = (SELECT count(*) FROM ranked) WHERE term_id = $10::int AND year = $1::int`,
      params,
    );
  });
}

/**
 * A term's deputies ranked by duty score for a year, as the dashboard shows them. For the
 * office (every deputy in scope) it is the stored ranking, computed again when older than
 * `dutyRankingMaxAgeSeconds` or when `refresh` asks; a group leader or a deputy, whose scope is
 * a few deputies, get it counted live. `asOf` says when it was counted.
 */
export async function dutyRanking(ctx: Context, termIdArg: string | null | undefined, year: number, page: PageArgs, refresh: boolean): Promise<DutyRanking> {
  checkYear(year);
  if (!termIdArg) throw badInput('duty.rankingNeedsTerm');
  const termId = toId(termIdArg);
  const { offset, limit } = pageWindow(page);
  const scope = dutyScope(ctx);
  const maxAge = ctx.config.dutyRankingMaxAgeSeconds;
  if (scope.kind !== 'all') {
    return liveRanking(ctx, year, scope.kind === 'deputy' ? { ids: [scope.deputyId] } : { groupId: scope.groupId }, offset, limit, 0);
  }
  let stored = refresh ? null : await readStored(ctx.db, termId, year, offset, limit);
  // A replica cannot store: it serves what the primary last stored, or counts live.
  const writable = ctx.servedBy === 'primary';
  if (writable && (!stored || stored.ageSeconds > maxAge)) {
    const started = new Date();
    if (!stored) {
      const [term] = await ctx.db.query(`SELECT 1 FROM term WHERE id = $1`, [termId]);
      if (!term) throw notFound({ zh: '届次', en: 'term' }, termId);
    }
    // Missing (or asked for again): wait for a computation under way, and do not repeat one
    // finished since this request began. Too old: compute unless another request already is.
    await compute(ctx.db, termId, year, !stored, stored ? null : started);
    stored = await readStored(ctx.db, termId, year, offset, limit);
  }
  if (!stored) return liveRanking(ctx, year, { termId }, offset, limit, maxAge);
  return { ...toPage(stored.nodes, stored.deputies, offset), asOf: stored.computedAt, maxAgeSeconds: maxAge };
}

/** A page of the ranking counted now, from the duty record's own statement. */
async function liveRanking(ctx: Context, year: number, set: DeputySet, offset: number, limit: number, maxAgeSeconds: number): Promise<DutyRanking> {
  const { rows, total } = await rankRecords(ctx.db, year, set, 'SCORE_DESC', limit, offset);
  const nodes = rows.map((r, i) => ({ rank: offset + i + 1, deputyId: r.deputyId, score: r.score, grade: r.grade, attendancePercent: r.attendancePercent }));
  return { ...toPage(nodes, total, offset), asOf: new Date(), maxAgeSeconds };
}

/** Saving a points table changes the scores of its years: their stored rankings are dropped. */
export async function dropRankingsFrom(db: Queryable, effectiveYear: number): Promise<void> {
  await db.query(`DELETE FROM duty_ranking_state WHERE year >= $1`, [effectiveYear]);
}
