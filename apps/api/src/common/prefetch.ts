import { createHash } from 'node:crypto';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Context } from './context';

/** The fields a client selected below the current one, by name, fragments merged. */
export interface Selection {
  readonly fields: Map<string, Selection>;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, into: Map<string, Selection>): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === 'Field') {
      const name = node.name.value;
      let child = into.get(name);
      if (!child) into.set(name, (child = { fields: new Map() }));
      collect(info, node.selectionSet, child.fields as Map<string, Selection>);
    } else if (node.kind === 'InlineFragment') {
      collect(info, node.selectionSet, into);
    } else {
      collect(info, info.fragments[node.name.value]?.selectionSet, into);
    }
  }
}

/** What the client asked for below the field being resolved (e.g. `nodes { … }` of a connection). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const fields = new Map<string, Selection>();
  for (const node of info.fieldNodes as readonly FieldNode[]) collect(info, node.selectionSet, fields);
  return { fields };
}

/** How one row's values become an entity's: per column, its key in the row and its conversion. */
interface HydrationPlan {
  metadata: EntityMetadata;
  columns: { key: string; property: string; convert: ((value: unknown) => unknown) | null }[];
}

// Column types whose values TypeORM keeps as read (no branch in PostgresDriver.prepareHydratedValue).
const AS_READ = new Set(['varchar', 'character varying', 'text', 'integer', 'int', 'int4', 'int2', 'smallint', 'uuid']);
const TIMESTAMP = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone', 'datetime']);
const toDate = (value: unknown) => (typeof value === 'string' ? new Date(value) : value);
const plans = new WeakMap<EntityMetadata, Map<string, HydrationPlan>>();

/**
 * Decided once per entity and key prefix: which columns convert and how, the same conversions as
 * TypeORM's (`prepareHydratedValue`), which otherwise walks its list of column types for every
 * value of every row (a tenth of the API's CPU on a page of deputies).
 */
function planFor(db: DataSource, metadata: EntityMetadata, prefix: string): HydrationPlan {
  let byPrefix = plans.get(metadata);
  if (!byPrefix) plans.set(metadata, (byPrefix = new Map()));
  let plan = byPrefix.get(prefix);
  if (!plan) {
    plan = {
      metadata,
      // Columns TypeORM leaves out of reads (`select: false`, e.g. a password hash) stay out here too.
      columns: metadata.columns.filter((column) => column.isSelect).map((column) => {
        const type = column.type;
        const general = (value: unknown) => db.driver.prepareHydratedValue(value, column);
        const convert = column.transformer
          ? general
          : typeof type === 'string' && AS_READ.has(type)
            ? null
            : type === Date || (typeof type === 'string' && TIMESTAMP.has(type)) ? toDate : general;
        return { key: `${prefix}${column.databaseName}`, property: column.propertyName, convert };
      }),
    };
    byPrefix.set(prefix, plan);
  }
  return plan;
}

function hydrateWith(plan: HydrationPlan, values: Record<string, unknown>): ObjectLiteral {
  // As TypeORM creates the entities it reads: without running the class's constructor.
  const row = plan.metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
  for (const { key, property, convert } of plan.columns) {
    if (!(key in values)) continue;
    const value = values[key];
    row[property] = convert ? convert(value) : value;
  }
  return row;
}

/**
 * Turns one row read as JSON (`row_to_json(x)`: database column names, JSON values; json rather than jsonb, which PostgreSQL builds in about half the time) into an entity,
 * with TypeORM's own conversions (timestamps to Date, transformers), as if TypeORM had read it.
 */
export function hydrate<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, json: Record<string, unknown>): T {
  return hydrateWith(planFor(ctx.db, ctx.db.getMetadata(entity), ''), json) as T;
}

/**
 * Turns one row of a query builder's raw result (columns named `<alias>_<column>`) into an entity,
 * with TypeORM's own conversions, for a builder's SQL run by other means (a prepared statement).
 */
export function hydrateAliased(db: DataSource, metadata: EntityMetadata, alias: string, raw: Record<string, unknown>): ObjectLiteral {
  return hydrateWith(planFor(db, metadata, `${alias}_`), raw);
}

/**
 * Runs one read as a named prepared statement, so each pooled connection plans it once instead of
 * on every request: for a statement of several correlated subqueries (a page prefetch), planning
 * costs more than running it. The name is a hash of the text, so different texts never collide.
 * Counted like any statement of the request.
 */
export async function preparedQuery<T = Record<string, unknown>>(ctx: Context, text: string, values: unknown[]): Promise<T[]> {
  return preparedQueryOn<T>(ctx.db, text, values);
}

/** At most this many statement texts are prepared by a process; any other runs unnamed. */
export const PREPARED_TEXTS_MAX = 200;
const preparedNames = new Map<string, string>();

/** A statement's name, or null once the process has prepared its share of texts. */
function statementName(text: string): string | null {
  let name = preparedNames.get(text);
  if (name === undefined) {
    if (preparedNames.size >= PREPARED_TEXTS_MAX) return null;
    preparedNames.set(text, (name = `luzhi_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  }
  return name;
}

/**
 * As `preparedQuery`, on a DataSource; on anything else (an EntityManager inside a transaction,
 * whose connection is already taken) an ordinary query. Only texts fixed by code are prepared
 * (values are parameters; a page's limit and offset too), and at most `PREPARED_TEXTS_MAX` of them,
 * so connections never collect statements without bound. A connection whose prepared statement
 * no longer fits the schema (a migration changed a result column's type: 0A000) is closed rather
 * than returned to the pool, and the statement runs again unnamed on another.
 */
export async function preparedQueryOn<T = Record<string, unknown>>(db: DataSource | { query(sql: string, params?: unknown[]): Promise<any> }, text: string, values: unknown[]): Promise<T[]> {
  if (!(db instanceof DataSource)) return (await db.query(text, values)) as T[];
  const name = statementName(text);
  if (!name) return (await db.query(text, values)) as T[];
  const runner = db.createQueryRunner() as ReturnType<DataSource['createQueryRunner']> & { releasePostgresConnection?(err?: unknown): Promise<void> };
  let broken: unknown;
  try {
    const client = (await runner.connect()) as { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
    db.logger.logQuery(text, values, runner);
    return (await client.query({ name, text, values })).rows;
  } catch (err) {
    if ((err as { code?: string }).code !== '0A000' && (err as { code?: string }).code !== '26000') throw err;
    broken = err;
  } finally {
    if (broken && runner.releasePostgresConnection) await runner.releasePostgresConnection(broken);
    else await runner.release();
  }
  return (await db.query(text, values)) as T[];
}
