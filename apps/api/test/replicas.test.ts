import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
// The admin home page's operation, as the browser sends it.
import { DashboardDocument } from '../../admin/src/gql/graphql';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/common/logger';
import { runAsSystem } from '../src/common/request-context';
import { createDataSource } from '../src/db/data-source';
import { EmbeddedPostgres } from '../src/db/embedded';
import { ReadRouting } from '../src/db/read-routing';
import { hashPassword } from '../src/modules/users/auth.service';
import { createServer, type RunningServer } from '../src/server';

/**
 * A real streaming replica: a second PostgreSQL from the same binaries, made from a base backup of
 * the primary. Analysts' reads go to it; writes and the writer's next reads stay on the primary.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-replica-test-'));
fs.chmodSync(dir, 0o755);
let primary: EmbeddedPostgres;
let replica: EmbeddedPostgres;
let server: RunningServer;
const sources: ReturnType<typeof createDataSource>[] = [];

async function gql(query: string, token: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: any[]; extensions?: { servedBy?: string } };
}

async function login(username: string) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "replica-test-pw") { token } }` }) });
  return ((await res.json()) as any).data.login.token as string;
}

async function onReplica(sql: string) {
  const c = new pg.Client({ connectionString: replica.urlFor('luzhi') });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  primary = new EmbeddedPostgres({ dataDir: path.join(dir, 'primary'), settings: { fsync: 'off', wal_keep_size: '256MB' } });
  await primary.start();
  const admin = new pg.Client({ connectionString: primary.url });
  await admin.connect();
  await admin.query('CREATE DATABASE luzhi');
  await admin.end();
  const db = createDataSource({ url: primary.urlFor('luzhi'), poolSize: 4 });
  await db.initialize();
  await db.runMigrations();
  const hash = await hashPassword('replica-test-pw');
  await runAsSystem('test', () =>
    db.query(`INSERT INTO app_user (username, display_name, password_hash, role, version) VALUES ('ana1', 'A', $1, 'ANALYST', 1), ('ana2', 'B', $1, 'ANALYST', 1), ('staff1', 'S', $1, 'STAFF', 1)`, [hash]),
  );
  replica = await primary.createReplica(path.join(dir, 'replica'));
  const read = createDataSource({ url: replica.urlFor('luzhi'), poolSize: 4 });
  await read.initialize();
  sources.push(db, read);
  const config = { ...loadConfig({}), port: 0, exposeStatementCount: true };
  server = await createServer({ config, db, log: createLogger('silent'), routing: new ReadRouting(db, [read]) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  for (const s of sources) await s.destroy().catch(() => undefined);
  await replica?.stop();
  await primary?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('read replicas', () => {
  it('is a real streaming replica', async () => {
    const [row] = await onReplica(`SELECT pg_is_in_recovery() AS standby`);
    expect(row.standby).toBe(true);
    const c = new pg.Client({ connectionString: primary.url });
    await c.connect();
    const { rows } = await c.query(`SELECT application_name, state FROM pg_stat_replication`);
    await c.end();
    expect(rows).toEqual([expect.objectContaining({ application_name: 'luzhi_replica', state: 'streaming' })]);
  });

  it('serves analysts from the replica and staff from the primary', async () => {
    const analyst = await login('ana2');
    const staff = await login('staff1');
    expect((await gql(`{ me { username } }`, analyst)).extensions?.servedBy).toBe('replica');
    expect((await gql(`{ me { username } }`, staff)).extensions?.servedBy).toBe('primary');
  });

  it("serves the staff's home dashboard from the replica: all its root fields are registered", async () => {
    const staff = await login('staff1');
    const r = await gql(print(DashboardDocument), staff, { level: 'CITY', levelCode: 'CITY', termId: null, withTerm: false, year: 2005 });
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.servedBy).toBe('replica');
  });

  it('sends a session that just wrote to the primary until the replica has caught up', async () => {
    const writer = await login('ana1');
    const other = await login('ana2');
    await onReplica(`SELECT pg_wal_replay_pause()`);
    try {
      const wrote = await gql(`mutation { setMyLocale(locale: "en") { locale } }`, writer);
      expect(wrote.extensions?.servedBy).toBe('primary');
      // The replica is behind: it still has the old value.
      expect((await onReplica(`SELECT locale FROM app_user WHERE username = 'ana1'`))[0].locale).toBe('zh-CN');
      const own = await gql(`{ me { locale } }`, writer);
      expect(own).toMatchObject({ data: { me: { locale: 'en' } }, extensions: { servedBy: 'primary' } });
      expect((await gql(`{ me { locale } }`, other)).extensions?.servedBy).toBe('replica');
    } finally {
      await onReplica(`SELECT pg_wal_replay_resume()`);
    }
    let caughtUp = false;
    for (let i = 0; i < 100 && !caughtUp; i++) {
      caughtUp = (await onReplica(`SELECT locale FROM app_user WHERE username = 'ana1'`))[0].locale === 'en';
      if (!caughtUp) await new Promise((r) => setTimeout(r, 100));
    }
    expect(caughtUp).toBe(true);
    expect(await gql(`{ me { locale } }`, writer)).toMatchObject({ data: { me: { locale: 'en' } }, extensions: { servedBy: 'replica' } });
  });
});
