// `npm run bench:soak [-- --minutes N --clients N]`: a soak run, not a test.
//
// Starts its own PostgreSQL (embedded, in a temporary folder) and the API as a separate process
// (as `npm start` runs it, with the demo data), then drives it with concurrent clients doing a mix
// of reads and writes for N minutes (default 10), sampling the API process's memory. Afterwards
// it checks, in SQL, that every write the API acknowledged is there. It fails (exit 1) on any error
// but a version conflict, on a missing acknowledged write, and on memory that keeps growing after
// the warm-up.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EmbeddedPostgres, freePort } from '../apps/api/src/db/embedded';
import { ensureDatabase } from '../apps/api/src/db/bootstrap';
import apiNode from '../apps/api/node-flags.json';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, clients: { type: 'string', default: '50' }, hot: { type: 'string', default: '20' } } });
const minutes = Number(values.minutes);
const clients = Number(values.clients);
const hotUsers = Number(values.hot);
if (!(minutes > 0) || !(clients > 0)) throw new Error('--minutes and --clients must be positive numbers');
const durationMs = minutes * 60_000;
const warmupMs = Math.min(60_000, durationMs * 0.25);
const DEMO_PASSWORD = 'luzhi-demo-2026';
const PASSWORD = 'soak-password-1';

const log = (...parts: unknown[]) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}]`, ...parts);

// ---- the system under load ----------------------------------------------------------------------

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-soak-'));
fs.chmodSync(tmp, 0o755);
const pgServer = new EmbeddedPostgres({ dataDir: path.join(tmp, 'data') });
let api: ChildProcess | undefined;

async function cleanup() {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api!.once('exit', r));
  }
  await pgServer.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}

await pgServer.start();
await ensureDatabase(pgServer.url, 'luzhi_soak');
const databaseUrl = pgServer.urlFor('luzhi_soak');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// From the API's folder: tsx takes the decorator settings from the tsconfig.json of its cwd.
api = spawn(process.execPath, [...apiNode.flags, '--expose-gc', '--import', path.join(root, 'bench', 'heap-probe.mjs'), '--import', 'tsx', path.join('src', 'main.ts')], {
  cwd: path.join(root, 'apps', 'api'),
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production', LUZHI_SEED_DEMO: 'true' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const apiLog: string[] = [];
api.stderr!.on('data', (d: Buffer) => apiLog.push(...d.toString().split('\n').filter(Boolean)));
let lastHeap: { heapUsed: number; rss: number; external: number } | undefined;
api.stdout!.on('data', (d: Buffer) => {
  for (const line of d.toString().split('\n')) if (line.startsWith('@@heap ')) lastHeap = JSON.parse(line.slice(7));
});

/** The API's live heap after a full collection (bench/heap-probe.mjs), in MB. */
async function liveHeapMb(): Promise<number | undefined> {
  lastHeap = undefined;
  api!.kill('SIGUSR2');
  for (let i = 0; i < 50 && !lastHeap; i++) await new Promise((r) => setTimeout(r, 20));
  const seen = lastHeap as { heapUsed: number } | undefined;
  return seen ? seen.heapUsed / 1024 / 1024 : undefined;
}
api.on('exit', (code) => {
  if (!stopping) {
    log(`the API exited (code ${code}) during the run:\n${apiLog.slice(-20).join('\n')}`);
    process.exitCode = 1;
  }
});
let stopping = false;

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    /* not listening yet */
  }
  if (i > 600 || api.exitCode !== null) {
    console.error(`the API did not start:\n${apiLog.slice(-20).join('\n')}`);
    stopping = true;
    await cleanup();
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
log(`API pid ${api.pid} on ${base}; PostgreSQL on port ${pgServer.port}`);

// ---- clients ---------------------------------------------------------------------------------------

interface Answer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}`, extensions: { code: `HTTP_${res.status}` } }] };
  }
}

