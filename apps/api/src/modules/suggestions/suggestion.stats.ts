import {
  measureValue, REPLY_CATEGORY_LABELS, SUGGESTION_MEASURES, type SuggestionMeasureDefinition, SUGGESTION_COUNTS, SUGGESTION_FIELD_LABELS, SUGGESTION_KIND_LABELS, SUGGESTION_MEASURE_NAMES, SUGGESTION_STATUS_LABELS, type SuggestionStatus,
  type Lang, type ReplyCategory, type SuggestionCount, type SuggestionDimension, type SuggestionField, type SuggestionKind, type SuggestionMeasure,
} from '@luzhi/shared';
import { batchedRead } from '../../common/batched-reads';
import type { Context } from '../../common/context';
import { badInput } from '../../common/errors';
import { toId } from '../../common/pagination';
import type { SuggestionStatsFilter } from './suggestion.inputs';
import { today } from './suggestion.rules';

/**
 * The facts the counts are computed from (`f`), weighted by `n`: either one row per suggestion
 * (suggestion_fact, n = 1) or, for statistics over a whole level or the country, the same facts
 * rolled up (suggestion_rollup plus its pending deltas, n = how many suggestions share the row).
 * Both are kept exact by triggers; migration 1764300600000-suggestion-fact.ts holds the
 * definition of each fact. "Overdue" depends on today, so it is computed here.
 */
const OVERDUE = `(f0.status IN ('ASSIGNED', 'HANDLING', 'REHANDLING') AND f0.reply_due_date < $1::date)`;
const FACTS = `SELECT f0.*, 1 AS n, ${OVERDUE} AS overdue FROM suggestion_fact f0 WHERE true`;
const ROLLUP = `SELECT f0.*, ${OVERDUE} AS overdue
  FROM (SELECT * FROM suggestion_rollup UNION ALL SELECT * FROM suggestion_rollup_delta) f0 WHERE true`;

const SAT = `('SATISFIED', 'BASICALLY_SATISFIED')`;

/**
 * Each count of packages/shared SUGGESTION_COUNTS as a weighted sum over the facts: the SQL is
 * the definition SUGGESTION_COUNT_DEFINITIONS describes.
 */
export const COUNT_SQL: Record<SuggestionCount, string> = {
  suggestions: 'sum(f.n)',
  assigned: 'sum(f.n) FILTER (WHERE f.assigned)',
  replied: 'sum(f.n) FILTER (WHERE f.replies > 0)',
  repliesDue: 'sum(f.n * (f.replies + CASE WHEN f.overdue THEN 1 ELSE 0 END))',
  repliesOnTime: 'sum(f.n * f.replies_on_time)',
  overdue: 'sum(f.n) FILTER (WHERE f.overdue)',
  faceToFace: 'sum(f.n) FILTER (WHERE f.replies > 0 AND f.met)',
  withFeedback: 'sum(f.n) FILTER (WHERE f.latest_verdict IS NOT NULL)',
  satisfied: `sum(f.n) FILTER (WHERE f.latest_verdict IN ${SAT})`,
  fullySatisfied: `sum(f.n) FILTER (WHERE f.latest_verdict = 'SATISFIED')`,
  basicallySatisfied: `sum(f.n) FILTER (WHERE f.latest_verdict = 'BASICALLY_SATISFIED')`,
  unsatisfied: `sum(f.n) FILTER (WHERE f.latest_verdict = 'UNSATISFIED')`,
  firstRoundWithFeedback: 'sum(f.n) FILTER (WHERE f.first_verdict IS NOT NULL)',
  firstRoundSatisfied: `sum(f.n) FILTER (WHERE f.first_verdict IN ${SAT})`,
  categoryA: `sum(f.n) FILTER (WHERE f.latest_category = 'A')`,
  categoryB: `sum(f.n) FILTER (WHERE f.latest_category = 'B')`,
  categoryC: `sum(f.n) FILTER (WHERE f.latest_category = 'C')`,
  categoryD: `sum(f.n) FILTER (WHERE f.latest_category = 'D')`,
  unsatisfiedTurnedSatisfied: `sum(f.n) FILTER (WHERE f.had_unsatisfied AND f.latest_verdict IN ${SAT})`,
  satisfiedNotSolved: `sum(f.n) FILTER (WHERE f.latest_verdict IN ${SAT} AND f.rated_category IN ('C', 'D'))`,
  keySupervision: 'sum(f.n) FILTER (WHERE f.key_supervision)',
};

