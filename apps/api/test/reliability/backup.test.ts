import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API_ROOT } from '../../src/config';
import { backupDatabase, readArchiveHeader, restoreDatabase, toolMajor } from '../../src/db/backup';
import { DEMO_PASSWORD } from '../../src/seed';
import { expectNoIdleInTransaction, fingerprintTables, listTables } from '../db-checks';
import { startTestApp, type TestApp, type TestDatabase } from '../helpers';

let app: TestApp;
let tmp: string;
const created: TestDatabase[] = [];

function urlFor(name: string): string {
  const u = new URL(inject('pgServerUrl'));
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer<T>(fn: (c: pg.Client) => Promise<T>, url = inject('pgServerUrl')): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A database with nothing in it, as `createdb` makes one. */
async function emptyDatabase(): Promise<TestDatabase> {
  const name = `luzhi_r_${randomBytes(5).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  const db = { name, url: urlFor(name), drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
  created.push(db);
  return db;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-backup-test-'));
  app = await startTestApp({ demo: true });
  // Beyond the demo data: rows made through the API (audit rows, sessions, a throttle row) and
  // text that COPY must escape (tabs, newlines, backslashes, quotes, astral characters).
  const admin = await app.userWithRole('ADMIN');
  for (const displayName of ['制表\t换行\n反斜杠\\N 引号"\'', '𠮷野家 👩🏽‍💻 ‮rtl', '\\.', '']) {
    await app.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: `bk${randomBytes(3).toString('hex')}`, displayName: displayName || ' ', password: 'long-enough-pw', role: 'STAFF' },
    }, { token: admin.token });
  }
  await app.gql(`mutation { login(username: "nobody", password: "wrong-password") { token } }`);
  // A deleted row: the restored sequence must continue after the highest id ever issued.
  await app.db.query(`DELETE FROM user_session WHERE id = (SELECT max(id) FROM user_session)`);
});

afterAll(async () => {
  await app?.close();
  for (const db of created) await db.drop().catch(() => undefined);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores the demo data into an empty database: every table with the same rows', async () => {
    const file = path.join(tmp, 'demo.dump');
    // The rate limit's counts reach the database once a second: add them now, not mid-comparison.
    await app.server.rateCounter.flush();
    const result = await backupDatabase(app.database.url, file);
    // The embedded server is PostgreSQL 18 and this machine's pg_dump (if any) is older.
    const expected = (toolMajor('pg_dump') ?? 0) >= 18 ? 'pg_dump' : 'luzhi';
    expect(result.format).toBe(expected);

    const target = await emptyDatabase();
    await restoreDatabase(target.url, file);

    const before = await fingerprintTables(app.db);
    const after = await onServer((c) => fingerprintTables(c), target.url);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);
    expect(after).toEqual(before);
    expect(before.app_user!.rows).toBeGreaterThan(4);
    expect(before.audit_log!.rows).toBeGreaterThan(0);
  });

  it('writes a header naming the migrations, and every table with its count and hash', async () => {
    const file = path.join(tmp, 'header.dump');
    await backupDatabase(app.database.url, file, 'luzhi');
    const header = await readArchiveHeader(file);
    const [{ names }] = await app.db.query(`SELECT array_agg(name ORDER BY id) AS names FROM migrations`);
    expect(header.migrations).toEqual(names);
    const tables = (await listTables(app.db)).map((t) => t.name).sort();
    expect(header.tables.map((t) => t.name).sort()).toEqual(tables);
    const fp = await fingerprintTables(app.db);
    for (const t of header.tables) {
      expect(t.rows, t.name).toBe(fp[t.name]!.rows);
      expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // Parents come before the tables that reference them.
    const order = header.tables.map((t) => t.name);
    expect(order.indexOf('app_user')).toBeLessThan(order.indexOf('user_session'));
  });

  it('continues identity sequences after the highest id the original issued', async () => {
    const file = path.join(tmp, 'seq.dump');
    await backupDatabase(app.database.url, file, 'luzhi');
    const target = await emptyDatabase();
    await restoreDatabase(target.url, file);
    const [orig] = await app.db.query(`SELECT last_value::int AS v FROM user_session_id_seq`);
    const next = await onServer(async (c) => {
      const user = await c.query(`SELECT id FROM app_user LIMIT 1`);
      const r = await c.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ('\\x00', $1, now()) RETURNING id`, [user.rows[0].id]);
      return r.rows[0].id as number;
    }, target.url);
    expect(next).toBe(orig.v + 1);
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const file = path.join(tmp, 'refuse.dump');
    await backupDatabase(app.database.url, file, 'luzhi');
    const before = await fingerprintTables(app.db);
    await expect(restoreDatabase(app.database.url, file)).rejects.toThrow(/not empty/);
    expect(await fingerprintTables(app.db)).toEqual(before);
  });

  it('leaves the target empty when the file is truncated or a row was altered', async () => {
    const file = path.join(tmp, 'good.dump');
    await backupDatabase(app.database.url, file, 'luzhi');
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');

    const truncated = path.join(tmp, 'truncated.dump');
    fs.writeFileSync(truncated, zlib.gzipSync(text.slice(0, Math.floor(text.length * 0.8))));
    const t1 = await emptyDatabase();
    await expect(restoreDatabase(t1.url, truncated)).rejects.toThrow();
    expect(await onServer((c) => listTables(c), t1.url)).toEqual([]);

    // The same length, one character different in a row: only the hash can tell.
    const altered = path.join(tmp, 'altered.dump');
    const at = text.indexOf('系统管理员');
    expect(at).toBeGreaterThan(0);
    fs.writeFileSync(altered, zlib.gzipSync(text.slice(0, at) + '系统管理页' + text.slice(at + 5)));
    const t2 = await emptyDatabase();
    await expect(restoreDatabase(t2.url, altered)).rejects.toThrow(/does not match the backup/);
    expect(await onServer((c) => listTables(c), t2.url)).toEqual([]);
    await onServer((c) => expectNoIdleInTransaction(c), t2.url);
  });

  it('rejects a file that is no backup at all', async () => {
    const junk = path.join(tmp, 'junk.dump');
    fs.writeFileSync(junk, 'id,name\n1,x\n');
    const t = await emptyDatabase();
    await expect(restoreDatabase(t.url, junk)).rejects.toThrow(/neither a pg_dump/);
  });

  it('works through `npm run db:backup` and `db:restore`, and the restored database serves sign-ins', async () => {
    const run = promisify(execFile);
    const file = path.join(tmp, 'cli.dump');
    const env = { ...process.env, DATABASE_URL: app.database.url, LOG_LEVEL: 'warn' };
    const b = await run(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts', 'backup', file], { cwd: API_ROOT, env });
    expect(b.stdout).toMatch(/backup written: .*cli\.dump/);
    const target = await emptyDatabase();
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts', 'restore', file], { cwd: API_ROOT, env: { ...env, DATABASE_URL: target.url } });
    expect(r.stdout).toMatch(/restored .*cli\.dump/);

    const restored = await startTestApp({ database: { ...target, drop: async () => undefined } });
    try {
      expect(await restored.login('admin', DEMO_PASSWORD)).toBeTruthy();
    } finally {
      await restored.close();
    }
  });
});
