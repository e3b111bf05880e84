import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { DEPUTY_COMPOSITION_CUBE } from '@luzhi/shared';
import { buildStatsQuery, shapeStatsRows, type StatsRequest } from '../src/common/stats';
import { createLogger } from '../src/common/logger';
import { startRollupCompaction } from '../src/common/rollup-compaction';
import { DEMO_PASSWORD } from '../src/seed';
import { startTestApp, statementsWhile, type TestApp } from './helpers';

/**
 * deputy_composition_rollup and deputy_composition_birth_rollup (migration
 * 1764300620000-deputy-composition-rollup.ts), kept by triggers: after every kind of change the
 * rollup path gives what counting the mandates gives, row for row, through the same engine.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
});
afterAll(() => app?.close());

/** A data source or a query runner (inside a transaction). */
type Db = { query(sql: string, params?: unknown[]): Promise<any> };

const DASHBOARD = ['GENDER', 'PARTY', 'MINORITY', 'ETHNICITY', 'AGE_BAND', 'EDUCATION', 'OCCUPATION'];
const DIRECT = { ...DEPUTY_COMPOSITION_CUBE, rollups: [] };
const MAIN_KEYS = 'level, gender, party, ethnicity, education, occupation_category';

/** The requests the dashboard and analysts send over whole levels, each answered by a rollup. */
async function rollupRequests(db: Db): Promise<Omit<StatsRequest, 'can'>[]> {
  const levels: string[] = (await db.query(`SELECT DISTINCT level FROM congress ORDER BY level`)).map((r: { level: string }) => r.level);
  const requests: Omit<StatsRequest, 'can'>[] = [];
  for (const d of DASHBOARD) {
    requests.push({ groupBy: [d], measures: ['count', 'share'] });
    requests.push({ groupBy: ['CONGRESS_LEVEL', d], measures: ['share'], orderBy: 'count' });
    for (const congressLevel of levels) requests.push({ groupBy: [d], measures: ['count', 'share'], filter: { congressLevel } });
  }
  for (const congressLevel of [...levels, 'NATIONAL']) requests.push({ groupBy: [], measures: ['count', 'share'], filter: { congressLevel } });
  requests.push({ groupBy: ['AGE_BAND'], measures: ['count', 'share'], filter: { asOf: '1990-06-30', congressLevel: levels[0] } });
  requests.push({ groupBy: ['PARTY', 'GENDER'], measures: ['count'], filter: { genders: ['FEMALE'], parties: ['CPC', 'NON_PARTY'] }, orderBy: 'count' });
  requests.push({ groupBy: ['ETHNICITY'], measures: ['count', 'share'], orderBy: 'share', limit: 2 });
  return requests;
}

/** The two paths through the engine, and the rollups against a hand-written count of the mandates. */
async function expectExact(db: Db, when: string) {
  for (const request of await rollupRequests(db)) {
    const viaRollup = buildStatsQuery(DEPUTY_COMPOSITION_CUBE, { ...request, can: () => true });
    const direct = buildStatsQuery(DIRECT, { ...request, can: () => true });
    expect(viaRollup.rollup, JSON.stringify(request)).not.toBeNull();
    expect(direct.rollup).toBeNull();
    expect(shapeStatsRows(viaRollup, await db.query(viaRollup.sql, viaRollup.params)), `${when}: ${JSON.stringify(request)}`)
      .toEqual(shapeStatsRows(direct, await db.query(direct.sql, direct.params)));
  }
  const counted = (keys: string) => `SELECT ${keys}, count(*)::int AS n FROM mandate m JOIN deputy d ON d.id = m.deputy_id JOIN term t ON t.id = m.term_id
    JOIN congress c ON c.id = t.congress_id WHERE m.end_date IS NULL GROUP BY ${keys} ORDER BY ${keys}`;
  const rolled = (table: string, keys: string) => `SELECT ${keys}, sum(n)::int AS n FROM (SELECT ${keys}, n FROM ${table}_rollup UNION ALL SELECT ${keys}, n FROM ${table}_delta) r
    GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}`;
  expect(await db.query(rolled('deputy_composition', MAIN_KEYS)), when)
    .toEqual(await db.query(counted('c.level, d.gender, d.party, d.ethnicity, d.education, d.occupation_category')));
  expect(await db.query(rolled('deputy_composition_birth', 'level, birth_date')), when).toEqual(await db.query(counted('c.level, d.birth_date')));
}

