import { can, permissionsText, type CubeDef, type FilterDef, type Permission } from '@luzhi/shared';
import type { Context } from './context';
import { AppError, badInput } from './errors';
import { toId } from './pagination';
import { batchedRead } from './batched-reads';

/**
 * The stats engine: a request names dimensions, measures and filters of a cube declared in
 * packages/shared (`analytics/`), and gets ONE SQL statement built only from those declarations.
 * Names from the client are looked up in the cube (unknown ones are refused); values are bound
 * parameters. Nothing a client sends is spliced into the SQL.
 */
export const MAX_GROUP_BY = 4;
export const STATS_ROW_LIMIT_MAX = 10000;
export const STATS_ROW_LIMIT_DEFAULT = 1000;
const MAX_LIST_FILTER = 200;
const MAX_FILTER_TEXT = 200;

export interface StatsRequest {
  groupBy: readonly string[];
  /** The measures to compute; the first of the cube when empty. */
  measures: readonly string[];
  filter?: Record<string, unknown> | null;
  /** Rows sorted by this measure, largest first; else by the dimensions. */
  orderBy?: string | null;
  limit?: number | null;
  /** Whether the viewer holds a permission (for dimensions and filters that require one). */
  can: (permission: Permission) => boolean;
}

export interface StatsQuery {
  sql: string;
  params: unknown[];
  dimensions: string[];
  measures: string[];
  limit: number;
  /** The rollup that answers, or null when the cube's own tables do. */
  rollup: string | null;
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** `ENTITY` -> `entity`, `DEPUTY_GROUP` -> `deputyGroup`: the row field of a dimension. */
export function dimensionField(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function filterValue(name: string, def: FilterDef, value: unknown): unknown {
  const one = (v: unknown): unknown => {
    switch (def.type) {
      case 'id':
        return toId(v as string, name);
      case 'int':
        if (!Number.isInteger(v)) throw badInput('common.invalidInput', { details: `${name}: ${String(v)}` });
        return v;
      case 'boolean':
        return Boolean(v);
      case 'timestamp':
        if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw badInput('common.invalidInput', { details: `${name}: ${String(v)}` });
        return v;
      case 'date':
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw badInput('common.invalidInput', { details: `${name}: ${String(v)}` });
        return v;
      default:
        if (typeof v !== 'string' || v.length > MAX_FILTER_TEXT) throw badInput('common.invalidInput', { details: `${name}: ${MAX_FILTER_TEXT}` });
        return v;
    }
  };
  if (def.op === 'in') {
    if (!Array.isArray(value) || value.length > MAX_LIST_FILTER) throw badInput('common.invalidInput', { details: `${name}: ≤ ${MAX_LIST_FILTER}` });
    return value.map(one);
  }
  return one(value);
}

/** The cube's `from` with the optional joins that the chosen dimensions, measures and filters read. */
function fromWithJoins(cube: CubeDef, dimensions: string[], measures: string[], filters: FilterDef[]): string {
  const names = new Set([...dimensions.map((d) => cube.dimensions[d]!), ...measures.map((m) => cube.measures[m]!), ...filters].flatMap((x) => x.joins ?? []));
  const joins = [...names].map((name) => {
    if (!has(cube.joins ?? {}, name)) throw new Error(`cube ${cube.name}: unknown join ${name}`);
    return cube.joins![name]!;
  });
  return [cube.from, ...joins].join('\n    ');
}

export function buildStatsQuery(cube: CubeDef, request: StatsRequest): StatsQuery {
  const dimensions = [...new Set(request.groupBy)];
  if (dimensions.length > MAX_GROUP_BY) throw badInput('analytics.tooManyGroups', { max: MAX_GROUP_BY });
  for (const d of dimensions) {
    if (!has(cube.dimensions, d)) throw badInput('common.invalidInput', { details: `groupBy: ${d}` });
    const requires = cube.dimensions[d]!.requires;
    if (requires && !request.can(requires)) throw new AppError('FORBIDDEN', 'analytics.dimensionForbidden', { name: d, permission: permissionsText([requires]) });
  }
  const measureNames = Object.keys(cube.measures);
  const measures = [...new Set(request.measures.length ? request.measures : measureNames.slice(0, 1))];
  if (request.orderBy && !measures.includes(request.orderBy)) measures.push(request.orderBy);
  for (const m of measures) if (!has(cube.measures, m)) throw badInput('common.invalidInput', { details: `measure: ${m}` });

  const limit = request.limit ?? STATS_ROW_LIMIT_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1 || limit > STATS_ROW_LIMIT_MAX) throw badInput('common.invalidInput', { details: `limit: 1–${STATS_ROW_LIMIT_MAX}` });

  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Parameters first: `{{name}}` in the cube's SQL becomes a bound value or the declared default.
  const parameterSql: Record<string, string> = {};
  for (const [name, def] of Object.entries(cube.parameters ?? {})) {
    const value = request.filter?.[name];
    if (value === undefined || value === null) parameterSql[name] = `(${def.default})`;
    else parameterSql[name] = `${bind(filterValue(name, { label: def.label, sql: '', op: 'eq', type: def.type }, value))}::date`;
  }
  const sub = (sql: string) => sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!has(parameterSql, name)) throw new Error(`cube ${cube.name}: unknown parameter ${name}`);
    return parameterSql[name]!;
  });
  const filters: [string, FilterDef, unknown][] = [];
  for (const [name, value] of Object.entries(request.filter ?? {})) {
    if (value === undefined || value === null || has(cube.parameters ?? {}, name)) continue;
    if (!has(cube.filters, name)) throw badInput('common.invalidInput', { details: `filter: ${name}` });
    const def = (cube.filters as Record<string, FilterDef>)[name]!;
    if (def.requires && !request.can(def.requires)) throw new AppError('FORBIDDEN', 'analytics.dimensionForbidden', { name, permission: permissionsText([def.requires]) });
    filters.push([name, def, filterValue(name, def, value)]);
  }

  // Everything is checked against the cube; only then is the table that answers chosen.
  const rollup = (cube.rollups ?? []).find((r) =>
    dimensions.every((d) => has(r.dimensions, d)) && measures.every((m) => has(r.measures, m)) && filters.every(([name]) => has(r.filters, name)));
  const dimensionSql = (d: string) => (rollup ? (rollup.dimensions as Record<string, string>)[d]! : cube.dimensions[d]!.sql);
  const measureSql = (m: string) => (rollup ? (rollup.measures as Record<string, string>)[m]! : cube.measures[m]!.sql);
  const filterSql = (name: string, def: FilterDef) => sub(rollup ? (rollup.filters as Record<string, string>)[name]! : def.sql);

  const where: string[] = !rollup && cube.where ? [`(${sub(cube.where)})`] : [];
  for (const [name, def, v] of filters) {
    const op = { eq: '=', gte: '>=', lt: '<' } as const;
    where.push(def.op === 'in' ? `${filterSql(name, def)} = ANY(${bind(v)})` : `${filterSql(name, def)} ${op[def.op]} ${bind(v)}`);
  }

  const dimSql = dimensions.map((d) => sub(dimensionSql(d)));
  const select = [
    ...dimSql.map((sql, i) => `${sql} AS d${i}`),
    ...measures.map((m, i) => `${sub(measureSql(m))} AS m${i}`),
  ];
  // One statement for the rows and the grand total: GROUPING SETS adds the () set, and
  // GROUPING() tells the total row (1) from the others (0).
  if (dimensions.length) select.push(`GROUPING(${dimSql[0]}) AS total`);
  else select.push('1 AS total');
  let sql = `SELECT ${select.join(', ')} FROM ${rollup ? rollup.from : fromWithJoins(cube, dimensions, measures, filters.map(([, def]) => def))}`;
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  if (dimensions.length) {
    sql += ` GROUP BY GROUPING SETS ((${dimSql.join(', ')}), ())`;
    // The total row stays whatever it adds up to, as the cube's own total does.
    if (rollup?.having) sql += ` HAVING (${sub(rollup.having)}) OR GROUPING(${dimSql[0]}) = 1`;
    const order = ['total DESC'];
    if (request.orderBy) order.push(`m${measures.indexOf(request.orderBy)} DESC NULLS LAST`);
    order.push(...dimensions.map((_, i) => `d${i}`));
    // The total, the rows, and one more to tell whether the rows were cut.
    sql += ` ORDER BY ${order.join(', ')} LIMIT ${bind(limit + 2)}`;
  }
  return { sql, params, dimensions, measures, limit, rollup: rollup?.name ?? null };
}

