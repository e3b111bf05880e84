import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { EmbeddedPostgres, freePort } from '../apps/api/src/db/embedded';
import apiNode from '../apps/api/node-flags.json';
import { generate } from '../apps/api/src/generate/index';
import { hashPassword } from '../apps/api/src/modules/users/auth.service';
import { ANALYST_NOISE, SCENARIOS, type BenchContext } from './scenarios';
import { dashboardFirstPaint } from './first-paint';

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
/** Issue #7 measures the dashboard at 1,000,000 deputies and 3,000,000 suggestions. */
const SUGGESTIONS_PER_DEPUTY = Number(arg('suggestions-per-deputy', '3'));
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

async function load(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; bodies?: string[]; duration: number; connections: number }): Promise<Measured> {
  const times: number[] = [];
  let gqlErrors = 0;
  const instance = autocannon({
    url, method: (opts.method ?? 'GET') as 'GET', headers: opts.headers, body: opts.body, duration: opts.duration, connections: opts.connections,
    // Several bodies: each connection cycles through them in turn. GraphQL answers errors with
    // HTTP 200, so each POST's body is checked for a top-level "errors" too.
    ...(opts.method === 'POST' ? { requests: (opts.bodies ?? [opts.body!]).map((body) => ({ method: 'POST' as const, body, onResponse: (_status: number, resBody: string) => { if (resBody.startsWith('{"errors"') || resBody.includes(',"errors":[')) gqlErrors++; } })) } : {}),
  });
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / opts.duration),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + gqlErrors,
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
  // PostgreSQL's own messages (shutdowns, terminated backends) go to .data/bench/postgres.log.
  const pgLog = path.join(root, '.data', 'bench', 'postgres.log');
  const pgServer = new EmbeddedPostgres({ dataDir, log: (line) => fs.appendFileSync(pgLog, `${line}\n`), settings: { shared_buffers: '2GB', work_mem: '32MB', max_connections: '200', 'pg_stat_statements.track': 'all' } });
  await pgServer.start();
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    for (const c of children) c.kill('SIGTERM');
    await pgServer.stop();
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const dbName = `luzhi_bench_${DEPUTIES}_${SUGGESTIONS_PER_DEPUTY}`.replace('.', '_');
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount;
    await admin.end();
    const dbUrl = pgServer.urlFor(dbName);
    if (!exists || process.argv.includes('--regenerate')) {
      const started = Date.now();
      await generate(pgServer.url, dbName, { deputies: DEPUTIES, seed: 1, year: new Date().getFullYear(), suggestionsPerDeputy: SUGGESTIONS_PER_DEPUTY });
      console.log(`generated ${DEPUTIES.toLocaleString('en')} deputies in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const db = new pg.Client({ connectionString: dbUrl });
    // Report a lost connection instead of dying on an unhandled 'error' event; the next query fails with it.
    db.on('error', (err) => console.error(`bench database connection: ${err.message}`));
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
    // Scenario d: a second staff session and handling-unit users for the units with the most assigned suggestions.
    await db.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, version) VALUES ('bench-staff2', 'bench-staff2', $1, 'STAFF', 1)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [hash],
    );
    const units = (await db.query(`SELECT lead_organization_id AS id FROM suggestion WHERE status = 'ASSIGNED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).rows.map((r) => r.id as number);
    for (const [k, unit] of units.entries()) {
      await db.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_organization_id, version) VALUES ($1, $1, $2, 'HANDLING_UNIT', $3, 1)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, scope_organization_id = EXCLUDED.scope_organization_id`,
        [`bench-unit-${k + 1}`, hash, unit],
      );
    }
    await db.query(`DELETE FROM login_throttle`);
    const hasSuggestions = (await db.query(`SELECT to_regclass('public.suggestion') IS NOT NULL AS ok`)).rows[0].ok as boolean;
    const [{ id: termId }] = (await db.query(`SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY' ORDER BY t.id LIMIT 1`)).rows;
    const year = new Date().getFullYear();
    const planId = (await db.query(`SELECT coalesce((SELECT id FROM annual_plan WHERE congress_id = (SELECT congress_id FROM term WHERE id = $1) AND year = $2), 0) AS id`, [termId, year])).rows[0].id as number;
    const [{ id: cityTermId, congress_id: cityCongressId }] = (await db.query(`SELECT t.id, t.congress_id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'CITY' ORDER BY t.start_date DESC, t.id DESC LIMIT 1`)).rows;
    const ctx: BenchContext = { termId, cityTermId, cityCongressId, search: 'wj', year, planId };

    const apiPort = await freePort();
    const api = spawn(process.execPath, [...apiNode.flags, '--import', 'tsx', path.join(root, 'apps/api/src/main.ts')], {
      cwd: path.join(root, 'apps/api'),
      env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(apiPort), LOG_LEVEL: 'warn', LUZHI_SEED_DEMO: 'false', LUZHI_EXPOSE_SQL_COUNT: '1', NODE_ENV: 'production',
        // Throughput is measured, not the per-user rate limits (600 a minute would refuse most requests).
        RATE_LIMIT_STAFF: '100000000', RATE_LIMIT_ADMIN: '100000000', RATE_LIMIT_ANALYST: '100000000', RATE_LIMIT_HANDLING_UNIT: '100000000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(api);
    await waitFor(api, 'is running');
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const login = async (username: string): Promise<string> => {
      const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "${PASSWORD}") { token } }` }) });
      return ((await res.json()) as any).data.login.token as string;
    };
    const tokens: Record<string, string> = {};
    for (const role of ['STAFF', 'ANALYST', 'ADMIN']) tokens[role] = await login(`bench-${role.toLowerCase()}`);

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
      if (probe.errors) {
        // A scenario the API refuses or times out on is a result too: record it and go on with the rest.
        const line = `| ${s.title} | — | — | — | — | — | — | ${JSON.stringify(probe.errors[0]?.extensions?.code ?? probe.errors[0]?.message)} | — | ${s.target ?? ''} |`;
        console.log(line);
        rows.push(line);
        continue;
      }
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
        if (s.key === 'a') {
          // The same with the session check and rate-limit count the API makes (issue #8.5 keeps both in PostgreSQL).
          const authed = `http://127.0.0.1:${ceilingPort}${s.ceilingPath(ctx)}&auth=1`;
          const authHeaders = { authorization: `Bearer ${tokens.STAFF}` };
          await load(authed, { headers: authHeaders, duration: 3, connections: CONNECTIONS });
          const ca = await load(authed, { headers: authHeaders, duration: DURATION, connections: CONNECTIONS });
          ceilingText += `; with the session check: ${ca.rps} req/s → ours ${((m.rps / ca.rps) * 100).toFixed(0)}%`;
          // The stack alone: Apollo Server and express executing the same operation over this
          // answer held in memory (no database, no resolvers of ours).
          const floorPort = await freePort();
          const floor = fork(path.join(root, 'bench/stack-floor.ts'), [String(floorPort)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
          children.push(floor);
          floor.send(probe.data);
          await new Promise<void>((resolve) => floor.once('message', () => resolve()));
          const floorUrl = `http://127.0.0.1:${floorPort}/graphql`;
          const floorBody = JSON.stringify({ query, variables: s.variables(ctx) });
          await load(floorUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: floorBody, duration: 3, connections: CONNECTIONS });
          const f = await load(floorUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: floorBody, duration: DURATION, connections: CONNECTIONS });
          floor.kill('SIGTERM');
          const memoryUrl = `http://127.0.0.1:${ceilingPort}${s.ceilingPath(ctx)}&memory=1`;
          await load(memoryUrl, { duration: 3, connections: CONNECTIONS });
          const mem = await load(memoryUrl, { duration: DURATION, connections: CONNECTIONS });
          // The room the stack leaves: to reach 80% of the ceiling, the time per request a server
          // on it may spend beyond executing the operation (session check, statements, resolvers).
          const room = (1 / (0.8 * c.rps) - 1 / f.rps) * 1000;
          ceilingText += `; the minimal server answering from memory: ${mem.rps} req/s; the stack alone (Apollo Server executing the operation over the answer in memory, no database): ${f.rps} req/s, leaving ${room.toFixed(2)} ms per request for everything else at 80% of the ceiling (ours: ${(1000 / m.rps - 1000 / f.rps).toFixed(2)} ms)`;
        }
      }
      const line = `| ${s.title} | ${m.rps} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${(calls / Math.max(1, m.requests)).toFixed(2)} (${statementsInApi} counted by the API) | ${memory} | ${m.errors + m.non2xx} | ${ceilingText || '—'} | ${s.target ?? ''} |`;
      console.log(line);
      rows.push(line);
    }

    const extra: string[] = [];
    if (!ONLY.length || ONLY.includes('paint')) {
      if (!fs.existsSync(path.join(root, 'apps/admin/dist/index.html'))) {
        spawnSync('npx', ['turbo', 'run', 'build', '--filter=@luzhi/admin'], { cwd: root, stdio: 'inherit' });
      }
      resetPeakMemory(api.pid!);
      const paint = await dashboardFirstPaint(`http://127.0.0.1:${apiPort}`, tokens.STAFF!);
      extra.push('', '## c. The whole dashboard\'s first paint in headless Chromium', '');
      extra.push(paint
        ? `A signed-in staff member opens the home page (level CITY, its latest term, this year); from navigation until all 8 charts have drawn: ${paint.runs.map((t) => `${t} ms`).join(', ')} (the first with an empty cache). Median ${paint.median} ms, worst ${paint.worst} ms (target < 2,000 ms). API peak memory ${peakMemoryMb(api.pid!)} MB.`
        : 'Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): not measured.');
      console.log(extra.at(-1));
    }
    if (!ONLY.length || ONLY.includes('d')) {
      extra.push(...(await concurrentTransitions(db, apiUrl, login, units)));
    }
    if (!ONLY.length || ONLY.includes('e')) {
      const a = SCENARIOS.find((x) => x.key === 'a')!;
      const body = JSON.stringify({ query: a.query.replace('__SUGGESTIONS_LED__', 'suggestionsLedCount'), variables: a.variables(ctx) });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens.STAFF}` };
      const analystHeaders = { 'content-type': 'application/json', authorization: `Bearer ${tokens.ANALYST}` };
      const noiseBodies = [JSON.stringify({ query: ANALYST_NOISE.expensive }), JSON.stringify({ query: ANALYST_NOISE.refused })];
      const refusedProbe = (await (await fetch(apiUrl, { method: 'POST', headers: analystHeaders, body: noiseBodies[1] })).json()) as any;
      const refusedCode = refusedProbe.errors?.[0]?.extensions?.code ?? 'not refused';
      await load(apiUrl, { method: 'POST', headers, body, duration: 3, connections: CONNECTIONS });
      const alone = await load(apiUrl, { method: 'POST', headers, body, duration: DURATION, connections: CONNECTIONS });
      const noiseConnections = Math.max(2, Math.round(CONNECTIONS / 2));
      const [withNoise, noise] = await Promise.all([
        load(apiUrl, { method: 'POST', headers, body, duration: DURATION, connections: CONNECTIONS }),
        load(apiUrl, { method: 'POST', headers: analystHeaders, bodies: noiseBodies, duration: DURATION, connections: noiseConnections }),
      ]);
      const [{ load1 }] = [{ load1: os.loadavg().map((x) => x.toFixed(2)).join(', ') }];
      extra.push(
        '',
        '## e. Scenario a with analysts alongside',
        '',
        `A second autocannon instance (${noiseConnections} connections, ANALYST) alternates an expensive allowed query (suggestionStats by deputy and field over the whole country) and one over the cost limit (answered ${refusedCode}).`,
        '',
        '| | a req/s | a p50 ms | a p99 ms | a errors | analyst req/s | analyst non-2xx/errors |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        `| a alone | ${alone.rps} | ${alone.p50.toFixed(1)} | ${alone.p99.toFixed(1)} | ${alone.errors + alone.non2xx} | — | — |`,
        `| a with analysts | ${withNoise.rps} | ${withNoise.p50.toFixed(1)} | ${withNoise.p99.toFixed(1)} | ${withNoise.errors + withNoise.non2xx} | ${noise.rps} | ${noise.errors + noise.non2xx} |`,
        '',
        `Load average after e: ${load1}.`,
      );
      console.log(extra.slice(-6).join('\n'));
    }

    const [{ version }] = (await db.query(`SELECT version()`)).rows;
    await db.end();
    const date = new Date().toISOString().slice(0, 10);
    const cpus = os.cpus();
    const report = [
      `# Benchmark ${date}`,
      '',
      `Command: \`npm run bench -- --deputies ${DEPUTIES} --suggestions-per-deputy ${SUGGESTIONS_PER_DEPUTY} --duration ${DURATION} --connections ${CONNECTIONS}\``,
      '',
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; ${String(version).split(',')[0]}. The load generator (autocannon), the API and PostgreSQL share these cores.`,
      '',
      `Data: ${DEPUTIES.toLocaleString('en')} generated deputies (\`npm run db:generate\`). Load: ${CONNECTIONS} connections for ${DURATION} s per scenario after a 3 s warm-up.`,
      '',
      '| scenario | req/s | p50 ms | p95 ms | p99 ms | SQL statements per operation | API peak memory MB | errors | ceiling (one SQL statement, minimal server) | target |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      ...extra,
      '',
      `Load average when the report was written (1, 5, 15 min): ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}. Other work shared the machine; figures are noisy.`,
      '',
    ].join('\n');
    const file = path.join(root, 'bench', 'results', `${date}.md`);
    fs.writeFileSync(file, report);
    console.log(`\nwrote ${path.relative(root, file)}`);
  } finally {
    await cleanup();
  }
}