/** Runs `fn` in a transaction that is rolled back, so each change starts from the demo data. */
async function inRolledBackTransaction(fn: (db: QueryRunner) => Promise<void>) {
  const runner = app.db.createQueryRunner();
  await runner.startTransaction();
  try {
    await fn(runner);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const pendingDeltas = async (db: Db) =>
  (await db.query(`SELECT (SELECT count(*) FROM deputy_composition_delta) + (SELECT count(*) FROM deputy_composition_birth_delta) AS n`))[0].n as number;

/** A deputy of the demo with current mandates in two congresses of different levels. */
async function deputyOfTwoLevels(db: Db): Promise<number> {
  const [row] = await db.query(`SELECT m.deputy_id FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
    WHERE m.end_date IS NULL GROUP BY m.deputy_id HAVING count(DISTINCT c.level) > 1 ORDER BY m.deputy_id LIMIT 1`);
  expect(row).toBeDefined();
  return row.deputy_id;
}

let idNumbers = 0;
async function newDeputy(db: Db, name: string, attrs: { gender: string; party: string; ethnicity: string; birth: string | null; education: string | null }): Promise<number> {
  const [row] = await db.query(
    `INSERT INTO deputy (version, name, name_pinyin, name_initials, gender, party, ethnicity, birth_date, education, occupation_category, id_number)
     VALUES (1, $1, $1, $1, $2, $3, $4, $5, $6, 'WORKER', $7) RETURNING id`,
    [name, attrs.gender, attrs.party, attrs.ethnicity, attrs.birth, attrs.education, `99010119900101${String(++idNumbers).padStart(4, '0')}`],
  );
  return row.id;
}

async function terms(db: Db): Promise<{ id: number; congress_id: number; level: string }[]> {
  return db.query(`SELECT t.id, t.congress_id, c.level FROM term t JOIN congress c ON c.id = t.congress_id ORDER BY t.id`);
}

describe('deputy composition rollup', () => {
  it('answers the dashboard from the rollups with the numbers of the mandates, on the demo data as seeded', async () => {
    await expectExact(app.db, 'seeded');
  });

  it('follows inserted mandates, including several in one statement and one already ended', async () => {
    await inRolledBackTransaction(async (db) => {
      const [a, b] = await terms(db);
      const x = await newDeputy(db, '新代表甲', { gender: 'FEMALE', party: 'NON_PARTY', ethnicity: '回族', birth: '1999-02-28', education: null });
      const y = await newDeputy(db, '新代表乙', { gender: 'MALE', party: 'CPC', ethnicity: '汉族', birth: null, education: 'DOCTORATE' });
      await db.query(
        `INSERT INTO mandate (version, deputy_id, term_id, start_date, end_date) VALUES
           (1, $1, $3, '2003-01-15', NULL), (1, $1, $4, '2003-01-15', NULL), (1, $2, $3, '2003-01-15', '2004-01-01'), (1, $2, $4, '2003-01-15', NULL)`,
        [x, y, a!.id, b!.id],
      );
      await expectExact(db, 'after inserting mandates');
    });
  });

  it('follows mandates that end, reopen, move to another term or deputy, and ignores changes that count nothing', async () => {
    await inRolledBackTransaction(async (db) => {
      const [a, b] = await terms(db);
      const ids: number[] = (await db.query(`SELECT id FROM mandate WHERE end_date IS NULL AND term_id = $1 ORDER BY id LIMIT 3`, [a!.id])).map((r: { id: number }) => r.id);
      await db.query(`UPDATE mandate SET end_date = '2005-06-30', end_reason = 'RESIGNED' WHERE id = ANY($1)`, [ids]);
      await expectExact(db, 'after ending mandates');

      const before = await pendingDeltas(db);
      await db.query(`UPDATE mandate SET start_date = start_date + 1, version = version + 1 WHERE term_id = $1`, [b!.id]);
      await db.query(`UPDATE mandate SET end_date = '2005-07-01' WHERE id = $1`, [ids[0]]);
      await db.query(`UPDATE deputy SET phone = '13800000000', version = version + 1`);
      expect(await pendingDeltas(db)).toBe(before);

      await db.query(`UPDATE mandate SET end_date = NULL, end_reason = NULL WHERE id = $1`, [ids[1]]);
      await expectExact(db, 'after reopening a mandate');
      const [lone] = await db.query(`SELECT m.id FROM mandate m WHERE m.term_id = $1 AND m.end_date IS NULL
        AND NOT EXISTS (SELECT 1 FROM mandate o WHERE o.deputy_id = m.deputy_id AND o.term_id = $2) ORDER BY m.id LIMIT 1`, [a!.id, b!.id]);
      await db.query(`UPDATE mandate SET term_id = $1 WHERE id = $2`, [b!.id, lone.id]);
      const [other] = await db.query(`SELECT d.id FROM deputy d WHERE NOT EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = $1) ORDER BY d.id LIMIT 1`, [a!.id]);
      await db.query(`UPDATE mandate SET deputy_id = $1 WHERE id = $2`, [other.id, ids[2]]);
      await db.query(`UPDATE mandate SET end_date = NULL WHERE id = $1`, [ids[2]]);
      await expectExact(db, 'after moving mandates');
    });
  });

  it("follows a deputy's gender, party, ethnicity, education, occupation and birth date", async () => {
    await inRolledBackTransaction(async (db) => {
      const both = await deputyOfTwoLevels(db);
      await db.query(`UPDATE deputy SET gender = CASE gender WHEN 'MALE' THEN 'FEMALE' ELSE 'MALE' END, party = 'NON_PARTY', birth_date = birth_date - 7300 WHERE id = $1`, [both]);
      await expectExact(db, 'after changing gender, party and birth date');
      await db.query(`UPDATE deputy SET birth_date = NULL, education = NULL, ethnicity = '壮族', occupation_category = 'FARMER' WHERE id IN (SELECT deputy_id FROM mandate ORDER BY id DESC LIMIT 5)`);
      await db.query(`UPDATE deputy SET birth_date = '1961-03-01' WHERE id = $1`, [both]);
      await expectExact(db, 'after changing several deputies');
      // The import's statements: an upsert of deputies by ID number, then of their mandates.
      const [a] = await terms(db);
      await db.query(
        `INSERT INTO deputy (version, name, name_pinyin, name_initials, gender, party, ethnicity, birth_date, education, occupation_category, id_number)
         SELECT 1, name, name_pinyin, name_initials, 'FEMALE', 'CPC', '苗族', '1975-12-31'::date, 'MASTER', 'OTHER', id_number FROM deputy WHERE id = $1
         UNION ALL SELECT 1, '新代表丁', 'xin', 'x', 'MALE', 'CPC', '汉族', '1980-01-01', NULL, 'WORKER', '990101199001019999'
         ON CONFLICT (id_number) DO UPDATE SET gender = EXCLUDED.gender, party = EXCLUDED.party, ethnicity = EXCLUDED.ethnicity, birth_date = EXCLUDED.birth_date,
           education = EXCLUDED.education, occupation_category = EXCLUDED.occupation_category, version = deputy.version + 1`,
        [both],
      );
      await db.query(
        `INSERT INTO mandate (version, deputy_id, term_id, start_date) SELECT 1, d.id, $1, '2003-01-15' FROM deputy d WHERE d.id = $2 OR d.id_number = '990101199001019999'
         ON CONFLICT (deputy_id, term_id) DO UPDATE SET end_date = NULL, version = mandate.version + 1`,
        [a!.id, both],
      );
      await expectExact(db, 'after upserting deputies and mandates');
    });
  });

  it('follows a term moved to a congress of another level, and a congress whose level changes', async () => {
    await inRolledBackTransaction(async (db) => {
      const [a] = await terms(db);
      const [township] = await db.query(`INSERT INTO congress (version, name, level) VALUES (1, '某镇人民代表大会', 'TOWNSHIP') RETURNING id`);
      await db.query(`UPDATE term SET congress_id = $1 WHERE id = $2`, [township.id, a!.id]);
      await expectExact(db, 'after moving a term');
      await db.query(`UPDATE congress SET level = 'PROVINCE' WHERE id = $1`, [township.id]);
      await db.query(`UPDATE congress SET name = name || '(改)'`);
      await expectExact(db, 'after changing a level');
    });
  });

  it('follows deletions, and an emptied mandate table', async () => {
    await inRolledBackTransaction(async (db) => {
      const [a] = await terms(db);
      const x = await newDeputy(db, '新代表丙', { gender: 'FEMALE', party: 'CPC', ethnicity: '汉族', birth: '1970-05-05', education: 'MASTER' });
      await db.query(`INSERT INTO mandate (version, deputy_id, term_id, start_date) VALUES (1, $1, $2, '2003-01-15')`, [x, a!.id]);
      await db.query(`DELETE FROM mandate WHERE deputy_id = $1 OR id IN (SELECT id FROM mandate WHERE term_id = $2 ORDER BY id LIMIT 4)`, [x, a!.id]);
      await db.query(`DELETE FROM deputy WHERE id = $1`, [x]);
      await expectExact(db, 'after deleting');
      await db.query(`TRUNCATE mandate`);
      await expectExact(db, 'after truncating');
      expect(await pendingDeltas(db)).toBe(0);
    });
  });

  it('counts everything again in deputy_composition_rebuild() to what the triggers kept', async () => {
    await inRolledBackTransaction(async (db) => {
      const [, b] = await terms(db);
      await db.query(`UPDATE mandate SET end_date = '2006-01-01' WHERE id IN (SELECT id FROM mandate WHERE term_id = $1 ORDER BY id LIMIT 5)`, [b!.id]);
      await db.query(`UPDATE deputy SET party = 'CPC' WHERE id IN (SELECT deputy_id FROM mandate ORDER BY id LIMIT 5)`);
      const rolled = (keys: string) => `SELECT ${keys}, sum(n)::int AS n FROM (SELECT ${keys}, n FROM deputy_composition_rollup UNION ALL SELECT ${keys}, n FROM deputy_composition_delta) r GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}`;
      const kept = await db.query(rolled(MAIN_KEYS));
      expect(await pendingDeltas(db)).not.toBe(0);
      await db.query(`SELECT deputy_composition_rebuild()`);
      expect(await pendingDeltas(db)).toBe(0);
      expect(await db.query(rolled(MAIN_KEYS))).toEqual(kept);
      await expectExact(db, 'after a rebuild');
    });
  });

  it('folds committed deltas into the rollups in deputy_composition_compact(), changing no answer and keeping no empty rows', async () => {
    const runner = app.db.createQueryRunner();
    try {
      const [a] = await terms(runner);
      const ended: number[] = (await runner.query(`SELECT id FROM mandate WHERE end_date IS NULL AND term_id = $1 ORDER BY id LIMIT 2`, [a!.id])).map((r: { id: number }) => r.id);
      await runner.query(`UPDATE mandate SET end_date = '2007-01-01' WHERE id = ANY($1)`, [ended]);
      await runner.query(`UPDATE deputy SET education = 'DOCTORATE', birth_date = '1950-01-01' WHERE id IN (SELECT deputy_id FROM mandate WHERE id = ANY($1))`, [ended]);
      expect(await pendingDeltas(runner)).toBeGreaterThan(0);
      const [{ folded }] = await runner.query(`SELECT deputy_composition_compact() AS folded`);
      expect(folded).toBeGreaterThan(0);
      expect(await pendingDeltas(runner)).toBe(0);
      const [{ empty }] = await runner.query(`SELECT (SELECT count(*) FROM deputy_composition_rollup WHERE n <= 0) + (SELECT count(*) FROM deputy_composition_birth_rollup WHERE n <= 0) AS empty`);
      expect(Number(empty)).toBe(0);
      const [{ current }] = await runner.query(`SELECT count(*)::int AS current FROM mandate WHERE end_date IS NULL`);
      const [{ main, birth }] = await runner.query(`SELECT (SELECT sum(n) FROM deputy_composition_rollup)::int AS main, (SELECT sum(n) FROM deputy_composition_birth_rollup)::int AS birth`);
      expect([main, birth]).toEqual([current, current]);
      await expectExact(runner, 'after compaction');
      // Another process holding the lock: this one skips instead of waiting.
      await runner.startTransaction();
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('deputy_composition_compact'))`);
      const other = app.db.createQueryRunner();
      try {
        await runner.query(`UPDATE mandate SET end_date = NULL WHERE id = $1`, [ended[0]]);
        expect((await other.query(`SELECT deputy_composition_compact() AS folded`))[0].folded).toBe(0);
      } finally {
        await other.release();
        await runner.commitTransaction();
      }
      await expectExact(runner, 'after a skipped compaction');
    } finally {
      await runner.release();
    }
  });

  it('is compacted by the API\'s compaction job along with the suggestion rollup', async () => {
    await app.db.query(`UPDATE deputy SET party = 'NON_PARTY' WHERE id IN (SELECT deputy_id FROM mandate WHERE end_date IS NULL ORDER BY id LIMIT 3)`);
    expect(await pendingDeltas(app.db)).toBeGreaterThan(0);
    const stop = startRollupCompaction(app.db, createLogger('silent'), 20);
    try {
      for (let i = 0; i < 100 && (await pendingDeltas(app.db)) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      stop();
    }
    expect(await pendingDeltas(app.db)).toBe(0);
    await expectExact(app.db, 'after the job ran');
  });

  /**
   * Two transactions: the first changes what the second's mandate is counted by and holds its
   * change uncommitted; the second's trigger must wait for it and count the committed value.
   */
  async function whileChanging(change: (db: QueryRunner) => Promise<void>, write: (db: QueryRunner) => Promise<unknown>) {
    const changer = app.db.createQueryRunner();
    const writer = app.db.createQueryRunner();
    try {
      await changer.startTransaction();
      await change(changer);
      await writer.startTransaction();
      let written = false;
      const writing = write(writer).then(() => { written = true; });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(written).toBe(false);
      await changer.commitTransaction();
      await writing;
      await writer.commitTransaction();
      await expectExact(app.db, 'after concurrent changes');
    } finally {
      if (changer.isTransactionActive) await changer.rollbackTransaction();
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await changer.release();
      await writer.release();
    }
  }

  it('stays exact when a mandate is added while its deputy is being changed in another transaction', async () => {
    const deputyId = await deputyOfTwoLevels(app.db);
    const [{ id: termId }] = await app.db.query(`INSERT INTO term (version, congress_id, number, name, start_date)
      SELECT 1, congress_id, max(number) + 1, '新一届', '2030-01-01' FROM term WHERE congress_id = (SELECT min(congress_id) FROM term) GROUP BY congress_id RETURNING id`);
    await whileChanging(
      (db) => db.query(`UPDATE deputy SET gender = CASE gender WHEN 'MALE' THEN 'FEMALE' ELSE 'MALE' END, birth_date = '1980-08-08' WHERE id = $1`, [deputyId]),
      (db) => db.query(`INSERT INTO mandate (version, deputy_id, term_id, start_date) VALUES (1, $1, $2, '2030-01-01')`, [deputyId, termId]),
    );
  });

  it('stays exact when a mandate ends while its term moves to a congress of another level in another transaction', async () => {
    const [{ id: mandateId, term_id: termId }] = await app.db.query(`SELECT id, term_id FROM mandate WHERE end_date IS NULL ORDER BY id LIMIT 1`);
    const [congress] = await app.db.query(`INSERT INTO congress (version, name, level) VALUES (1, '某省人民代表大会', 'PROVINCE') RETURNING id`);
    await whileChanging(
      (db) => db.query(`UPDATE term SET congress_id = $1 WHERE id = $2`, [congress.id, termId]),
      (db) => db.query(`UPDATE mandate SET end_date = '2031-01-01' WHERE id = $1`, [mandateId]),
    );
  });

  it('answers deputyComposition over a level in one statement, from the rollup, as the mandates do', async () => {
    const staff = await app.login('staff', DEMO_PASSWORD);
    const [{ level }] = await app.db.query(`SELECT level FROM congress ORDER BY level LIMIT 1`);
    const request = { groupBy: ['OCCUPATION'], measures: ['count', 'share'], filter: { congressLevel: level }, orderBy: 'count' };
    const direct = buildStatsQuery(DIRECT, { ...request, can: () => true });
    const expected = shapeStatsRows(direct, await app.db.query(direct.sql, direct.params));
    const { result: r, statements: seen } = await statementsWhile(() =>
      app.gql(`query($f: DeputyCompositionStatsFilter) { deputyComposition(groupBy: [OCCUPATION], filter: $f, orderBy: count) { rows { occupation count share } total { count share } truncated } }`,
        { f: { congressLevel: level } }, { token: staff }));
    expect(r.errors).toBeUndefined();
    expect(r.data.deputyComposition).toEqual({ rows: expected.rows, total: { count: expected.total.count, share: expected.total.share }, truncated: false });
    const statements = seen.filter((q) => q.includes('deputy_composition') || q.includes('mandate'));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('deputy_composition_rollup');
  });
});
