import type { DutyAttendanceRole } from '@luzhi/shared';

/**
 * One kind of record that the duty record (履职档案) counts. The record of N deputies for a year
 * is one SQL statement over every registered source (see record.sql.ts), so a source is two pieces
 * of fixed SQL, written by a developer, never built from client input.
 *
 * Placeholders, replaced by the builder:
 * - `$year`     the year, an integer;
 * - `$deputies` the deputies being computed, as a sub-select of `deputy_id` (`WHERE x.deputy_id IN $deputies`);
 * - `$deputy`   one deputy, an integer (only in `entriesSql`).
 * Filtering by `$year` and `$deputies` inside the source lets PostgreSQL use its indexes; the
 * builder filters the output by year and deputy again, so a source that forgets is still right.
 */
export interface DutySource {
  /** Stable key, UPPER_SNAKE: stored in points tables and objections. */
  key: string;
  label: { zh: string; en: string };
  /** What one unit of the value is: 次 / times, 小时 / hours, 分 / points. */
  unit: { zh: string; en: string };
  /** Where it appears in the record (ascending). */
  order: number;
  /** How the rows of one deputy and year combine: `sum` (counts, hours) or `avg` (quiz scores). */
  aggregate: 'sum' | 'avg';
  /** Counts towards the attendance rate: attended / (attended + on leave + absent). */
  attendance?: DutyAttendanceRole;
  /** Points per unit and cap (absolute) when no points table for the year overrides them. */
  defaultPoints: number;
  defaultMaxPoints: number | null;
  /**
   * `SELECT deputy_id, year, value`: one row per record (or pre-aggregated per deputy), `value`
   * numeric (1 for a count). Only the year `$year` is needed: filter on the record's own date
   * range (`d >= make_date($year, 1, 1) AND d < make_date($year + 1, 1, 1)`, which uses an index)
   * and output `$year AS year`; an `extract(year ...)` output makes PostgreSQL misjudge row counts.
   */
  valuesSql: string;
  /**
   * The records behind the number, for one deputy (`$deputy`) and year (`$year`):
   * `SELECT record_id, occurred_on, title, detail, value` (record_id integer, occurred_on date or
   * null, title text, detail text or null, value numeric).
   */
  entriesSql: string;
  /** The kind of record the entries are (an entity name), and the admin page that shows one. */
  recordType: string;
  adminPath?: string;
}

const registry = new Map<string, DutySource>();

/** Adds a source; a second source with the same key is a programming error. */
export function registerDutySource(source: DutySource): void {
  if (!/^[A-Z][A-Z0-9_]{1,59}$/.test(source.key)) throw new Error(`Duty source key ${source.key} must be UPPER_SNAKE`);
  if (registry.has(source.key)) throw new Error(`Duty source ${source.key} is registered twice`);
  registry.set(source.key, source);
}

/** Every registered source, in record order. */
export function dutySources(): DutySource[] {
  return [...registry.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

export function dutySource(key: string): DutySource | undefined {
  return registry.get(key);
}