/** Dimensions the rollup can group by: those it keeps (unit, session, deputy and group it does not). */
const ROLLUP_DIMENSIONS: ReadonlySet<SuggestionDimension> = new Set(['YEAR', 'FIELD', 'KIND', 'CATEGORY', 'STATUS']);

/** Each dimension: the grouping key and its label, both fixed SQL (an allow-list, nothing from the client). */
const DIMENSION_SQL: Record<SuggestionDimension, { key: string; label: string; join?: string }> = {
  UNIT: { key: 'f.lead_organization_id', label: 'o.name', join: 'LEFT JOIN organization o ON o.id = f.lead_organization_id' },
  SESSION: { key: 'f.session_id', label: 'cs.name', join: 'LEFT JOIN congress_session cs ON cs.id = f.session_id' },
  YEAR: { key: 'f.year', label: 'f.year::text' },
  FIELD: { key: 'f.field', label: 'f.field' },
  DEPUTY: { key: 'f.lead_deputy_id', label: 'd.name', join: 'LEFT JOIN deputy d ON d.id = f.lead_deputy_id' },
  GROUP: { key: 'f.group_id', label: 'dg.name', join: 'LEFT JOIN deputy_group dg ON dg.id = f.group_id' },
  KIND: { key: 'f.kind', label: 'f.kind' },
  CATEGORY: { key: 'f.latest_category', label: 'f.latest_category' },
  STATUS: { key: 'f.status', label: 'f.status' },
};

export interface StatsRow {
  dimensions: { dimension: SuggestionDimension; key: string | null; label: string }[];
  counts: Record<SuggestionCount, number>;
  measures: { measure: SuggestionMeasure; value: number | null; numerator: number; denominator: number | null }[];
}

function none(lang: Lang, dimension: SuggestionDimension): string {
  const text: Partial<Record<SuggestionDimension, [string, string]>> = {
    UNIT: ['未交办', 'Not assigned'], SESSION: ['闭会期间', 'In recess'], GROUP: ['未编组', 'No group'], CATEGORY: ['未答复', 'Not replied'],
  };
  const [zh, en] = text[dimension] ?? ['—', '—'];
  return lang === 'en' ? en : zh;
}

function enumLabel(dimension: SuggestionDimension, key: string, lang: Lang): string | null {
  const pick = (l: { zh: string; en: string } | undefined) => (l ? (lang === 'en' ? l.en : l.zh) : null);
  if (dimension === 'FIELD') return pick(SUGGESTION_FIELD_LABELS[key as SuggestionField]);
  if (dimension === 'KIND') return pick(SUGGESTION_KIND_LABELS[key as SuggestionKind]);
  if (dimension === 'CATEGORY') return pick(REPLY_CATEGORY_LABELS[key as ReplyCategory]);
  if (dimension === 'STATUS') return pick(SUGGESTION_STATUS_LABELS[key as SuggestionStatus]);
  return null;
}

/**
 * The measures grouped by the given dimensions, in one SQL statement: the facts per suggestion,
 * the counts per group, the labels joined in. Rates are computed from the counts by the shared
 * definitions, so the numbers shown and the numbers exported cannot disagree.
 */
/** Rows one statistic may return by default, and at most: beyond, the answer is refused, never cut short. */
export const STATS_ROW_LIMIT = 5000;
export const STATS_ROW_LIMIT_MAX = 20000;

