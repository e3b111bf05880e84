import { DEFAULT_SCORE_THRESHOLDS, type ScoreGrade } from '@luzhi/shared';
import { dutySources, type DutySource } from './duty-source';
import './sources';

/** Anything that runs SQL: a DataSource, an EntityManager (inside a transaction), a QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * Which deputies to compute. `ids`: exactly these. `term`: everyone holding a mandate of the term
 * during the year. `group`: the current members of one group. `termGroups`: the current members
 * of every group of a term (with their group, for group scores). `allInYear`: every deputy holding
 * any mandate during the year.
 */
export type DeputySet = { ids: number[] } | { termId: number } | { groupId: number } | { termGroupsOf: number } | { allInYear: true };

/** Fixed parameters of every record statement; the deputy set's parameter is $10. */
const FIXED_PARAMS = 9;

function deputySetSql(set: DeputySet): { sql: string; param: unknown } {
  if ('ids' in set) return { sql: `SELECT unnest($10::int[]) AS deputy_id`, param: set.ids };
  if ('termId' in set) {
    return {
      sql: `SELECT m.deputy_id FROM mandate m WHERE m.term_id = $10::int
              AND m.start_date <= make_date($1::int, 12, 31) AND (m.end_date IS NULL OR m.end_date >= make_date($1::int, 1, 1))`,
      param: set.termId,
    };
  }
  if ('allInYear' in set) {
    return {
      sql: `SELECT m.deputy_id FROM mandate m WHERE $10::int IS NULL
              AND m.start_date <= make_date($1::int, 12, 31) AND (m.end_date IS NULL OR m.end_date >= make_date($1::int, 1, 1))`,
      param: null,
    };
  }
  if ('groupId' in set) return { sql: `SELECT gm.deputy_id FROM group_membership gm WHERE gm.group_id = $10::int AND gm.end_date IS NULL`, param: set.groupId };
  return { sql: `SELECT gm.deputy_id FROM group_membership gm WHERE gm.term_id = $10::int AND gm.end_date IS NULL`, param: set.termGroupsOf };
}

const placeholders = (sql: string, extra: Record<string, string> = {}) => {
  let out = sql.replace(/\$year\b/g, '$1::int').replace(/\$deputies\b/g, '(SELECT deputy_id FROM dlist)');
  for (const [name, value] of Object.entries(extra)) out = out.replace(new RegExp(`\\$${name}\\b`, 'g'), value);
  return out;
};

function sourceValues(source: DutySource): string {
  const agg = source.aggregate === 'avg' ? 'avg' : 'sum';
  return `SELECT '${source.key}'::text AS key, s.deputy_id, ${agg}(s.value)::numeric AS value
    FROM (${placeholders(source.valuesSql)}) s
    WHERE s.year = $1::int AND s.deputy_id IN (SELECT deputy_id FROM dlist)
    GROUP BY s.deputy_id`;
}

/**
 * `WITH ... record AS (...)`: the duty record of every deputy of the set for the year, one row per
 * deputy (also those with nothing recorded): items {key: [value, points]}, score, grade,
 * attendance counts and the points table used. One statement, whatever the number of deputies
 * or sources; callers append the SELECT they need.
 */
