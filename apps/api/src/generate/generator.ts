import pg from 'pg';

/**
 * The national-size data generator: every table is filled by INSERT ... SELECT over
 * generate_series inside PostgreSQL, with pseudo-random values from hashint8extended(i, salt), so
 * a million deputies load in minutes, use no memory in Node, and come out the same every time for
 * the same seed. Each domain contributes steps; a step runs in its own transaction once the steps it
 * builds on have committed, on one of CONNECTIONS connections, so independent domains load side by side.
 */
export interface GenerateParams {
  deputies: number;
  seed: number;
  /** The year the data is centred on ("this year" for plans and duty records). */
  year: number;
  /** Suggestions led per deputy (default DEFAULT_SUGGESTIONS_PER_DEPUTY). */
  suggestionsPerDeputy?: number;
  /** Connections that load side by side (default CONNECTIONS); the data does not depend on it. */
  connections?: number;
}

/** About a term's worth: 1,000,000 deputies give the 3,000,000 suggestions of issue #7. */
export const DEFAULT_SUGGESTIONS_PER_DEPUTY = 3;

export interface GenerateStep {
  name: string;
  /** Steps whose rows this one reads: it starts once they have committed, maybe on another connection. */
  after?: GenerateStep[];
  run(client: pg.Client, params: GenerateParams, progress: (message: string) => void): Promise<void>;
}

/** The rows an INSERT wrote, for progress messages. */
export function rows(result: pg.QueryResult): string {
  return (result.rowCount ?? 0).toLocaleString('en');
}

/** Connections that load side by side: one per core of the two-core machine the target was set on. */
export const CONNECTIONS = 2;

/** Scratch tables that several steps read, and so several connections: unlogged, dropped at the end. */
export const SCRATCH_SCHEMA = 'gen';

/** SQL helpers created in the session's temporary schema before the steps run. */
export const HELPERS = `
CREATE FUNCTION pg_temp.rnd(i bigint, salt bigint, n int) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (abs(hashint8extended(i, salt)) % n)::int $$;
CREATE FUNCTION pg_temp.pick(i bigint, salt bigint, items text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT items[1 + pg_temp.rnd(i, salt, cardinality(items))] $$;
-- A GB 11643 ID number from its parts: the check character is the weighted digit sum mod 11. Plain
-- arithmetic in one expression, so PostgreSQL inlines it rather than calling a function per row.
CREATE FUNCTION pg_temp.id_number(region int, y int, m int, d int, serial int) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT region::text || y::text || lpad(m::text, 2, '0') || lpad(d::text, 2, '0') || lpad(serial::text, 3, '0')
        || substr('10X98765432', (7 * (region / 100000) + 9 * (region / 10000 % 10) + 10 * (region / 1000 % 10) + 5 * (region / 100 % 10)
             + 8 * (region / 10 % 10) + 4 * (region % 10) + 2 * (y / 1000) + (y / 100 % 10) + 6 * (y / 10 % 10) + 3 * (y % 10)
             + 7 * (m / 10) + 9 * (m % 10) + 10 * (d / 10) + 5 * (d % 10) + 8 * (serial / 100) + 4 * (serial / 10 % 10) + 2 * (serial % 10)) % 11 + 1, 1) $$;
`;

/**
 * Settings for the loading session only. session_replication_role = replica skips the foreign-key
 * checks and every ordinary trigger: the steps write consistent data by construction, and
 * row-level triggers that maintain summary tables are rebuilt once at the end instead of firing
 * per row. It needs a superuser (or a role granted SET on it), as the embedded server's is.
 */
