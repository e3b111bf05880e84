// Roster import of a large .xlsx through the running API, with the API's memory watched.
//   TSX_TSCONFIG_PATH=bench/tsconfig.json node --import tsx bench/deputies-import.ts [rows=100000]
// A scratch embedded database under bench/data/deputies-import (recreated on every run) with the
// demo data; the API runs as its own process (as `npm start` runs it) and its resident memory is
// sampled from /proc while it checks and applies the file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { DEPUTY_IMPORT_COLUMNS, EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS } from '@luzhi/shared';
import { API_ROOT, REPO_ROOT } from '../apps/api/src/config';
import { seedDemo } from '../apps/api/src/seed';
import apiNode from '../apps/api/node-flags.json';
import { deputyGenerator, login, round, scratchDatabase, staffAccount } from './deputies-common';

const ROWS = Number(process.argv[2] ?? 100_000);
const file = path.join(REPO_ROOT, 'bench', 'data', `roster-${ROWS}.xlsx`);

async function writeRoster(districts: string[]) {
  if (fs.existsSync(file)) return;
  const next = deputyGenerator(7);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = writer.addWorksheet('代表名册');
  sheet.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => c.zh)).commit();
  for (let i = 0; i < ROWS; i++) {
    // Serials far from the demo's and the search benchmark's, so every row is new.
    const d = next(5_000_000 + i);
    sheet.addRow([
      d.name, GENDER_LABELS[d.gender as 'MALE'].zh, d.ethnicity, d.birthDate, PARTY_LABELS[d.party as 'CPC'].zh, EDUCATION_LABELS.UNDERGRADUATE.zh,
      OCCUPATION_CATEGORY_LABELS[d.occupationCategory as 'CADRE'].zh, d.workUnit, d.position, d.phone, d.idNumber, d.address, '在任', districts[i % districts.length], '',
    ]).commit();
  }
  sheet.commit();
  await writer.commit();
}

const { embedded, db } = await scratchDatabase('deputies-import');
let api: ReturnType<typeof spawn> | undefined;
try {
  // A fresh database every run: the roster's rows are all new.
  await db.destroy();
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS luzhi_bench WITH (FORCE)`);
  await admin.end();
  await embedded.stop();
} catch (err) {
  await embedded.stop();
  throw err;
}
const fresh = await scratchDatabase('deputies-import');
try {
  await seedDemo(fresh.db);
  const username = await staffAccount(fresh.db);
  const [term] = await fresh.db.query(`SELECT t.id, t.congress_id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY'`);
  const districts = (await fresh.db.query(`SELECT name FROM electoral_district WHERE congress_id = $1 ORDER BY id`, [term.congress_id])).map((r: { name: string }) => r.name);
  const t0 = Date.now();
  await writeRoster(districts);
  const size = fs.statSync(file).size;
  console.log(`roster: ${ROWS.toLocaleString('en')} rows, ${round(size / 1024 / 1024)} MB .xlsx${Date.now() - t0 > 1000 ? ` (written in ${round((Date.now() - t0) / 1000)} s)` : ''}`);
  await fresh.db.destroy();

  api = spawn(process.execPath, [...apiNode.flags, '--import', 'tsx', 'src/main.ts'], {
    cwd: API_ROOT,
    // The API's own tsconfig (apps/api), as `npm start` uses it.
    env: { ...process.env, TSX_TSCONFIG_PATH: '', DATABASE_URL: fresh.url, PORT: '0', LOG_LEVEL: 'warn', LUZHI_SEED_DEMO: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    api!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (m) resolve(m[1]!);
    });
    api!.once('exit', (code) => reject(new Error(`API exited (${code}): ${out}`)));
  });
  api.on('exit', (code, signal) => console.error(`\nAPI exited: code ${code}, signal ${signal}`));
  const status = () => fs.readFileSync(`/proc/${api!.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status())?.[1] ?? NaN) / 1024;
  const token = await login(base, username);
  const idle = kb('VmRSS');
  let peakSampled = idle;
  const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, kb('VmRSS'))), 50);

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const wait = async (id: string) => {
    let last = -1;
    for (;;) {
      const { deputyImport: d } = await gql(`query($id: ID!) { deputyImport(id: $id) { status processedRows progress totalRows problemCount newCount insertedCount linkedCount failure } }`, { id });
      if (d.status !== 'VALIDATING' && d.status !== 'APPLYING') return d;
      if (d.processedRows !== last) process.stdout.write(`\r  ${d.status.toLowerCase()}: ${d.processedRows} rows (${Math.round(d.progress * 100)}%)   `);
      last = d.processedRows;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const started = Date.now();
  const up = await fetch(`${base}/deputy-imports?termId=${term.id}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(path.basename(file)) }, body: fs.readFileSync(file) });
  const { id } = (await up.json()) as { id: string };
  const uploaded = Date.now();
  const checked = await wait(id);
  const checkedAt = Date.now();
  if (checked.status !== 'VALID') throw new Error(`check: ${JSON.stringify(checked)}`);
  await gql(`mutation($id: ID!) { applyDeputyImport(id: $id) { id } }`, { id });
  const applied = await wait(id);
  const done = Date.now();
  clearInterval(sampler);
  if (applied.status !== 'APPLIED') throw new Error(`apply: ${JSON.stringify(applied)}`);
  const peak = kb('VmHWM');
  console.log(`\r  imported: ${applied.insertedCount.toLocaleString('en')} deputies added, ${applied.linkedCount.toLocaleString('en')} mandates made                `);
  console.log(`\nupload ${round((uploaded - started) / 1000)} s · check ${round((checkedAt - uploaded) / 1000)} s · apply ${round((done - checkedAt) / 1000)} s · total ${round((done - started) / 1000)} s`);
  console.log(`API memory (RSS): idle ${Math.round(idle)} MB, highest sampled ${Math.round(peakSampled)} MB, peak ${Math.round(peak)} MB (VmHWM, whole process life)`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
} finally {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api!.once('exit', r));
  }
  if (fresh.db.isInitialized) await fresh.db.destroy();
  await fresh.embedded.stop();
}
