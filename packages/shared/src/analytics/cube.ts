import type { Permission } from '../permissions';

/**
 * The analytics vocabulary, declared once: each "cube" is one table (or join) with the
 * dimensions it can be grouped by, the measures it can compute and the filters it accepts. The
 * API's stats engine turns a request into ONE SQL statement from these declarations only (the
 * client picks names, never SQL); the admin shows the same labels and descriptions; the GraphQL
 * schema documents every name with them. See docs/development.md, "Adding measures".
 */
export interface Label {
  zh: string;
  en: string;
}

export type DimensionType = 'string' | 'date' | 'id' | 'int';
export type MeasureType = 'count' | 'number' | 'rate';
export type FilterType = 'string' | 'id' | 'timestamp' | 'date' | 'boolean' | 'int';

export interface DimensionDef {
  label: Label;
  description: Label;
  /** A SQL expression over the cube's `from`; grouped by and returned as the dimension's value. */
  sql: string;
  type: DimensionType;
  /** Needed to group by this dimension (e.g. one that names people); other dimensions stay open. */
  requires?: Permission;
  /** The cube's `joins` its SQL reads. */
  joins?: readonly string[];
}

export interface MeasureDef {
  label: Label;
  description: Label;
  /** An aggregate SQL expression over the cube's `from`, e.g. `count(*)` or a ratio of sums. */
  sql: string;
  type: MeasureType;
  /** The cube's `joins` its SQL reads. */
  joins?: readonly string[];
}

export interface FilterDef {
  label: Label;
  /** The SQL expression compared; the value is always a bound parameter. */
  sql: string;
  /** `eq`: = $n; `in`: = ANY($n) (the value is a list); `gte` / `lt`: a range bound. */
  op: 'eq' | 'in' | 'gte' | 'lt';
  type: FilterType;
  /** Needed to use this filter (a filter can single out a person as well as a dimension can). */
  requires?: Permission;
  /** The cube's `joins` its SQL reads. */
  joins?: readonly string[];
}

/**
 * A value the cube's SQL uses other than as a filter (e.g. the date ages are computed at): written
 * `{{name}}` in a dimension's, measure's or `where` SQL, sent by the client in the filter input
 * like a filter, always bound as a parameter; `default` (SQL) is used when the client sends none.
 */
export interface ParameterDef {
  label: Label;
  type: 'date';
  default: string;
}

/**
 * A smaller table that answers some of a cube's requests with the same numbers: e.g. counts kept
 * per combination of a few attributes, exact at every commit (by triggers in the writers'
 * transactions). The engine reads the first rollup of the cube that has every requested
 * dimension, measure and filter, and the cube's own `from` otherwise; permissions and limits are
 * checked against the cube before either is chosen. Each expression here must mean exactly what
 * the cube's expression of the same name means (a test compares both paths).
 */
export interface RollupDef<D extends string = string, M extends string = string, F extends string = string> {
  /** What it is called in code and docs. */
  name: string;
  /** The FROM clause over the rollup (a table or subquery with an alias); developer-written. */
  from: string;
  /** SQL over `from` for each dimension it can group by. */
  dimensions: Partial<Record<D, string>>;
  /** Aggregate SQL over `from` for each measure it can compute. */
  measures: Partial<Record<M, string>>;
  /** SQL over `from` compared with each filter it accepts (the operator and value as in the cube's filter). */
  filters: Partial<Record<F, string>>;
  /**
   * A group exists only where this holds. A rollup whose rows and pending changes are added at
   * query time can add up to an empty group, which the cube itself never returns.
   */
  having?: string;
}

export interface CubeDef<D extends string = string, M extends string = string, F extends string = string> {
  /** The cube's name in code and GraphQL (`<Name>Dimension`, `<Name>Measure`, `<Name>StatsRow`). */
  name: string;
  label: Label;
  description: Label;
  /** The FROM clause (a table with an alias, or a fixed join); developer-written, never from a client. */
  from: string;
  /**
   * Joins appended to `from` only when a chosen dimension, measure or filter names them in its
   * `joins`. Only LEFT JOINs that match at most one row (by a key or a unique index) belong here:
   * leaving such a join out changes no count.
   */
  joins?: Record<string, string>;
  /** A condition always applied (e.g. soft-deleted rows left out). */
  where?: string;
  dimensions: Record<D, DimensionDef>;
  measures: Record<M, MeasureDef>;
  filters: Record<F, FilterDef>;
  parameters?: Record<string, ParameterDef>;
  /** Smaller tables that answer some requests with the same numbers, tried in order. */
  rollups?: RollupDef<D, M, F>[];
}

/** Declares a cube with its names checked: use it so a typo in a dimension name fails to compile. */
export function defineCube<D extends string, M extends string, F extends string>(cube: CubeDef<D, M, F>): CubeDef<D, M, F> {
  return cube;
}

/** Dimensions are named in SCREAMING_SNAKE (GraphQL enum values); measures and filters in camelCase. */
export const DIMENSION_NAME = /^[A-Z][A-Z0-9_]*$/;
export const MEASURE_NAME = /^[a-z][A-Za-z0-9]*$/;

/** The time zone dates are reported in (the committee's local day, not UTC's). */
export const REPORT_TIME_ZONE = 'Asia/Shanghai';