export function recordCte(set: DeputySet, sources = dutySources()): { sql: string; params: unknown[] } {
  if (!sources.length) throw new Error('No duty sources are registered');
  const ds = deputySetSql(set);
  const union = sources.map(sourceValues).join('\n    UNION ALL\n    ');
  const sql = `WITH dlist AS (${ds.sql}),
  vals AS (
    ${union}
  ),
  rs AS (SELECT id, effective_year, good_from, fair_from FROM scoring_rule_set WHERE effective_year <= $1::int ORDER BY effective_year DESC LIMIT 1),
  rules AS (
    SELECT d.key,
           coalesce(r.points, d.points) AS points,
           CASE WHEN r.id IS NULL THEN d.max_points ELSE r.max_points END AS max_points
    FROM unnest($2::text[], $3::numeric[], $4::numeric[]) AS d(key, points, max_points)
    LEFT JOIN scoring_rule r ON r.rule_set_id = (SELECT id FROM rs) AND r.item_key = d.key
  ),
  scored AS (
    SELECT v.deputy_id, v.key, v.value,
           CASE WHEN rules.max_points IS NULL THEN v.value * rules.points
                WHEN v.value * rules.points >= 0 THEN least(v.value * rules.points, rules.max_points)
                ELSE greatest(v.value * rules.points, -rules.max_points) END AS points
    FROM vals v JOIN rules ON rules.key = v.key
  ),
  per_deputy AS (
    SELECT sc.deputy_id,
           jsonb_object_agg(sc.key, jsonb_build_array(round(sc.value, 2), round(sc.points, 2))) AS items,
           sum(sc.points) AS points,
           sum(sc.value) FILTER (WHERE sc.key = ANY($5::text[])) AS attended,
           sum(sc.value) FILTER (WHERE sc.key = ANY($6::text[])) AS on_leave,
           sum(sc.value) FILTER (WHERE sc.key = ANY($7::text[])) AS absent
    FROM scored sc
    GROUP BY sc.deputy_id
  ),
  -- Grouped first, then joined: joining every scored item to every deputy of the set before
  -- grouping made a nested loop of (deputies x items) on a term of a few hundred.
  totals AS (
    SELECT dl.deputy_id,
           coalesce(p.items, '{}'::jsonb) AS items,
           least(greatest(coalesce(p.points, 0), 0), 100) AS score,
           coalesce(p.attended, 0) AS attended,
           coalesce(p.on_leave, 0) AS on_leave,
           coalesce(p.absent, 0) AS absent
    FROM (SELECT DISTINCT deputy_id FROM dlist) dl
    LEFT JOIN per_deputy p ON p.deputy_id = dl.deputy_id
  ),
  record AS (
    SELECT t.deputy_id, t.items, round(t.score, 2) AS score,
           CASE WHEN t.score >= coalesce((SELECT good_from FROM rs), $8::int) THEN 'GOOD'
                WHEN t.score >= coalesce((SELECT fair_from FROM rs), $9::int) THEN 'FAIR'
                ELSE 'POOR' END AS grade,
           t.attended, t.on_leave, t.absent,
           CASE WHEN t.attended + t.on_leave + t.absent > 0
                THEN round(100 * t.attended / (t.attended + t.on_leave + t.absent), 1) END AS attendance_percent,
           (SELECT effective_year FROM rs) AS rule_set_year
    FROM totals t
  )`;
  const keysWith = (role: string) => sources.filter((s) => s.attendance === role).map((s) => s.key);
  const params: unknown[] = [
    null, // $1 year, set by the caller
    sources.map((s) => s.key),
    sources.map((s) => s.defaultPoints),
    sources.map((s) => s.defaultMaxPoints),
    keysWith('ATTENDED'),
    keysWith('ON_LEAVE'),
    keysWith('ABSENT'),
    DEFAULT_SCORE_THRESHOLDS.goodFrom,
    DEFAULT_SCORE_THRESHOLDS.fairFrom,
    ds.param,
  ];
  if (params.length !== FIXED_PARAMS + 1) throw new Error('record parameters out of step');
  return { sql, params };
}

export interface RecordRow {
  deputyId: number;
  year: number;
  /** key → [value, points] */
  items: Record<string, [number, number]>;
  score: number;
  grade: ScoreGrade;
  attended: number;
  onLeave: number;
  absent: number;
  attendancePercent: number | null;
  ruleSetYear: number | null;
}

const toRow = (year: number) => (r: any): RecordRow => ({
  deputyId: r.deputy_id,
  year,
  items: r.items,
  score: Number(r.score),
  grade: r.grade,
  attended: Number(r.attended),
  onLeave: Number(r.on_leave),
  absent: Number(r.absent),
  attendancePercent: r.attendance_percent === null ? null : Number(r.attendance_percent),
  ruleSetYear: r.rule_set_year,
});

