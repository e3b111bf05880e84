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
}

export interface MeasureDef {
  label: Label;
  description: Label;
  /** An aggregate SQL expression over the cube's `from`, e.g. `count(*)` or a ratio of sums. */
  sql: string;
  type: MeasureType;
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

export interface CubeDef<D extends string = string, M extends string = string, F extends string = string> {
  /** The cube's name in code and GraphQL (`<Name>Dimension`, `<Name>Measure`, `<Name>StatsRow`). */
  name: string;
  label: Label;
  description: Label;
  /** The FROM clause (a table with an alias, or a fixed join); developer-written, never from a client. */
  from: string;
  /** A condition always applied (e.g. soft-deleted rows left out). */
  where?: string;
  dimensions: Record<D, DimensionDef>;
  measures: Record<M, MeasureDef>;
  filters: Record<F, FilterDef>;
  parameters?: Record<string, ParameterDef>;
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
