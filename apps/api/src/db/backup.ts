import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, MigrationExecutor } from 'typeorm';
import type { Logger } from '../common/logger';
import { dataSourceOptions } from './data-source';
import { migrations as codeMigrations } from './migrations';

/**
 * Backups that need nothing but this package.
 *
 * With a pg_dump as new as the server on PATH, a backup is a pg_dump custom-format archive and a
 * restore is pg_restore in one transaction. The embedded server is PostgreSQL 18 and ships no
 * pg_dump, so otherwise the backup is this project's own archive, built on COPY:
 *
 *     gzip( "LUZHI-BACKUP 1\n"
 *           <header: JSON on one line: migrations, tables, columns, row counts, SHA-256 per table, sequences>\n
 *           for each table of the header, in order: its rows in COPY text format, then a line "\."
 *         )
 *
 * Restoring it migrates an empty database to exactly the archive's migrations and copies every
 * table back, all in one transaction that commits only when every table's count and hash match.
 */

export const ARCHIVE_MAGIC = 'LUZHI-BACKUP 1';
const PGDMP_MAGIC = 'PGDMP';

export interface ArchiveTable {
  schema: string;
  name: string;
  columns: string[];
  rows: number;
  sha256: string;
}

export interface ArchiveSequence {
  schema: string;
  table: string;
  column: string;
  lastValue: string;
  isCalled: boolean;
}

export interface ArchiveHeader {
  format: 'luzhi-backup';
  version: 1;
  createdAt: string;
  serverVersion: string;
  /** The migrations the database had, in the order they ran (the `migrations` table). */
  migrations: string[];
  tables: ArchiveTable[];
  sequences: ArchiveSequence[];
}

export type BackupFormat = 'auto' | 'luzhi' | 'pg_dump';

export interface BackupResult {
  file: string;
  format: 'luzhi' | 'pg_dump';
  tables: number;
  rows: number;
  bytes: number;
}

export interface RestoreResult {
  format: 'luzhi' | 'pg_dump';
  tables: number;
  rows: number;
  migrations: string[];
}

export class BackupError extends Error {}

// Text forms that do not depend on the server's or the session's settings, so a hash taken on
// one server matches the same rows on another.
const STABLE_SESSION = [
  `SET client_encoding = 'UTF8'`,
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
];

async function stabilise(client: pg.ClientBase): Promise<void> {
  for (const sql of STABLE_SESSION) await client.query(sql);
}

const ident = (name: string) => pg.escapeIdentifier(name);
const qualified = (schema: string, name: string) => `${ident(schema)}.${ident(name)}`;

interface CatalogTable {
  oid: number;
  schema: string;
  name: string;
  columns: string[];
  /** ORDER BY that gives the same order on any server: the primary key, compared bytewise. */
  orderBy: string;
}

/** The application's tables (not those that belong to an extension), from the catalog. */
async function catalogTables(client: pg.ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ oid: number; schema: string; name: string }>(
    `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`,
  );
  const out: CatalogTable[] = [];
  for (const t of rows) {
    const cols = await client.query<{ name: string }>(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [t.oid],
    );
    const key = await client.query<{ name: string; collatable: boolean }>(
      `SELECT a.attname AS name, a.attcollation <> 0 AS collatable
         FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = $1 AND i.indisprimary ORDER BY k.ord`,
      [t.oid],
    );
    const orderBy = key.rows.length
      ? key.rows.map((k) => `${ident(k.name)}${k.collatable ? ' COLLATE "C"' : ''}`).join(', ')
      : `(${ident('t')}.*)::text COLLATE "C"`;
    out.push({ ...t, columns: cols.rows.map((c) => c.name), orderBy });
  }
  return out;
}

function selectRows(t: { schema: string; name: string; columns: string[] }, orderBy: string): string {
  return `SELECT ${t.columns.map(ident).join(', ')} FROM ${qualified(t.schema, t.name)} ${ident('t')} ORDER BY ${orderBy}`;
}

/** Counts COPY text rows (one line each: newlines inside values are escaped) and hashes them. */
class RowDigest extends Transform {
  readonly hash = createHash('sha256');
  rows = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    this.push(chunk);
    done();
  }
}

