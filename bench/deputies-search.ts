// Deputy search on a large roster, through the GraphQL endpoint as the admin calls it.
//   TSX_TSCONFIG_PATH=bench/tsconfig.json node --import tsx bench/deputies-search.ts [deputies=1000000] [queries=400]
// Generates the deputies once with multi-row INSERTs into a scratch embedded database under
// bench/data/deputies-search (kept between runs; delete the folder to start again).
import os from 'node:os';
import { loadConfig } from '../apps/api/src/config';
import { createLogger } from '../apps/api/src/common/logger';
import { createServer } from '../apps/api/src/server';
import { deputyGenerator, login, percentile, round, scratchDatabase, staffAccount } from './deputies-common';

const TARGET = Number(process.argv[2] ?? 1_000_000);
const QUERIES = Number(process.argv[3] ?? 400);
const COLUMNS = ['name', 'name_pinyin', 'name_initials', 'gender', 'ethnicity', 'birth_date', 'party', 'education', 'occupation_category', 'work_unit', 'position', 'phone', 'id_number', 'address', 'status'];
const KEYS = ['name', 'namePinyin', 'nameInitials', 'gender', 'ethnicity', 'birthDate', 'party', 'education', 'occupationCategory', 'workUnit', 'position', 'phone', 'idNumber', 'address', 'status'] as const;
const SEARCH_INDEXES = [
  `CREATE INDEX IF NOT EXISTS "IDX_deputy_name_trgm" ON "deputy" USING gin ("name" gin_trgm_ops)`,
  // As the migrations leave them (1764300110000 makes these two covering).
  `CREATE INDEX IF NOT EXISTS "IDX_deputy_initials" ON "deputy" ("name_initials" text_pattern_ops) INCLUDE ("name_pinyin", "id")`,
  `CREATE INDEX IF NOT EXISTS "IDX_deputy_pinyin" ON "deputy" ("name_pinyin" text_pattern_ops) INCLUDE ("id", "name_initials")`,
  `CREATE INDEX IF NOT EXISTS "IDX_deputy_name_prefix" ON "deputy" ("name" text_pattern_ops) INCLUDE ("name_pinyin", "id")`,
];

const { embedded, db } = await scratchDatabase('deputies-search');
try {
  const [{ n: have }] = await db.query(`SELECT count(*)::int AS n FROM deputy`);
  if (have < TARGET) {
    const started = Date.now();
    // Build the search indexes once at the end: faster than maintaining them row by row.
    for (const name of ['IDX_deputy_name_trgm', 'IDX_deputy_initials', 'IDX_deputy_pinyin', 'IDX_deputy_name_prefix']) await db.query(`DROP INDEX IF EXISTS "${name}"`);
    const next = deputyGenerator(20260101);
    for (let i = 0; i < have; i++) next(i); // same names on a resumed run
    const BATCH = 2000;
    for (let from = have; from < TARGET; from += BATCH) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = from; i < Math.min(TARGET, from + BATCH); i++) {
        const d = next(i);
        tuples.push(`(${KEYS.map((k) => (params.push(d[k]), `$${params.length}`)).join(', ')}, 1)`);
      }
      await db.query(`INSERT INTO deputy (${COLUMNS.join(', ')}, version) VALUES ${tuples.join(', ')}`, params);
      if ((from / BATCH) % 50 === 0) process.stdout.write(`\r  generated ${from + tuples.length} deputies`);
    }
    console.log(`\n  generated ${TARGET - have} deputies in ${round((Date.now() - started) / 1000)} s; building indexes…`);
    const t = Date.now();
    for (const sql of SEARCH_INDEXES) await db.query(sql);
    await db.query(`VACUUM ANALYZE deputy`);
    console.log(`  indexes and statistics in ${round((Date.now() - t) / 1000)} s`);
  } else {
    // A roster generated before the indexes changed: rebuild the ones that differ.
    for (const sql of SEARCH_INDEXES) {
      const name = /"(IDX_[^"]+)"/.exec(sql)![1]!;
      const include = /INCLUDE \(([^)]+)\)/.exec(sql)?.[1]?.replace(/"/g, '');
      const [have] = await db.query(`SELECT indexdef FROM pg_indexes WHERE indexname = $1`, [name]);
      if (have && (!include || have.indexdef.includes(`INCLUDE (${include})`))) continue;
      await db.query(`DROP INDEX IF EXISTS "${name}"`);
      await db.query(sql);
    }
    await db.query(`VACUUM ANALYZE deputy`);
  }
  const [{ n: total }] = await db.query(`SELECT count(*)::int AS n FROM deputy`);

  const log = createLogger('silent');
  const server = await createServer({ config: { ...loadConfig({}), port: 0 }, db, log });
  const token = await login(server.url, await staffAccount(db));

  // Searches people type: full initials, the first two initials, the surname and first given
  // character, the whole name (three characters: "contains"), and a pinyin prefix.
  const sample: { name: string; name_pinyin: string; name_initials: string }[] = await db.query(
    `SELECT name, name_pinyin, name_initials FROM deputy TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT $1`, [QUERIES],
  );
  const kinds: Record<string, (d: (typeof sample)[number]) => string> = {
    initials: (d) => d.name_initials,
    initials2: (d) => d.name_initials.slice(0, 2),
    name2: (d) => [...d.name].slice(0, 2).join(''),
    name: (d) => d.name,
    pinyin: (d) => d.name_pinyin.slice(0, Math.min(8, d.name_pinyin.length)),
  };
  const query = `query($s: String) { deputies(filter: { search: $s }, first: 20) { totalCount nodes { id name nameInitials gender party phone idNumber } } }`;
  const call = async (search: string) => {
    const t = process.hrtime.bigint();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { s: search } }) });
    const body = (await res.json()) as { data?: { deputies: { totalCount: number } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, hits: body.data.deputies.totalCount };
  };
  for (const d of sample.slice(0, 30)) await call(d.name_initials); // warm-up

  console.log(`\nDeputy search, ${total.toLocaleString('en')} deputies, ${sample.length} searches of each kind, one at a time, first 20 with totalCount (GraphQL over HTTP)\n`);
  console.log('kind        p50 ms   p95 ms   max ms   median hits');
  const all: number[] = [];
  for (const [kind, make] of Object.entries(kinds)) {
    const times: number[] = [];
    const hits: number[] = [];
    for (const d of sample) {
      const r = await call(make(d));
      times.push(r.ms);
      hits.push(r.hits);
    }
    times.sort((a, b) => a - b);
    hits.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${kind.padEnd(10)} ${String(round(percentile(times, 50))).padStart(7)} ${String(round(percentile(times, 95))).padStart(8)} ${String(round(times.at(-1)!)).padStart(8)} ${String(percentile(hits, 50)).padStart(13)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`${'all'.padEnd(10)} ${String(round(percentile(all, 50))).padStart(7)} ${String(round(percentile(all, 95))).padStart(8)} ${String(round(all.at(-1)!)).padStart(8)}`);
  console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (other work shares them)`);
  await server.close();
} finally {
  await db.destroy();
  await embedded.stop();
}
