import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { EmbeddedPostgres, freePort } from '../apps/api/src/db/embedded';
import { generate } from '../apps/api/src/generate/index';
import { hashPassword } from '../apps/api/src/modules/users/auth.service';
import { SCENARIOS, type BenchContext } from './scenarios';

/**
 * `npm run bench [-- --deputies 1000000 --duration 15 --connections 10 --only a,b]`
 * Starts an embedded PostgreSQL with a generated data set (kept between runs in .data/bench),
 * the API in its own process, and for each scenario drives load from this process with
 * autocannon: requests/s, p50/p95/p99, SQL statements per operation (pg_stat_statements), and the
 * API process's peak memory (VmHWM). Writes bench/results/<date>.md.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const DEPUTIES = Number(arg('deputies', '1000000'));
const DURATION = Number(arg('duration', '15'));
const CONNECTIONS = Number(arg('connections', '10'));
const ONLY = arg('only', '').split(',').filter(Boolean);
const PASSWORD = 'bench-password-only';

interface Measured {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; duration: number; connections: number }): Promise<Measured> {
  const times: number[] = [];
  const instance = autocannon({ url, method: (opts.method ?? 'GET') as 'GET', headers: opts.headers, body: opts.body, duration: opts.duration, connections: opts.connections });
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / opts.duration),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function peakMemoryMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

function resetPeakMemory(pid: number) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not permitted: the figure is then the process's lifetime peak */
  }
}

async function waitFor(child: ChildProcess, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const on = (d: Buffer) => {
      out += d;
      if (out.includes(text)) resolve();
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out.slice(-2000)}`)));
  });
}

async function main() {
  const dataDir = path.join(root, '.data', 'bench', 'postgres');
  const pgServer = new EmbeddedPostgres({ dataDir, settings: { shared_buffers: '2GB', work_mem: '32MB', max_connections: '200', 'pg_stat_statements.track': 'all' } });
  await pgServer.start();
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    for (const c of children) c.kill('SIGTERM');
    await pgServer.stop();
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const dbName = `luzhi_bench_${DEPUTIES}`;
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount;
    await admin.end();
    const dbUrl = pgServer.urlFor(dbName);
    if (!exists || process.argv.includes('--regenerate')) {
      const started = Date.now();
      await generate(pgServer.url, dbName, { deputies: DEPUTIES, seed: 1, year: new Date().getFullYear() });
      console.log(`generated ${DEPUTIES.toLocaleString('en')} deputies in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const hash = await hashPassword(PASSWORD);
    for (const role of ['STAFF', 'ANALYST', 'ADMIN']) {
      await db.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, version) VALUES ($1, $1, $2, $3, 1)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
        [`bench-${role.toLowerCase()}`, hash, role],
      );
    }
    await db.query(`DELETE FROM login_throttle`);
    const hasSuggestions = (await db.query(`SELECT to_regclass('public.suggestion') IS NOT NULL AS ok`)).rows[0].ok as boolean;
    const [{ id: termId }] = (await db.query(`SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY' ORDER BY t.id LIMIT 1`)).rows;
    const ctx: BenchContext = { termId, search: 'wj' };

    const apiPort = await freePort();
    const api = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/main.ts')], {
      cwd: path.join(root, 'apps/api'),
      env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(apiPort), LOG_LEVEL: 'warn', LUZHI_SEED_DEMO: 'false', LUZHI_EXPOSE_SQL_COUNT: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(api);
    await waitFor(api, 'is running');
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const tokens: Record<string, string> = {};
    for (const role of ['STAFF', 'ANALYST', 'ADMIN']) {
      const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(username: "bench-${role.toLowerCase()}", password: "${PASSWORD}") { token } }` }) });
      tokens[role] = ((await res.json()) as any).data.login.token;
    }

    const ceilingPort = await freePort();
    const ceiling = fork(path.join(root, 'bench/ceiling.ts'), [dbUrl, String(ceilingPort), hasSuggestions ? '1' : '0'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    children.push(ceiling);
    await new Promise<void>((resolve) => ceiling.once('message', () => resolve()));

    const rows: string[] = [];
    for (const s of SCENARIOS.filter((x) => !ONLY.length || ONLY.includes(x.key))) {
      const query = s.query.replace('__SUGGESTIONS_LED__', hasSuggestions ? 'suggestionsLedCount' : '');
      const body = JSON.stringify({ query, variables: s.variables(ctx) });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens[s.role]}` };
      const probe = (await (await fetch(apiUrl, { method: 'POST', headers, body })).json()) as any;
      if (probe.errors) throw new Error(`${s.key}: ${JSON.stringify(probe.errors)}`);
      const statementsInApi = probe.extensions?.sqlStatements as number;
      await load(apiUrl, { method: 'POST', headers, body, duration: 3, connections: CONNECTIONS });
      await db.query(`SELECT pg_stat_statements_reset()`);
      resetPeakMemory(api.pid!);
      const m = await load(apiUrl, { method: 'POST', headers, body, duration: DURATION, connections: CONNECTIONS });
      const [{ calls }] = (await db.query(`SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`)).rows;
      const memory = peakMemoryMb(api.pid!);
      let ceilingText = '';
      if (s.ceilingPath) {
        await load(`http://127.0.0.1:${ceilingPort}${s.ceilingPath(ctx)}`, { duration: 3, connections: CONNECTIONS });
        const c = await load(`http://127.0.0.1:${ceilingPort}${s.ceilingPath(ctx)}`, { duration: DURATION, connections: CONNECTIONS });
        ceilingText = `${c.rps} req/s, p99 ${c.p99.toFixed(1)} ms → ours ${((m.rps / c.rps) * 100).toFixed(0)}%`;
      }
      const line = `| ${s.title} | ${m.rps} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${(calls / Math.max(1, m.requests)).toFixed(2)} (${statementsInApi} counted by the API) | ${memory} | ${m.errors + m.non2xx} | ${ceilingText || '—'} | ${s.target ?? ''} |`;
      console.log(line);
      rows.push(line);
    }

    const [{ version }] = (await db.query(`SELECT version()`)).rows;
    await db.end();
    const date = new Date().toISOString().slice(0, 10);
    const cpus = os.cpus();
    const report = [
      `# Benchmark ${date}`,
      '',
      `Command: \`npm run bench -- --deputies ${DEPUTIES} --duration ${DURATION} --connections ${CONNECTIONS}\``,
      '',
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; ${String(version).split(',')[0]}. The load generator (autocannon), the API and PostgreSQL share these cores.`,
      '',
      `Data: ${DEPUTIES.toLocaleString('en')} generated deputies (\`npm run db:generate\`). Load: ${CONNECTIONS} connections for ${DURATION} s per scenario after a 3 s warm-up.`,
      '',
      '| scenario | req/s | p50 ms | p95 ms | p99 ms | SQL statements per operation | API peak memory MB | errors | ceiling (one SQL statement, minimal server) | target |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
    const file = path.join(root, 'bench', 'results', `${date}.md`);
    fs.writeFileSync(file, report);
    console.log(`\nwrote ${path.relative(root, file)}`);
  } finally {
    await cleanup();
  }
}

await main();