export async function prepareSession(client: pg.Client): Promise<void> {
  // temp_buffers only takes effect before the session first touches a temporary table.
  await client.query(`SET temp_buffers = '1GB'`);
  await client.query(`SET session_replication_role = replica`).catch((err: { code?: string }) => {
    if (err.code !== '42501') throw err;
    throw new Error('db:generate loads with session_replication_role = replica: connect as a superuser, or GRANT SET ON PARAMETER session_replication_role to the role', { cause: err });
  });
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET work_mem = '256MB'`);
  // Identity ids follow the order rows are read in: a scan must not start wherever another
  // connection's scan of the same table happens to be, or the ids would differ from run to run.
  await client.query(`SET synchronize_seqscans = off`);
}

/** A connection ready to load: the session settings and helpers above. */
export async function openSession(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'luzhi-generate' });
  await client.connect();
  await prepareSession(client);
  await client.query(HELPERS);
  return client;
}

/**
 * Runs every task once on the sessions side by side: each session takes the first task in list
 * order that is `ready`, and waits when none is. The first failure stops the others from taking
 * more tasks, and is thrown once they are idle.
 */
export async function runOnSessions<T>(
  sessions: pg.Client[],
  tasks: T[],
  run: (client: pg.Client, task: T) => Promise<void>,
  ready: (task: T, done: ReadonlySet<T>) => boolean = () => true,
): Promise<void> {
  const waiting = [...tasks];
  const done = new Set<T>();
  let failure: unknown;
  let wake: () => void = () => undefined;
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };
  await Promise.all(
    sessions.map(async (client) => {
      while (waiting.length && failure === undefined) {
        const i = waiting.findIndex((task) => ready(task, done));
        if (i < 0) {
          await changed;
          continue;
        }
        const [task] = waiting.splice(i, 1);
        try {
          await run(client, task!);
          done.add(task!);
        } catch (err) {
          failure ??= err;
        }
        notify();
      }
    }),
  );
  if (failure !== undefined) throw failure;
}

export interface IndexDefinition {
  table: string;
  name: string;
  definition: string;
}

const indexDefinition = (client: pg.Client, name: string) =>
  client.query<{ definition: string }>(`SELECT pg_get_indexdef(to_regclass($1)) AS definition`, [`public.${name}`]).then((r) => r.rows[0]!.definition);

/**
 * Drops the indexes that no constraint stands on (primary keys and constraints stay), and returns
 * their definitions: building an index once over a loaded table is far cheaper than maintaining it
 * row by row. Unique indexes are among them: no step relies on ON CONFLICT, and recreating a unique
 * index checks the generated rows against it all the same.
 *
 * An index is only dropped if its definition survives the trip through pg_indexes: each is first
 * built under another name from that text (instantly, the tables being empty) and compared. Some do
 * not: `status IN ('A','B')` on a varchar column comes back with its casts moved about. Those stay
 * and are maintained during the load, so the schema ends exactly as the migrations made it.
 */
export async function dropSecondaryIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(`
    SELECT t.relname AS "table", c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relnamespace = 'public'::regnamespace AND t.relkind = 'r' AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY t.relname, c.relname`);
  const dropped: IndexDefinition[] = [];
  for (const index of rows) {
    const { rows: [{ quoted }] } = await client.query<{ quoted: string }>(`SELECT quote_ident($1) AS quoted`, [index.name]);
    const unnamed = (definition: string, name: string) => definition.replace(`INDEX ${name} ON`, 'INDEX ? ON');
    await client.query(index.definition.replace(`INDEX ${quoted} ON`, 'INDEX gen_index_probe ON'));
    const probe = unnamed(await indexDefinition(client, 'gen_index_probe'), 'gen_index_probe');
    await client.query(`DROP INDEX gen_index_probe`);
    if (probe !== unnamed(index.definition, quoted)) continue;
    await client.query(`DROP INDEX ${quoted}`);
    dropped.push(index);
  }
  return dropped;
}

/**
 * Recreates the dropped indexes on the sessions side by side, those of the largest tables first so
 * that the last ones to finish are small.
 */
export async function recreateIndexes(sessions: pg.Client[], indexes: IndexDefinition[], progress: (message: string) => void): Promise<void> {
  const { rows: sizes } = await sessions[0]!.query<{ table: string; bytes: string }>(
    `SELECT relname AS "table", pg_relation_size(oid) AS bytes FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
  );
  const size = new Map(sizes.map((r) => [r.table, Number(r.bytes)]));
  const ordered = [...indexes].sort((a, b) => (size.get(b.table) ?? 0) - (size.get(a.table) ?? 0) || a.name.localeCompare(b.name));
  await runOnSessions(sessions, ordered, async (client, index) => {
    const started = Date.now();
    await client.query(index.definition);
    const seconds = (Date.now() - started) / 1000;
    if (seconds >= 2) progress(`${index.name} (${seconds.toFixed(1)}s)`);
  });
  progress(`${indexes.length} indexes`);
}

/** VACUUM ANALYZE of every table, side by side: visibility map and statistics for the first queries. */
export async function vacuumAnalyze(sessions: pg.Client[]): Promise<void> {
  const { rows } = await sessions[0]!.query<{ table: string }>(
    `SELECT relname AS "table" FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY pg_relation_size(oid) DESC, relname`,
  );
  await runOnSessions(sessions, rows, async (client, { table }) => {
    await client.query(`VACUUM (ANALYZE) "${table}"`);
  });
}

/** Moves every identity sequence past the ids the steps wrote explicitly. */
export async function resetIdentities(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table_name, column_name } of rows) {
    await client.query(`SELECT setval(pg_get_serial_sequence('"${table_name}"', '${column_name}'), coalesce((SELECT max("${column_name}") FROM "${table_name}"), 0) + 1, false)`);
  }
}

/** The functions that fill each summary table from the rows it summarises. */
export const SUMMARY_REBUILDS = ['suggestion_fact_rebuild', 'deputy_composition_rebuild'] as const;

/**
 * Tables that summarise others through triggers (skipped while loading) are filled once from the
 * loaded rows. A function may not exist yet in a given schema version.
 */
export async function rebuildSummaries(client: pg.Client, progress: (message: string) => void): Promise<void> {
  for (const fn of SUMMARY_REBUILDS) {
    const { rows: [found] } = await client.query<{ exists: boolean }>(`SELECT to_regprocedure($1) IS NOT NULL AS exists`, [`${fn}()`]);
    if (!found?.exists) continue;
    const started = Date.now();
    await client.query(`SELECT ${fn}()`);
    progress(`${fn}() (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
}
