import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { ensureDatabase } from '../../src/db/bootstrap';
import { createDataSource } from '../../src/db/data-source';
import { EmbeddedPostgres } from '../../src/db/embedded';
import { expectNoIdleInTransaction } from '../db-checks';
import { startTestApp, type TestApp } from '../helpers';

/**
 * PostgreSQL restarts while clients keep writing. This file runs its own embedded server, so the
 * restart disturbs no other test file.
 */
let pg: EmbeddedPostgres;
let app: TestApp;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-restart-pg-'));
  fs.chmodSync(tmp, 0o755);
  pg = new EmbeddedPostgres({ dataDir: path.join(tmp, 'data'), settings: { fsync: 'off', full_page_writes: 'off' } });
  await pg.start();
  await ensureDatabase(pg.url, 'luzhi_restart');
  const url = pg.urlFor('luzhi_restart');
  const setup = createDataSource({ url, poolSize: 1, applicationName: 'luzhi-test-setup' });
  await setup.initialize();
  await setup.runMigrations({ transaction: 'each' });
  await setup.destroy();
  app = await startTestApp({ database: { name: 'luzhi_restart', url, drop: async () => undefined } });
});

afterAll(async () => {
  await app?.close();
  await pg?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`;

interface Outcome {
  username: string;
  kind: 'ok' | 'error' | 'timeout' | 'http';
  codes: string[];
  status: number;
  body: string;
}

/** One mutation with a client-side deadline: a hang shows up as 'timeout', not as a stuck test. */
async function createUser(token: string, username: string): Promise<Outcome> {
  try {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' },
      body: JSON.stringify({ query: CREATE_USER, variables: { input: { username, displayName: username, password: 'long-enough-pw', role: 'STAFF' } } }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.text();
    let json: { data?: { createUser?: { username: string } }; errors?: { extensions?: { code?: string } }[] };
    try {
      json = JSON.parse(body);
    } catch {
      return { username, kind: 'http', codes: [], status: res.status, body };
    }
    if (json.data?.createUser?.username === username) return { username, kind: 'ok', codes: [], status: res.status, body: '' };
    return { username, kind: 'error', codes: (json.errors ?? []).map((e) => e.extensions?.code ?? '?'), status: res.status, body };
  } catch (err) {
    return { username, kind: 'timeout', codes: [], status: 0, body: String(err) };
  }
}

async function health(): Promise<number> {
  const res = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return res.status;
}

describe('PostgreSQL restarts under load', () => {
  it('fails requests with SERVICE_UNAVAILABLE meanwhile, reconnects, and keeps every acknowledged write', async () => {
    const admin = await app.userWithRole('ADMIN');
    const outcomes: Outcome[] = [];
    let phase: 'before' | 'during' | 'after' = 'before';
    let afterOk = 0;
    let seq = 0;
    let giveUp = false;
    const healthDuring: number[] = [];

    // Four clients write until enough writes have been acknowledged after the restart.
    const client = async (n: number) => {
      while (afterOk < 12 && !giveUp) {
        const outcome = await createUser(admin.token, `rs${n}x${seq++}`);
        outcomes.push(outcome);
        if (outcome.kind === 'ok' && phase === 'after') afterOk++;
        // While the server is down clients retry, as a person would, a little later.
        if (outcome.kind !== 'ok') await new Promise((r) => setTimeout(r, 50));
      }
    };
    const restart = async () => {
      try {
        while (outcomes.filter((o) => o.kind === 'ok').length < 8) await new Promise((r) => setTimeout(r, 20));
        phase = 'during';
        await pg.stop();
        // Down: the API must say so, both to GraphQL clients and to the health check.
        healthDuring.push(await health());
        const down = await createUser(admin.token, `rs-down-${seq++}`);
        outcomes.push(down);
        await new Promise((r) => setTimeout(r, 500));
      } finally {
        await pg.restart();
        phase = 'after';
        // Should the API never recover, the clients stop after a bounded number of tries.
        setTimeout(() => (giveUp = true), 20_000).unref();
      }
    };
    await Promise.all([client(1), client(2), client(3), client(4), restart()]);

    expect(afterOk).toBeGreaterThanOrEqual(12);
    expect(healthDuring).toEqual([503]);
    expect(await health()).toBe(200);

    // No hang, no masked crash, no other error: only ok or SERVICE_UNAVAILABLE.
    const bad = outcomes.filter((o) => o.kind === 'timeout' || o.kind === 'http' || (o.kind === 'error' && o.codes.some((c) => c !== 'SERVICE_UNAVAILABLE')));
    expect(bad).toEqual([]);
    // The request made while the server was down was refused as unavailable.
    expect(outcomes.find((o) => o.username.startsWith('rs-down-'))?.codes).toEqual(['SERVICE_UNAVAILABLE']);
    for (const o of outcomes.filter((o) => o.kind === 'error')) {
      expect(o.body).not.toMatch(/\bat .+\.(ts|js):\d+|SELECT |INSERT |ECONNREFUSED|stack/);
    }

    // Every acknowledged write is there.
    const acknowledged = outcomes.filter((o) => o.kind === 'ok').map((o) => o.username);
    const rows = (await app.db.query(`SELECT username FROM app_user WHERE username = ANY($1)`, [acknowledged])) as { username: string }[];
    expect(rows.map((r) => r.username).sort()).toEqual([...acknowledged].sort());
    // And every one has its audit row: the change and its record were one transaction.
    const [audit] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log a JOIN app_user u ON a.entity = 'User' AND a.action = 'INSERT' AND a.entity_id = u.id::text WHERE u.username = ANY($1)`, [acknowledged]);
    expect(audit.n).toBe(acknowledged.length);
  });

  it('survives pooled idle connections being killed, and reconnects', async () => {
    const lost: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lost.push(JSON.parse(line).msg) });
    const ds = createDataSource({ url: pg.urlFor('luzhi_restart'), poolSize: 4, applicationName: 'luzhi-test-pool', log });
    await ds.initialize();
    try {
      // Four connections open and back in the pool, idle.
      await Promise.all(Array.from({ length: 4 }, () => ds.query('SELECT pg_sleep(0.05)')));
      const [{ n }] = await app.db.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'luzhi-test-pool'`);
      expect(n).toBe(4);
      for (let i = 0; i < 50 && lost.length < 4; i++) await new Promise((r) => setTimeout(r, 20));
      expect(lost.filter((m) => m.includes('idle in the pool'))).toHaveLength(4);
      const [row] = await ds.query('SELECT 41 + 1 AS answer');
      expect(row.answer).toBe(42);
    } finally {
      await ds.destroy();
    }
  });

  it('serves again through the pool it had, and leaves no transaction open', async () => {
    const r = await app.gql(`{ me { id } }`, {}, { token: (await app.userWithRole('STAFF')).token });
    expect(r.errors).toBeUndefined();
    await expectNoIdleInTransaction(app.db);
  });
});
