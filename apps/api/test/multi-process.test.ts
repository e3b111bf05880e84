import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../src/config';
import { freePort } from '../src/db/embedded';
import { DEMO_PASSWORD } from '../src/seed';
import apiNode from '../node-flags.json';
import { createTestDatabase, type TestDatabase } from './helpers';

/** Two API processes on one database behave as one: sessions and lockouts live in PostgreSQL. */
let database: TestDatabase;
const processes: ChildProcess[] = [];
const urls: string[] = [];

async function startApi(port: number): Promise<string> {
  const child = spawn(process.execPath, [...apiNode.flags, '--import', 'tsx', path.join(API_ROOT, 'src', 'main.ts')], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('is running')) resolve();
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`API exited (${code}): ${out}`)));
  });
  return `http://localhost:${port}`;
}

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
  return (await res.json()) as any;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // The first process migrates and seeds; the second finds both done.
  urls.push(await startApi(await freePort()));
  urls.push(await startApi(await freePort()));
}, 120_000);

afterAll(async () => {
  for (const p of processes) p.kill('SIGTERM');
  await Promise.all(processes.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
  await database?.drop();
});

describe('several API processes', () => {
  it('share sessions: sign in on one, query and sign out on the other', async () => {
    const [a, b] = urls as [string, string];
    const login = await gql(a, `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`);
    const token = login.data.login.token;
    expect((await gql(b, `{ me { username } }`, token)).data.me.username).toBe('admin');
    expect((await gql(b, `mutation { logout }`, token)).data.logout).toBe(true);
    expect((await gql(a, `{ me { username } }`, token)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('share the lockout: failures on both count together', async () => {
    const [a, b] = urls as [string, string];
    for (let i = 0; i < 5; i++) await gql(i % 2 ? a : b, `mutation { login(username: "staff", password: "wrong-password!") { token } }`);
    const locked = await gql(a, `mutation { login(username: "staff", password: "${DEMO_PASSWORD}") { token } }`);
    expect(locked.errors[0].extensions.messageKey).toBe('auth.locked');
  });
});
