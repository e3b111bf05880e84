import { createHash } from 'node:crypto';

/**
 * Checks any test file can call against its own database: nothing left idle in a transaction,
 * and a content fingerprint of every table (to prove a refused request changed nothing, or that a
 * restore brought everything back). Tables are walked from the catalog, so tables that domains add
 * later are covered without touching this file.
 */

/** A TypeORM DataSource / EntityManager (resolves to rows) or a pg client (resolves to a result). */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

async function rowsOf<T>(db: Queryable, sql: string, params?: unknown[]): Promise<T[]> {
  const res = await db.query(sql, params);
  return (Array.isArray(res) ? res : res.rows) as T[];
}

export interface OpenTransaction {
  pid: number;
  application: string;
  state: string;
  query: string;
  seconds: number;
}

/** Connections to the current database that sit inside a transaction without running anything. */
export async function idleInTransaction(db: Queryable): Promise<OpenTransaction[]> {
  const rows = await rowsOf<OpenTransaction>(
    db,
    `SELECT pid, application_name AS application, state, left(query, 300) AS query,
            extract(epoch FROM now() - state_change)::float AS seconds
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND state IN ('idle in transaction', 'idle in transaction (aborted)')`,
  );
  return rows.map((r) => ({ ...r, pid: Number(r.pid) }));
}

/**
 * Resolves when no connection to this database is idle in a transaction; rejects naming the
 * culprits otherwise. A statement between two others of a live transaction is idle for an
 * instant, so the check looks a few times before it calls a leak a leak.
 */
export async function expectNoIdleInTransaction(db: Queryable, attempts = 10): Promise<void> {
  let open: OpenTransaction[] = [];
  for (let i = 0; i < attempts; i++) {
    open = await idleInTransaction(db);
    if (!open.length) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`connections left idle in a transaction:\n${open.map((o) => `  pid ${o.pid} (${o.application}) ${o.state}: ${o.query}`).join('\n')}`);
}

/**
 * Tables every request may write whatever it asks (the rate-limit counter, the console's run
 * history): a refused or failed request legitimately changes them, so "nothing changed" checks skip them.
 */
export const REQUEST_BOOKKEEPING_TABLES = ['api_rate_limit', 'query_run'];

export interface TableInfo {
  schema: string;
  name: string;
  /** Quoted, schema-qualified: safe to splice into SQL. */
  qualified: string;
}

/** Every ordinary table of the application's schemas, in name order (migrations' bookkeeping included). */
export async function listTables(db: Queryable): Promise<TableInfo[]> {
  return rowsOf<TableInfo>(
    db,
    `SELECT n.nspname AS schema, c.relname AS name, format('%I.%I', n.nspname, c.relname) AS qualified
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        AND NOT c.relispartition
      ORDER BY 1, 2`,
  );
}

export interface TableFingerprint {
  rows: number;
  /** SHA-256 over the rows' text forms in a stable order. */
  hash: string;
}

/**
 * Row count and a hash of the rows' contents, per table. Rows are ordered by their own text
 * form, so the fingerprint does not depend on physical order (a restore writes rows anew).
 */
export async function fingerprintTables(db: Queryable, options: { except?: string[] } = {}): Promise<Record<string, TableFingerprint>> {
  const out: Record<string, TableFingerprint> = {};
  for (const t of await listTables(db)) {
    if (options.except?.includes(t.name)) continue;
    const rows = await rowsOf<{ r: string }>(db, `SELECT t::text AS r FROM ${t.qualified} t ORDER BY t::text COLLATE "C"`);
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row.r).update('\n');
    out[t.name] = { rows: rows.length, hash: hash.digest('hex') };
  }
  return out;
}