/**
 * Scenario d: several sessions take suggestion transitions at once for DURATION seconds. Two staff
 * sessions register the same SUBMITTED suggestions from both ends of one list (so they meet and
 * conflict); each handling-unit session starts handling its own unit's ASSIGNED suggestions. Then
 * SQL must show every acknowledged write (status, event, audit row) and no connection idle in a
 * transaction.
 */
async function concurrentTransitions(db: pg.Client, apiUrl: string, login: (u: string) => Promise<string>, units: number[]): Promise<string[]> {
  const started = (await db.query(`SELECT now() AS t`)).rows[0].t as Date;
  const submitted = (await db.query(`SELECT id, version FROM suggestion WHERE status = 'SUBMITTED' ORDER BY id LIMIT 2000`)).rows as { id: number; version: number }[];
  type Job = { user: string; mutation: 'registerSuggestion' | 'startHandlingSuggestion'; items: { id: number; version: number }[] };
  const jobs: Job[] = [
    { user: 'bench-staff', mutation: 'registerSuggestion', items: submitted },
    { user: 'bench-staff2', mutation: 'registerSuggestion', items: [...submitted].reverse() },
  ];
  for (const [k, unit] of units.entries()) {
    const items = (await db.query(`SELECT id, version FROM suggestion WHERE status = 'ASSIGNED' AND lead_organization_id = $1 ORDER BY id LIMIT 2000`, [unit])).rows;
    jobs.push({ user: `bench-unit-${k + 1}`, mutation: 'startHandlingSuggestion', items });
  }
  const acked = new Map<number, string>();
  const refused: Record<string, number> = {};
  const times: number[] = [];
  const deadline = Date.now() + DURATION * 1000;
  await Promise.all(
    jobs.map(async (job) => {
      const token = await login(job.user);
      for (const item of job.items) {
        if (Date.now() > deadline) break;
        if (acked.has(item.id)) continue;
        const t0 = performance.now();
        const res = await fetch(apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: `mutation T($id: ID!, $v: Int!) { ${job.mutation}(id: $id, version: $v) { id status } }`, variables: { id: String(item.id), v: item.version } }),
        });
        const json = (await res.json()) as any;
        times.push(performance.now() - t0);
        if (json.data?.[job.mutation]) acked.set(item.id, json.data[job.mutation].status as string);
        else {
          const code = String(json.errors?.[0]?.extensions?.code ?? res.status);
          refused[code] = (refused[code] ?? 0) + 1;
        }
      }
    }),
  );
  times.sort((a, b) => a - b);
  const ids = [...acked.keys()];
  const [check] = (
    await db.query(
      `SELECT (SELECT count(*) FROM suggestion WHERE id = ANY($1::int[]) AND status IN ('REGISTERED', 'HANDLING'))::int AS changed,
              (SELECT count(DISTINCT suggestion_id) FROM suggestion_event WHERE suggestion_id = ANY($1::int[]) AND action IN ('REGISTER', 'START_HANDLING') AND at >= $2)::int AS events,
              (SELECT count(*) FROM suggestion_event WHERE suggestion_id = ANY($1::int[]) AND action IN ('REGISTER', 'START_HANDLING') AND at >= $2)::int AS event_rows,
              (SELECT count(DISTINCT entity_id) FROM audit_log WHERE at >= $2 AND entity = 'Suggestion' AND entity_id = ANY($1::int[]::text[]) AND action = 'UPDATE')::int AS audited`,
      [ids, started],
    )
  ).rows;
  const idle = (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)).rows[0].n as number;
  const ok = check.changed === ids.length && check.events === ids.length && check.event_rows === ids.length && check.audited === ids.length && idle === 0;
  const lines = [
    '',
    '## d. Concurrent suggestion transitions',
    '',
    `${jobs.length} sessions for up to ${DURATION} s: bench-staff and bench-staff2 register the same ${submitted.length} submitted suggestions from opposite ends; ${units.length} handling-unit sessions start handling their own unit's assigned ones.`,
    '',
    `Acknowledged writes: ${ids.length} (p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms over ${times.length} requests). Refused: ${JSON.stringify(refused)}.`,
    `In SQL afterwards: ${check.changed} of them in the new status, ${check.events} with their event (${check.event_rows} event rows), ${check.audited} with an UPDATE audit row; connections idle in transaction: ${idle}. ${ok ? 'Every acknowledged write is present.' : 'MISMATCH: see the counts.'}`,
  ];
  console.log(lines.join('\n'));
  return lines;
}

await main();