async function login(username: string, password: string): Promise<string> {
  const r = await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
  if (!r.data?.login) throw new Error(`login ${username}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token as string;
}

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username version } }`;
const adminToken = await login('admin', DEMO_PASSWORD);
async function create(username: string): Promise<{ id: string; version: number }> {
  const r = await gql(CREATE, { i: { username, displayName: username, password: PASSWORD, role: 'ADMIN' } }, adminToken);
  if (!r.data?.createUser) throw new Error(`createUser ${username}: ${JSON.stringify(r.errors)}`);
  return r.data.createUser;
}
const clientUsers: { username: string; id: string; version: number }[] = [];
for (let i = 0; i < clients; i++) clientUsers.push({ username: `soak-client-${i}`, ...(await create(`soak-client-${i}`)) });
const hot: { id: string; version: number }[] = [];
for (let i = 0; i < hotUsers; i++) hot.push(await create(`soak-hot-${i}`));

// What the API acknowledged, to be found afterwards.
const acked = {
  updates: new Map<string, { version: number; displayName: string }[]>(),
  creates: new Set<string>(),
  locales: new Map<string, { at: number; locale: string }>(),
};
interface OpStats {
  n: number;
  ms: number[];
  errors: Map<string, number>;
}
const stats = new Map<string, OpStats>();
function record(op: string, started: number, r: Answer | Error) {
  const s: OpStats = stats.get(op) ?? { n: 0, ms: [], errors: new Map() };
  stats.set(op, s);
  s.n++;
  s.ms.push(performance.now() - started);
  const code = r instanceof Error ? `NETWORK ${r.message}` : r.errors?.[0]?.extensions?.code;
  if (code) s.errors.set(code, (s.errors.get(code) ?? 0) + 1);
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
let sequence = 0;
let running = true;
let ackSeq = 0;

async function client(index: number) {
  const me = clientUsers[index]!;
  const token = await login(me.username, PASSWORD);
  let locale = 'zh-CN';
  while (running) {
    const roll = Math.random();
    const started = performance.now();
    let op = '';
    try {
      if (roll < 0.2) {
        op = 'query users';
        record(op, started, await gql(`query($f: UserFilter) { users(first: 20, filter: $f) { totalCount nodes { id username displayName role version } } }`, { f: { search: pick(['soak', 'hot', 'client-1', 'admin', '']) } }, token));
      } else if (roll < 0.3) {
        op = 'query me';
        record(op, started, await gql(`{ me { id username locale version } }`, {}, token));
      } else if (roll < 0.4) {
        op = 'query auditLog';
        record(op, started, await gql(`query($f: AuditLogFilter) { auditLog(first: 20, filter: $f) { totalCount nodes { id action entity entityId } } }`, { f: { entity: 'User', entityId: pick(hot).id } }, token));
      } else if (roll < 0.5) {
        op = 'query user';
        record(op, started, await gql(`query($id: ID!) { user(id: $id) { id displayName version } }`, { id: pick(hot).id }, token));
      } else if (roll < 0.85) {
        // Read, then write with the version read: a lost race answers CONFLICT.
        op = 'mutation updateUser';
        const target = pick(hot);
        const read = await gql(`query($id: ID!) { user(id: $id) { version } }`, { id: target.id }, token);
        const version = read.data?.user?.version as number | undefined;
        if (version === undefined) {
          record(op, started, read);
          continue;
        }
        const displayName = `c${index}-${sequence++}`;
        const r = await gql(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { version displayName } }`, { id: target.id, i: { version, displayName } }, token);
        record(op, started, r);
        if (r.data?.updateUser) {
          const list = acked.updates.get(target.id) ?? [];
          list.push({ version: r.data.updateUser.version, displayName });
          acked.updates.set(target.id, list);
        }
      } else if (roll < 0.95) {
        op = 'mutation setMyLocale';
        const next = locale === 'zh-CN' ? 'en' : 'zh-CN';
        const r = await gql(`mutation($l: String!) { setMyLocale(locale: $l) { locale } }`, { l: next }, token);
        record(op, started, r);
        if (r.data?.setMyLocale) {
          locale = next;
          acked.locales.set(me.id, { at: ackSeq++, locale });
        }
      } else {
        op = 'mutation createUser';
        const username = `soak-new-${index}-${sequence++}`;
        const r = await gql(CREATE, { i: { username, displayName: username, password: PASSWORD, role: 'STAFF' } }, token);
        record(op, started, r);
        if (r.data?.createUser) acked.creates.add(username);
      }
    } catch (err) {
      record(op || 'unknown', started, err as Error);
    }
  }
}

// ---- memory ---------------------------------------------------------------------------------------

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}
const samples: { t: number; rss: number; heap: number; requests: number }[] = [];
const started = Date.now();
const totalRequests = () => [...stats.values()].reduce((n, s) => n + s.n, 0);
const sampler = setInterval(() => {
  const rss = rssMb(api!.pid!);
  void liveHeapMb().then((heap) => samples.push({ t: Date.now() - started, rss, heap: heap ?? NaN, requests: totalRequests() }));
}, 5000);
const progress = setInterval(() => {
  const last = samples.at(-1);
  log(`${Math.round((Date.now() - started) / 1000)} s: ${totalRequests()} requests, API RSS ${last ? last.rss.toFixed(0) : '?'} MB, live heap ${last ? last.heap.toFixed(1) : '?'} MB`);
}, 30_000);

log(`${clients} clients for ${minutes} min (warm-up ${Math.round(warmupMs / 1000)} s)`);
const runningClients = Array.from({ length: clients }, (_, i) => client(i));
await new Promise((r) => setTimeout(r, durationMs));
running = false;
await Promise.all(runningClients);
clearInterval(sampler);
clearInterval(progress);
const elapsed = (Date.now() - started) / 1000;

// ---- verification -----------------------------------------------------------------------------------

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const missing: string[] = [];
for (const [id, list] of acked.updates) {
  const last = list.reduce((a, b) => (b.version > a.version ? b : a));
  const { rows } = await db.query(`SELECT display_name, version FROM app_user WHERE id = $1`, [id]);
  if (rows[0]?.display_name !== last.displayName || rows[0]?.version !== last.version) missing.push(`user ${id}: last acknowledged ${JSON.stringify(last)}, stored ${JSON.stringify(rows[0])}`);
  // Every acknowledged update has its audit row with the value it wrote.
  const audit = await db.query(`SELECT after->>'displayName' AS v FROM audit_log WHERE entity = 'User' AND entity_id = $1 AND action = 'UPDATE'`, [id]);
  const audited = new Set(audit.rows.map((r) => r.v));
  for (const u of list) if (!audited.has(u.displayName)) missing.push(`user ${id}: no audit row for acknowledged update to ${u.displayName}`);
  const versions = new Set(list.map((u) => u.version));
  if (versions.size !== list.length) missing.push(`user ${id}: two acknowledged updates got the same version`);
}
if (acked.creates.size) {
  const { rows } = await db.query(`SELECT username FROM app_user WHERE username = ANY($1)`, [[...acked.creates]]);
  const found = new Set(rows.map((r) => r.username));
  for (const u of acked.creates) if (!found.has(u)) missing.push(`created user ${u} is missing`);
}
for (const [id, { locale }] of acked.locales) {
  const { rows } = await db.query(`SELECT locale FROM app_user WHERE id = $1`, [id]);
  if (rows[0]?.locale !== locale) missing.push(`user ${id}: locale ${rows[0]?.locale}, last acknowledged ${locale}`);
}
const idle = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
await db.end();

// ---- report ---------------------------------------------------------------------------------------

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};
const median = (xs: number[]) => pct(xs, 50);
const unexpected: string[] = [];
console.log('\noperation                 count   errors                      p50 ms  p95 ms  p99 ms');
for (const [op, s] of [...stats].sort()) {
  const errs = [...s.errors].map(([c, n]) => `${c}×${n}`).join(' ') || '-';
  console.log(`${op.padEnd(25)} ${String(s.n).padStart(6)}   ${errs.padEnd(26)} ${pct(s.ms, 50).toFixed(0).padStart(6)} ${pct(s.ms, 95).toFixed(0).padStart(7)} ${pct(s.ms, 99).toFixed(0).padStart(7)}`);
  for (const [code, n] of s.errors) if (!(op === 'mutation updateUser' && code === 'CONFLICT')) unexpected.push(`${op}: ${code} × ${n}`);
}
const total = totalRequests();
// Memory that is kept: the live heap after a full collection, first quarter after the warm-up
// against the last quarter. (RSS is shown too; it swings with argon2's 19 MB per password hash.)
const after = samples.filter((s) => s.t >= warmupMs && Number.isFinite(s.heap));
const quarter = Math.max(1, Math.floor(after.length / 4));
const baseline = median(after.slice(0, quarter).map((s) => s.heap));
const end = median(after.slice(-quarter).map((s) => s.heap));
const growth = end - baseline;
const memoryLimit = Math.max(8, baseline * 0.1);
const memoryOk = after.length >= 4 && growth <= memoryLimit;
const slope = (() => {
  if (after.length < 3) return 0;
  const mt = after.reduce((a, s) => a + s.t, 0) / after.length;
  const mh = after.reduce((a, s) => a + s.heap, 0) / after.length;
  const num = after.reduce((a, s) => a + (s.t - mt) * (s.heap - mh), 0);
  const den = after.reduce((a, s) => a + (s.t - mt) ** 2, 0);
  return den ? (num / den) * 60_000 : 0;
})();
const ackedUpdates = [...acked.updates.values()].reduce((n, l) => n + l.length, 0);
console.log(`
duration                  ${elapsed.toFixed(0)} s with ${clients} clients (${(total / elapsed).toFixed(0)} requests/s, ${total} requests)
acknowledged writes       ${ackedUpdates} updates, ${acked.creates.size} users created, ${acked.locales.size} locale changes (last of each client)
missing writes            ${missing.length}
unexpected errors         ${unexpected.length ? unexpected.join('; ') : 0}
idle in transaction       ${idle.rows[0].n}
live heap (MB)            after warm-up ${baseline.toFixed(1)}, at the end ${end.toFixed(1)}, growth ${growth.toFixed(1)} (limit ${memoryLimit.toFixed(1)}), trend ${slope.toFixed(2)} MB/min
live heap samples (MB)    ${samples.map((s) => s.heap.toFixed(1)).join(' ')}
API RSS (MB)              min ${Math.min(...samples.map((s) => s.rss)).toFixed(0)}, median ${median(samples.map((s) => s.rss)).toFixed(0)}, max ${Math.max(...samples.map((s) => s.rss)).toFixed(0)}`);
for (const m of missing.slice(0, 20)) console.log(`  missing: ${m}`);

stopping = true;
await cleanup();
const ok = missing.length === 0 && unexpected.length === 0 && memoryOk && idle.rows[0].n === 0;
console.log(`\nsoak: ${ok ? 'PASS' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
