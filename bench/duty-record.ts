/**
 * Benchmark: the duty records of 10,000 deputies for one year, computed from 1,000,000 underlying
 * records, in one SQL statement (apps/api/src/modules/duty/record/record.sql.ts).
 *
 *   TSX_TSCONFIG_PATH=bench/tsconfig.json node --import tsx bench/duty-record.ts             # 10,000 deputies, 1,000,000 records
 *   TSX_TSCONFIG_PATH=bench/tsconfig.json node --import tsx bench/duty-record.ts 2000 200000
 *
 * Starts a scratch embedded PostgreSQL in a temporary folder (or uses DATABASE_URL's server, in a
 * new database it drops afterwards), migrates it, fills it with multi-row INSERTs, runs ANALYZE,
 * then times the record of every deputy, a ranking page, and one deputy's record. A full data
 * generator comes later; this only fills the tables the registered sources read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDataSource } from '../apps/api/src/db/data-source';
import { EmbeddedPostgres } from '../apps/api/src/db/embedded';
import { computeRecords, rankRecords, recordCte } from '../apps/api/src/modules/duty/record/record.sql';
import { dutySources } from '../apps/api/src/modules/duty/record/duty-source';

const DEPUTIES = Number(process.argv[2] ?? 10_000);
const RECORDS = Number(process.argv[3] ?? 1_000_000);
const YEAR = 2005;

/** Deterministic pseudo-random numbers, so every run loads the same data. */
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (n: number) => Math.floor(rand() * n);
const day = () => `${YEAR}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;

async function insert(client: pg.Client, table: string, columns: string[], rows: unknown[][]) {
  const width = columns.length;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * width + c + 1}`).join(',')})`).join(',');
    await client.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values}`, chunk.flat());
  }
}

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-bench-'));
  fs.chmodSync(dir, 0o755);
  const embedded = process.env.DATABASE_URL ? null : new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  const server = embedded ? (await embedded.start(), embedded.url) : process.env.DATABASE_URL!;
  const name = `luzhi_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2, applicationName: 'luzhi-bench' });
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await client.connect();
    const loadStart = process.hrtime.bigint();

    const [{ id: congress }] = (await client.query(`INSERT INTO congress (version, name, level) VALUES (1, '基准区人大', 'COUNTY') RETURNING id`)).rows;
    const [{ id: term }] = (await client.query(`INSERT INTO term (version, congress_id, number, name, start_date) VALUES (1, $1, 1, '第一届', '2003-01-01') RETURNING id`, [congress])).rows;
    const sessions = (await client.query(`INSERT INTO congress_session (version, term_id, number, name, start_date) VALUES (1, $1, 1, '一次', '2005-01-10'), (1, $1, 2, '二次', '2005-12-20') RETURNING id`, [term])).rows.map((r) => r.id);
    const [{ id: org }] = (await client.query(`INSERT INTO organization (version, name, kind) VALUES (1, '某局', 'STATE_ORGAN') RETURNING id`)).rows;
    const stations = (await client.query(`INSERT INTO liaison_station (version, name) SELECT 1, '联络站' || g FROM generate_series(1, 50) g RETURNING id`)).rows.map((r) => r.id);

    await insert(client, 'deputy', ['version', 'name', 'name_pinyin', 'name_initials', 'gender', 'party', 'occupation_category', 'id_number'],
      Array.from({ length: DEPUTIES }, (_, i) => [1, `代表${i}`, `daibiao${i}`, 'db', 'MALE', 'CPC', 'OTHER', `11010119${String(i).padStart(10, '0')}`]));
    const deputies = (await client.query(`SELECT id FROM deputy ORDER BY id`)).rows.map((r) => r.id as number);
    await insert(client, 'mandate', ['version', 'deputy_id', 'term_id', 'start_date'], deputies.map((d) => [1, d, term, '2003-01-01']));

    // The records, split across the sources roughly as a real year would be.
    const share = (f: number) => Math.round(RECORDS * f);
    const attendance = Math.min(share(0.02), deputies.length * sessions.length);
    await insert(client, 'session_attendance', ['version', 'session_id', 'deputy_id', 'status'],
      Array.from({ length: attendance }, (_, i) => [1, sessions[i % sessions.length], deputies[Math.floor(i / sessions.length)], rand() < 0.9 ? 'ATTENDED' : rand() < 0.7 ? 'ON_LEAVE' : 'ABSENT']));
    await insert(client, 'duty_report', ['version', 'deputy_id', 'year', 'audience', 'form', 'status', 'title', 'grade'],
      Array.from({ length: share(0.01) }, (_, i) => [1, deputies[i % deputies.length], YEAR, 'VOTERS', 'ORAL', 'EVALUATED', '述职', rand() < 0.8 ? 'COMPETENT' : 'BASICALLY_COMPETENT']));
    const evaluations = Math.max(1, Math.ceil(share(0.1) / deputies.length));
    const evIds = (await client.query(`INSERT INTO organ_evaluation (version, organization_id, year, title) SELECT 1, $1, $2, '评议' || g FROM generate_series(1, $3::int) g RETURNING id`, [org, YEAR, evaluations])).rows.map((r) => r.id);
    await insert(client, 'organ_evaluation_rating', ['version', 'evaluation_id', 'deputy_id', 'score'],
      Array.from({ length: share(0.1) }, (_, i) => [1, evIds[Math.floor(i / deputies.length) % evIds.length], deputies[i % deputies.length], 60 + pick(40)]));
    const dayCount = share(0.02);
    await insert(client, 'reception_day', ['version', 'station_id', 'date'], Array.from({ length: dayCount }, () => [1, stations[pick(stations.length)], day()]));
    const dayIds = (await client.query(`SELECT id FROM reception_day ORDER BY id`)).rows.map((r) => r.id as number);
    const duties = share(0.1);
    await insert(client, 'reception_duty', ['version', 'reception_day_id', 'deputy_id'],
      // Unique (day, deputy): the same day recurs every dayIds.length rows, each time 1237 deputies further on.
      Array.from({ length: duties }, (_, i) => [1, dayIds[i % dayIds.length], deputies[(i + Math.floor(i / dayIds.length) * 1237) % deputies.length]]));
    const used = attendance + share(0.01) + share(0.1) + dayCount + duties;
    const contacts = Math.round((RECORDS - used) * 0.6);
    await insert(client, 'voter_contact', ['version', 'deputy_id', 'kind', 'contacted_on', 'summary'],
      Array.from({ length: contacts }, () => [1, deputies[pick(deputies.length)], 'VISIT', day(), '走访选民']));
    await insert(client, 'sentiment_diary', ['version', 'deputy_id', 'entry_date', 'title', 'content', 'tags'],
      Array.from({ length: RECORDS - used - contacts }, () => [1, deputies[pick(deputies.length)], day(), '日记', '内容', '{民生}']));
    await client.query('ANALYZE');
    const counts = (await client.query(`SELECT (SELECT count(*) FROM session_attendance) + (SELECT count(*) FROM duty_report) + (SELECT count(*) FROM organ_evaluation_rating)
      + (SELECT count(*) FROM reception_day) + (SELECT count(*) FROM reception_duty) + (SELECT count(*) FROM voter_contact) + (SELECT count(*) FROM sentiment_diary) AS n`)).rows[0].n;
    console.log(`loaded ${DEPUTIES} deputies and ${counts} records in ${(ms(loadStart) / 1000).toFixed(1)} s; ${dutySources().length} sources registered`);

    // One statement per computation: count what the client sends.
    let statements = 0;
    const counted = { query: (sql: string, params?: unknown[]) => { statements++; return client.query(sql, params).then((r) => r.rows); } };
    const runs: number[] = [];
    let rows: Awaited<ReturnType<typeof computeRecords>> = [];
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      rows = await computeRecords(counted, YEAR, { termId: term });
      runs.push(ms(t));
    }
    const sum = rows.reduce((s, r) => s + Object.values(r.items).reduce((a, [v]) => a + Number(v), 0), 0);
    console.log(`records of all ${rows.length} deputies: ${runs.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')} (median ${(runs.sort((a, b) => a - b)[1]! / 1000).toFixed(2)} s), ${statements / 3} statement each; items summed: ${Math.round(sum)}`);

    statements = 0;
    let t = process.hrtime.bigint();
    const page = await rankRecords(counted, YEAR, { termId: term }, 'SCORE_DESC', 20, 0);
    console.log(`ranking page (20 of ${page.total}, best ${page.rows[0]?.score}): ${(ms(t) / 1000).toFixed(2)} s, ${statements} statement`);
    t = process.hrtime.bigint();
    await computeRecords(counted, YEAR, { ids: [deputies[4242]!] });
    console.log(`one deputy's record: ${ms(t).toFixed(1)} ms`);

    if (process.env.EXPLAIN) {
      const { sql, params } = recordCte({ termId: term });
      params[0] = YEAR;
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql} SELECT * FROM record`, params);
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  } finally {
    await client.end().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