/** The records of a set of deputies for a year, one statement. */
export async function computeRecords(db: Queryable, year: number, set: DeputySet): Promise<RecordRow[]> {
  const { sql, params } = recordCte(set);
  params[0] = year;
  const rows = await db.query(`${sql} SELECT * FROM record ORDER BY deputy_id`, params);
  return rows.map(toRow(year));
}

export const RECORD_ORDERS = {
  SCORE_DESC: 'r.score DESC, r.attendance_percent DESC NULLS LAST, d.name_pinyin ASC, d.id ASC',
  SCORE_ASC: 'r.score ASC, d.name_pinyin ASC, d.id ASC',
  NAME_ASC: 'd.name_pinyin ASC, d.id ASC',
} as const;

/** One page of a ranking, with the total, in one statement. */
export async function rankRecords(
  db: Queryable,
  year: number,
  set: DeputySet,
  order: keyof typeof RECORD_ORDERS,
  limit: number,
  offset: number,
  search?: string,
): Promise<{ rows: RecordRow[]; total: number }> {
  const { sql, params } = recordCte(set);
  params[0] = year;
  params.push(limit, offset, search ? `%${search}%` : null);
  // Not a prepared statement, though planning costs about as much as running it for one term:
  // after five runs PostgreSQL switched to a generic plan that took 190 ms instead of 30.
  const rows = await db.query(
    `${sql} SELECT r.*, count(*) OVER () AS total FROM record r JOIN deputy d ON d.id = r.deputy_id
     WHERE $13::text IS NULL OR d.name LIKE $13 OR d.name_pinyin LIKE lower($13) OR d.name_initials LIKE lower($13)
     ORDER BY ${RECORD_ORDERS[order]} LIMIT $11 OFFSET $12`,
    params,
  );
  return { rows: rows.map(toRow(year)), total: rows[0] ? Number(rows[0].total) : 0 };
}

export interface GroupScoreRow {
  groupId: number;
  members: number;
  averageScore: number;
  participationPercent: number | null;
}

/** Every group of a term: its members' average score and participation rate, best first. */
export async function groupScores(db: Queryable, year: number, termId: number): Promise<GroupScoreRow[]> {
  const { sql, params } = recordCte({ termGroupsOf: termId });
  params[0] = year;
  const rows = await db.query(
    `${sql} SELECT gm.group_id, count(*) AS members, round(avg(r.score), 2) AS average_score,
            CASE WHEN sum(r.attended + r.on_leave + r.absent) > 0
                 THEN round(100 * sum(r.attended) / sum(r.attended + r.on_leave + r.absent), 1) END AS participation_percent
     FROM record r JOIN group_membership gm ON gm.deputy_id = r.deputy_id AND gm.term_id = $10::int AND gm.end_date IS NULL
     GROUP BY gm.group_id
     ORDER BY average_score DESC, participation_percent DESC NULLS LAST, gm.group_id`,
    params,
  );
  return rows.map((r: any) => ({
    groupId: r.group_id,
    members: Number(r.members),
    averageScore: Number(r.average_score),
    participationPercent: r.participation_percent === null ? null : Number(r.participation_percent),
  }));
}

export interface EntryRow {
  recordId: number;
  occurredOn: string | null;
  title: string;
  detail: string | null;
  value: number;
}

/** The records behind one number of one deputy's record, a page of them with the total. */
export async function recordEntries(db: Queryable, source: DutySource, deputyId: number, year: number, limit: number, offset: number): Promise<{ rows: EntryRow[]; total: number }> {
  const inner = source.entriesSql.replace(/\$year\b/g, '$1::int').replace(/\$deputy\b/g, '$2::int');
  const rows = await db.query(
    `SELECT e.record_id, e.occurred_on, e.title, e.detail, e.value, count(*) OVER () AS total
     FROM (${inner}) e ORDER BY e.occurred_on DESC NULLS LAST, e.record_id DESC LIMIT $3 OFFSET $4`,
    [year, deputyId, limit, offset],
  );
  return {
    rows: rows.map((r: any) => ({ recordId: r.record_id, occurredOn: r.occurred_on, title: r.title, detail: r.detail, value: Number(r.value) })),
    total: rows[0] ? Number(rows[0].total) : 0,
  };
}
