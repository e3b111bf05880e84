// Shared by the deputies benchmarks: a scratch embedded PostgreSQL under bench/data (git-ignored),
// migrated, and a staff account. Small on purpose: the full data generator is another script.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { idNumberCheckChar } from '@luzhi/shared';
import { REPO_ROOT } from '../apps/api/src/config';
import { EmbeddedPostgres } from '../apps/api/src/db/embedded';
import { createDataSource } from '../apps/api/src/db/data-source';
import { hashPassword } from '../apps/api/src/modules/users/auth.service';
import { namePinyin } from '../apps/api/src/modules/deputies/deputy.pinyin';
import { personName, seeded } from '../apps/api/src/seed/random';

export const BENCH_PASSWORD = 'bench-password-123';

export async function scratchDatabase(name: string) {
  const dir = path.join(REPO_ROOT, 'bench', 'data', name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  const embedded = new EmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', shared_buffers: '256MB', max_wal_size: '4GB', work_mem: '16MB' },
  });
  await embedded.start();
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'luzhi_bench'`)).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE luzhi_bench`);
  await admin.end();
  const url = embedded.urlFor('luzhi_bench');
  const db = createDataSource({ url, poolSize: 10, applicationName: 'luzhi-bench' });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return { embedded, db, url };
}

export async function staffAccount(db: import('typeorm').DataSource): Promise<string> {
  const username = 'bench-staff';
  await db.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, version) VALUES ($1, $1, $2, 'STAFF', 1) ON CONFLICT DO NOTHING`,
    [username, await hashPassword(BENCH_PASSWORD)],
  );
  return username;
}

export async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, variables: { u: username, p: BENCH_PASSWORD } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Deterministic deputies: invented names, unique valid ID numbers from a serial. */
export function deputyGenerator(seed: number) {
  const r = seeded(seed);
  const charPinyin = new Map<string, { full: string; initial: string }>();
  const pinyinOf = (name: string) => {
    let full = '';
    let initials = '';
    for (const ch of name) {
      let p = charPinyin.get(ch);
      if (!p) {
        const x = namePinyin(ch);
        p = { full: x.full, initial: x.initials };
        charPinyin.set(ch, p);
      }
      full += p.full;
      initials += p.initial;
    }
    return { full, initials };
  };
  const PARTIES = ['CPC', 'CPC', 'CPC', 'NON_PARTY', 'CDL', 'CNDCA', 'JS'];
  const OCCUPATIONS = ['CADRE', 'WORKER', 'FARMER', 'PROFESSIONAL', 'ENTERPRISE', 'OTHER'];
  const base = Date.UTC(1950, 0, 1);
  return (serial: number) => {
    const name = personName(r);
    const { full, initials } = pinyinOf(name);
    const day = serial % 18000;
    const seq = Math.floor(serial / 18000) % 100;
    const birth = new Date(base + day * 86400000).toISOString().slice(0, 10);
    const female = r.next() < 0.3;
    // Two digits of serial and the gender digit (odd for men): unique for 1.8 million per area code.
    const seqText = String(seq).padStart(2, '0') + (female ? '2' : '1');
    const first17 = `${String(110101 + Math.floor(serial / 1_800_000) * 100)}${birth.replace(/-/g, '')}${seqText}`;
    return {
      name, namePinyin: full, nameInitials: initials, gender: female ? 'FEMALE' : 'MALE', ethnicity: '汉族', birthDate: birth,
      party: PARTIES[serial % PARTIES.length]!, education: 'UNDERGRADUATE', occupationCategory: OCCUPATIONS[serial % OCCUPATIONS.length]!,
      workUnit: '柳河区某单位', position: '职员', phone: `13${String(serial).padStart(9, '0')}`, idNumber: first17 + idNumberCheckChar(first17),
      address: `柳河区人民路 ${serial % 999} 号`, status: 'ACTIVE',
    };
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number) => Math.round(n * 10) / 10;