export async function suggestionStats(ctx: Context, groupBy: SuggestionDimension[], filter: SuggestionStatsFilter | undefined, limit = STATS_ROW_LIMIT): Promise<StatsRow[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > STATS_ROW_LIMIT_MAX) throw badInput('common.invalidInput', { details: `limit: 1 to ${STATS_ROW_LIMIT_MAX}` });
  const dims = [...new Set(groupBy)].map((d) => ({ d, ...DIMENSION_SQL[d] }));
  const params: unknown[] = [today()];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  const f = filter ?? {};
  // The rollup answers when nothing identifying is asked for; the facts otherwise (by index).
  const rollup = !f.termId && !f.sessionId && !f.unitId && !f.deputyId && !f.groupId && dims.every(({ d }) => ROLLUP_DIMENSIONS.has(d));
  if (f.congressLevel) add('f0.level = ?', f.congressLevel);
  if (f.termId) add('f0.term_id = ?', toId(f.termId, 'termId'));
  if (f.sessionId) add('f0.session_id = ?', toId(f.sessionId, 'sessionId'));
  if (f.inSession != null) where.push(rollup ? `${f.inSession ? '' : 'NOT '}f0.in_session` : `f0.session_id IS ${f.inSession ? 'NOT ' : ''}NULL`);
  if (f.year) add('f0.year = ?', f.year);
  if (f.unitId) add('f0.lead_organization_id = ?', toId(f.unitId, 'unitId'));
  if (f.field) add('f0.field = ?', f.field);
  if (f.kind) add('f0.kind = ?', f.kind);
  if (f.deputyId) add('f0.lead_deputy_id = ?', toId(f.deputyId, 'deputyId'));
  if (f.keySupervision != null) add('f0.key_supervision = ?', f.keySupervision);
  if (f.groupId) add('f0.group_id = ?', toId(f.groupId, 'groupId'));
  const facts = (rollup ? ROLLUP : FACTS) + where.map((w) => ` AND ${w}`).join('');
  const counts = SUGGESTION_COUNTS.map((c) => `coalesce(${COUNT_SQL[c]}, 0)::int AS "${c}"`).join(',\n       ');
  const select = dims.flatMap(({ key, label }, i) => [`${key}::text AS k${i}`, `${label} AS l${i}`]);
  const sql = `WITH f AS (${facts})
SELECT ${[...select, counts].join(',\n       ')}
FROM f ${dims.map((x) => x.join ?? '').join(' ')}
${dims.length ? `GROUP BY ${dims.flatMap(({ key, label }) => [key, label]).join(', ')} HAVING sum(f.n) <> 0` : ''}
${dims.length ? `ORDER BY ${dims.map((_, i) => `l${i} NULLS LAST`).join(', ')}` : ''}
LIMIT ${limit + 1}`;
  const rows = await batchedRead(ctx, sql, params);
  // A statistic cut short would show wrong totals: more rows than asked for is an error.
  if (rows.length > limit) throw badInput('analytics.tooManyRows', { limit, max: STATS_ROW_LIMIT_MAX });
  return rows.map((row) => {
      const c = Object.fromEntries(SUGGESTION_COUNTS.map((k) => [k, Number(row[k] ?? 0)])) as Record<SuggestionCount, number>;
      return {
        dimensions: dims.map(({ d }, i) => {
          const key = (row[`k${i}`] as string | null) ?? null;
          const raw = row[`l${i}`] as string | null;
          return { dimension: d, key, label: key == null ? none(ctx.lang, d) : (enumLabel(d, key, ctx.lang) ?? raw ?? key) };
        }),
        counts: c,
        measures: SUGGESTION_MEASURE_NAMES.map((m) => {
          const def = measureDef(m);
          return { measure: m, value: measureValue(m, c), numerator: c[def.numerator], denominator: def.denominator ? c[def.denominator] : null };
        }),
      };
    });
}

const measureDef = (m: SuggestionMeasure): SuggestionMeasureDefinition => SUGGESTION_MEASURES[m];