/** The rows of one table as COPY text, in the stable order, through a digest into `sink`. */
async function copyOut(client: pg.ClientBase, table: CatalogTable, sink: NodeJS.WritableStream): Promise<{ rows: number; sha256: string }> {
  const digest = new RowDigest();
  await pipeline(client.query(copyTo(`COPY (${selectRows(table, table.orderBy)}) TO STDOUT`)), digest, sink);
  return { rows: digest.rows, sha256: digest.hash.digest('hex') };
}

async function sequencesOf(client: pg.ClientBase, tables: CatalogTable[]): Promise<{ schema: string; table: string; column: string; sequence: string }[]> {
  const out = [];
  for (const t of tables) {
    const { rows } = await client.query<{ column: string; sequence: string }>(
      `SELECT attname AS column, pg_get_serial_sequence($2, attname) AS sequence
         FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped AND pg_get_serial_sequence($2, attname) IS NOT NULL
        ORDER BY attnum`,
      [t.oid, qualified(t.schema, t.name)],
    );
    for (const r of rows) out.push({ schema: t.schema, table: t.name, ...r });
  }
  return out;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((r) => r.name);
}

async function serverMajor(client: pg.ClientBase): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ num: string; version: string }>(`SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version`);
  return { major: Math.floor(Number(rows[0]!.num) / 10000), version: rows[0]!.version };
}