export interface StatsRow {
  [field: string]: string | number | null;
}

export interface StatsResult {
  groupBy: string[];
  rows: StatsRow[];
  total: StatsRow;
  /** More rows matched than `limit`: narrow the filter or group by less. */
  truncated: boolean;
}

/** Turns the statement's rows (d0.., m0.., total) into rows named like the GraphQL fields. */
export function shapeStatsRows(query: StatsQuery, raw: Record<string, unknown>[]): StatsResult {
  const shape = (r: Record<string, unknown>): StatsRow => {
    const row: StatsRow = {};
    query.dimensions.forEach((d, i) => {
      const v = r[`d${i}`];
      row[dimensionField(d)] = v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : typeof v === 'number' ? v : String(v);
    });
    query.measures.forEach((m, i) => {
      const v = r[`m${i}`];
      row[m] = v === null || v === undefined ? null : Number(v);
    });
    return row;
  };
  const totalRaw = raw.find((r) => Number(r.total) === 1);
  const groups = query.dimensions.length ? raw.filter((r) => Number(r.total) !== 1) : raw;
  const emptyTotal = Object.fromEntries(query.measures.map((m, i) => [`m${i}`, null]));
  return {
    groupBy: query.dimensions,
    rows: groups.slice(0, query.limit).map(shape),
    total: shape(totalRaw ?? { ...emptyTotal, total: 1 }),
    truncated: groups.length > query.limit,
  };
}

/**
 * What a cube's resolver calls: builds the statement for the viewer and runs it on `ctx.db`
 * (for an analyst, the pool with the statement timeout).
 */
export async function runStats(ctx: Context, cube: CubeDef, request: Omit<StatsRequest, 'can'>): Promise<StatsResult> {
  const query = buildStatsQuery(cube, { ...request, can: (p) => can(ctx.viewer?.role, p) });
  // Date dimensions keep the driver's Date values (and their ISO form): they run on their own.
  const dated = query.dimensions.some((d) => cube.dimensions[d]!.type === 'date');
  const raw = dated ? await ctx.db.query(query.sql, query.params) : await batchedRead(ctx, query.sql, query.params);
  return shapeStatsRows(query, raw as Record<string, unknown>[]);
}