/** The major version of a PostgreSQL client tool on PATH, or null when there is none. */
export function toolMajor(tool: 'pg_dump' | 'pg_restore'): number | null {
  try {
    const out = execFileSync(tool, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs a libpq tool with the password in the environment, not on the command line. */
async function runTool(tool: string, args: string[], url: string): Promise<void> {
  const u = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
  u.password = '';
  const child = spawn(tool, [...args, `--dbname=${u.toString()}`], { env, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new BackupError(`${tool} failed (exit ${code}): ${stderr.trim().slice(-2000)}`);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'luzhi-backup' });
  await client.connect();
  return client;
}

/** Writes a backup of the database at `url` to `file` (written beside it, then renamed into place). */
export async function backupDatabase(url: string, file: string, format: BackupFormat = 'auto'): Promise<BackupResult> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial-${randomBytes(3).toString('hex')}`;
  const client = await connect(url);
  try {
    const server = await serverMajor(client);
    const dumpMajor = toolMajor('pg_dump');
    const usePgDump = format === 'pg_dump' || (format === 'auto' && dumpMajor !== null && dumpMajor >= server.major);
    if (usePgDump) {
      if (dumpMajor === null || dumpMajor < server.major) throw new BackupError(`pg_dump ${server.major} or newer is needed for a PostgreSQL ${server.major} server; found ${dumpMajor ?? 'none'}`);
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], url);
      const tables = await catalogTables(client);
      const rows = await countRows(client, tables);
      fs.renameSync(partial, file);
      return { file, format: 'pg_dump', tables: tables.length, rows, bytes: fs.statSync(file).size };
    }

    // One snapshot for everything, so the tables agree with each other.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await stabilise(client);
    // Parents before the tables that reference them: a restore that may not skip foreign-key
    // checks loads in this order.
    const tables = await referenceOrder(client, await catalogTables(client));
    const migrations = await appliedMigrations(client);
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-backup-'));
    try {
      const archived: ArchiveTable[] = [];
      for (const [i, t] of tables.entries()) {
        const { rows, sha256 } = await copyOut(client, t, fs.createWriteStream(path.join(tmpDir, String(i))));
        archived.push({ schema: t.schema, name: t.name, columns: t.columns, rows, sha256 });
      }
      const sequences: ArchiveSequence[] = [];
      for (const s of await sequencesOf(client, tables)) {
        const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${s.sequence}`);
        sequences.push({ schema: s.schema, table: s.table, column: s.column, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
      }
      await client.query('COMMIT');
      const header: ArchiveHeader = {
        format: 'luzhi-backup',
        version: 1,
        createdAt: new Date().toISOString(),
        serverVersion: server.version,
        migrations,
        tables: archived,
        sequences,
      };
      async function* assemble() {
        yield Buffer.from(`${ARCHIVE_MAGIC}\n${JSON.stringify(header)}\n`);
        for (let i = 0; i < tables.length; i++) {
          for await (const chunk of fs.createReadStream(path.join(tmpDir, String(i)))) yield chunk as Buffer;
          yield Buffer.from('\\.\n');
        }
      }
      await pipeline(Readable.from(assemble()), zlib.createGzip({ level: 6 }), fs.createWriteStream(partial));
      fs.renameSync(partial, file);
      return { file, format: 'luzhi', tables: archived.length, rows: archived.reduce((n, t) => n + t.rows, 0), bytes: fs.statSync(file).size };
    } finally {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function fileFormat(file: string): 'luzhi' | 'pg_dump' {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    if (head.toString('latin1') === PGDMP_MAGIC) return 'pg_dump';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'luzhi';
  } finally {
    fs.closeSync(fd);
  }
  throw new BackupError(`${file} is neither a pg_dump custom-format archive nor a Lüzhi backup`);
}

/** Reads the header of one of our archives (for inspection and tests). */
export async function readArchiveHeader(file: string): Promise<ArchiveHeader> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  try {
    const magic = await it.next();
    if (magic.value !== ARCHIVE_MAGIC) throw new BackupError(`${file} is not a Lüzhi backup (no "${ARCHIVE_MAGIC}" line)`);
    const header = await it.next();
    return JSON.parse(header.value as string) as ArchiveHeader;
  } finally {
    lines.close();
  }
}

/** Tables of the application in a database: a restore goes only into a database with none. */
async function assertEmpty(client: pg.ClientBase): Promise<void> {
  const tables = await catalogTables(client);
  if (tables.length) {
    throw new BackupError(
      `The target database is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).map((t) => t.name).join(', ')}): restore into an empty database`,
    );
  }
}

/** Orders tables so that a referenced table comes before the tables that reference it. */
async function referenceOrder(client: pg.ClientBase, tables: CatalogTable[]): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ child: number; parent: number }>(
    `SELECT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const done = new Set<number>();
  const out: CatalogTable[] = [];
  const visit = (t: CatalogTable, path: Set<number>) => {
    if (done.has(t.oid) || path.has(t.oid)) return;
    path.add(t.oid);
    for (const r of rows) if (r.child === t.oid && byOid.has(r.parent)) visit(byOid.get(r.parent)!, path);
    done.add(t.oid);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/**
 * Restores `file` into the empty database at `url`, in one transaction: either everything is
 * there and verified, or the database is left as it was.
 */
export async function restoreDatabase(url: string, file: string, log?: Logger): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`);
  const format = fileFormat(file);
  if (format === 'pg_dump') {
    const client = await connect(url);
    try {
      await assertEmpty(client);
      const major = (await serverMajor(client)).major;
      const restoreMajor = toolMajor('pg_restore');
      if (restoreMajor === null || restoreMajor < major) throw new BackupError(`pg_restore ${major} or newer is needed to restore this archive; found ${restoreMajor ?? 'none'}`);
      await runTool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges'], url);
      const tables = await catalogTables(client);
      return { format, tables: tables.length, rows: await countRows(client, tables), migrations: await appliedMigrations(client) };
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  // pg_restore reads the file itself; ours we read here.
  return restoreArchive(url, file, log);
}

async function restoreArchive(url: string, file: string, log?: Logger): Promise<RestoreResult> {
  const header = await readArchiveHeader(file);
  const known = new Map(codeMigrations.map((m) => [new m().name ?? m.name, m]));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) throw new BackupError(`The backup was made by a newer version: migrations ${unknown.join(', ')} are not in this code`);
  const wanted = new Set(header.migrations);
  const ds = new DataSource({
    ...dataSourceOptions({ url, poolSize: 1, applicationName: 'luzhi-restore', ...(log ? { log } : {}) }),
    migrations: codeMigrations.filter((m) => wanted.has(new m().name ?? m.name)),
  } as ConstructorParameters<typeof DataSource>[0]);
  await ds.initialize();
  const runner = ds.createQueryRunner();
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    await assertEmpty(client);
    await runner.startTransaction();
    await stabilise(client);

    // 1. The schema, exactly as far as the backup's database had migrated.
    const executor = new MigrationExecutor(ds, runner);
    executor.transaction = 'none';
    await executor.executePendingMigrations();

    // 2. The rows. Migrations may have inserted rows of their own (reference data, their own
    // bookkeeping): the backup's rows replace them.
    const present = await catalogTables(client);
    const byName = new Map(present.map((t) => [`${t.schema}.${t.name}`, t]));
    const missing = header.tables.filter((t) => !byName.has(`${t.schema}.${t.name}`));
    if (missing.length) throw new BackupError(`After migrating, these tables of the backup do not exist: ${missing.map((t) => t.name).join(', ')}`);
    for (const t of header.tables) {
      const have = byName.get(`${t.schema}.${t.name}`)!.columns;
      if ([...have].sort().join(',') !== [...t.columns].sort().join(',')) {
        throw new BackupError(`Table ${t.name} has columns (${have.join(', ')}) but the backup has (${t.columns.join(', ')})`);
      }
    }
    if (header.tables.length) await client.query(`TRUNCATE ${header.tables.map((t) => qualified(t.schema, t.name)).join(', ')} RESTART IDENTITY CASCADE`);
    // Rows of a consistent snapshot satisfy their foreign keys together, not row by row
    // (a tree's child may come first): skip the per-row checks when we may, else go parents first.
    await client.query('SAVEPOINT replica_role');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT replica_role');
      log?.warn('not allowed to set session_replication_role: loading tables parents first');
    }
    await client.query('RELEASE SAVEPOINT replica_role');

    const magic = await it.next();
    if (magic.value !== ARCHIVE_MAGIC) throw new BackupError('not a Lüzhi backup');
    await it.next(); // the header, read above
    for (const t of header.tables) {
      const copy = client.query(copyFrom(`COPY ${qualified(t.schema, t.name)} (${t.columns.map(ident).join(', ')}) FROM STDIN`));
      const done = new Promise<void>((resolve, reject) => {
        copy.on('finish', resolve);
        copy.on('error', reject);
      });
      // A failure of the server's side is thrown where we wait on it, never left unhandled.
      done.catch(() => undefined);
      let ended = false;
      while (!ended) {
        const line = await it.next();
        if (line.done) {
          // CopyFail: the server drops this COPY, and the transaction is rolled back below.
          copy.destroy(new BackupError(`The backup ends inside table ${t.name}: the file is truncated`));
          await done.catch(() => undefined);
          throw new BackupError(`The backup ends inside table ${t.name}: the file is truncated`);
        }
        if (line.value === '\\.') ended = true;
        else if (!copy.write(`${line.value}\n`)) await Promise.race([once(copy, 'drain'), done]);
      }
      copy.end();
      await done;
    }
    await client.query(`SET LOCAL session_replication_role = DEFAULT`).catch(() => undefined);

    // 3. Identity and serial sequences continue where the backed-up database's did.
    for (const s of await sequencesOf(client, present)) {
      const saved = header.sequences.find((x) => x.schema === s.schema && x.table === s.table && x.column === s.column);
      const max = await client.query<{ m: string | null }>(`SELECT max(${ident(s.column)})::text AS m FROM ${qualified(s.schema, s.table)}`);
      const floor = max.rows[0]!.m;
      if (saved) {
        const value = floor !== null && BigInt(floor) > BigInt(saved.lastValue) ? floor : saved.lastValue;
        await client.query(`SELECT setval($1, $2::bigint, $3)`, [s.sequence, value, saved.isCalled || value === floor]);
      } else if (floor !== null) {
        await client.query(`SELECT setval($1, $2::bigint, true)`, [s.sequence, floor]);
      }
    }

    // 4. Every table as it was: same count, same hash, or nothing is committed.
    for (const t of header.tables) {
      const table = byName.get(`${t.schema}.${t.name}`)!;
      const digest = await copyOut(client, { ...table, columns: t.columns }, nullSink());
      if (digest.rows !== t.rows || digest.sha256 !== t.sha256) {
        throw new BackupError(`Table ${t.name} does not match the backup after loading (${digest.rows} rows, backup has ${t.rows}; hashes ${digest.sha256 === t.sha256 ? 'equal' : 'differ'})`);
      }
    }
    await runner.commitTransaction();
    return { format: 'luzhi', tables: header.tables.length, rows: header.tables.reduce((n, t) => n + t.rows, 0), migrations: header.migrations };
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    lines.close();
    await runner.release().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
  }
}

const nullSink = () => new Writable({ write: (_chunk, _enc, done) => done() });

async function countRows(client: pg.ClientBase, tables: CatalogTable[]): Promise<number> {
  let n = 0;
  for (const t of tables) n += Number((await client.query(`SELECT count(*)::bigint AS n FROM ${qualified(t.schema, t.name)}`)).rows[0].n);
  return n;
}
