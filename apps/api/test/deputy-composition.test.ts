import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandSql } from '@luzhi/shared';
import { DEMO_PASSWORD } from '../src/seed';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = await app.login('staff', DEMO_PASSWORD);
});
afterAll(() => app?.close());

const Q = `query($g: [DeputyCompositionDimension!]!, $f: DeputyCompositionStatsFilter) {
  deputyComposition(groupBy: $g, filter: $f) { groupBy rows { congressLevel term gender party minority ageBand education occupation count share } total { count share } truncated }
}`;

describe('deputyComposition', () => {
  it('puts every birth date in the band of its completed years, as age() counts them, leap days included', async () => {
    // Every day of 1930-2006 against reference dates around 29 February of a leap year and of a
    // common year, and today's: the band from the four dates equals the band from age().
    const band = ageBandSql('bd').replaceAll('{{asOf}}', 'x.as_of');
    const [row] = await app.db.query(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE ${band} IS DISTINCT FROM ($1::text[])[width_bucket(date_part('year', age(x.as_of, bd)), ARRAY[35, 45, 55, 65]) + 1])::int AS wrong
        FROM generate_series('1930-01-01'::date, '2006-12-31'::date, '1 day') bd,
             (SELECT d::date AS as_of FROM generate_series('2024-02-27'::date, '2024-03-02'::date, '1 day') d
              UNION SELECT d::date FROM generate_series('2025-02-27'::date, '2025-03-02'::date, '1 day') d
              UNION SELECT current_date) x`, [AGE_BANDS]);
    expect(row.n).toBeGreaterThan(250_000);
    expect(row.wrong).toBe(0);
  });

  it('counts current mandates by gender as a hand-written GROUP BY does, with shares summing to 1', async () => {
    const r = await app.gql(Q, { g: ['CONGRESS_LEVEL', 'GENDER'], f: { congressLevel: 'CITY' } }, { token: staff });
    expect(r.errors).toBeUndefined();
    const expected: { gender: string; n: number }[] = await app.db.query(
      `SELECT d.gender, count(*)::int AS n FROM mandate m JOIN deputy d ON d.id = m.deputy_id JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
       WHERE m.end_date IS NULL AND c.level = 'CITY' GROUP BY d.gender ORDER BY d.gender`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const rows = r.data.deputyComposition.rows;
    expect(rows.map((x: any) => [x.gender, x.count])).toEqual(expected.map((e) => [e.gender, e.n]));
    const total = expected.reduce((a, e) => a + e.n, 0);
    expect(r.data.deputyComposition.total.count).toBe(total);
    expect(r.data.deputyComposition.total.share).toBe(1);
    expect(rows.reduce((a: number, x: any) => a + x.share, 0)).toBeCloseTo(1, 2);
  });

  it('groups by age band, minority, party, education and occupation in one call each', async () => {
    for (const g of ['AGE_BAND', 'MINORITY', 'PARTY', 'EDUCATION', 'OCCUPATION', 'TERM']) {
      const r = await app.gql(Q, { g: [g] }, { token: staff });
      expect(r.errors, g).toBeUndefined();
      expect(r.data.deputyComposition.rows.length, g).toBeGreaterThan(0);
    }
    const r = await app.gql(Q, { g: ['AGE_BAND'] }, { token: staff });
    for (const row of r.data.deputyComposition.rows) expect([null, 'UNDER_35', '35_44', '45_54', '55_64', '65_PLUS']).toContain(row.ageBand);
  });

  it('computes age bands at the reference date asOf (default today)', async () => {
    const band = async (asOf?: string) => {
      const r = await app.gql(Q, { g: ['AGE_BAND'], f: asOf ? { asOf } : {} }, { token: staff });
      expect(r.errors).toBeUndefined();
      return Object.fromEntries(r.data.deputyComposition.rows.map((x: any) => [x.ageBand, x.count]));
    };
    const [{ born, total }] = await app.db.query(`SELECT count(*) FILTER (WHERE d.birth_date IS NOT NULL)::int AS born, count(*)::int AS total FROM mandate m JOIN deputy d ON d.id = m.deputy_id WHERE m.end_date IS NULL`);
    // Long before anyone was born, every deputy with a birth date is under 35; a century on, all are 65 or over.
    expect((await band('1900-01-01')).UNDER_35).toBe(born);
    expect((await band('2150-01-01'))['65_PLUS']).toBe(born);
    const today = await band();
    expect(Object.values(today).reduce((a: number, n) => a + (n as number), 0)).toBe(total);
    expect((await app.gql(Q, { g: ['AGE_BAND'], f: { asOf: 'yesterday' } }, { token: staff })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bands ages by completed years around 29 February too, over all terms (a rollup, once there is one) and over one term', async () => {
    const born = ['1988-02-29', '1989-02-28', '1989-03-01', '1959-02-28', '1959-03-01', '1979-02-28', '1979-03-01', '1969-02-28', '1969-03-01'];
    await app.db.query(`UPDATE deputy SET birth_date = ($1::date[])[1 + id % $2] WHERE id IN (SELECT deputy_id FROM mandate WHERE end_date IS NULL ORDER BY id LIMIT 60)`, [born, born.length]);
    const [{ term_id: termId }] = await app.db.query(`SELECT term_id FROM mandate WHERE end_date IS NULL GROUP BY term_id ORDER BY count(*) DESC, term_id LIMIT 1`);
    for (const asOf of ['2024-02-28', '2024-02-29', '2023-02-28', '2023-03-01', '2014-03-01']) {
      for (const termFilter of [null, String(termId)]) {
        const expected: { band: string | null; n: number }[] = await app.db.query(
          `SELECT band, count(*)::int AS n FROM (SELECT CASE WHEN d.birth_date IS NULL THEN NULL WHEN date_part('year', age($1::date, d.birth_date)) < 35 THEN 'UNDER_35'
             WHEN date_part('year', age($1::date, d.birth_date)) < 45 THEN '35_44' WHEN date_part('year', age($1::date, d.birth_date)) < 55 THEN '45_54'
             WHEN date_part('year', age($1::date, d.birth_date)) < 65 THEN '55_64' ELSE '65_PLUS' END AS band
             FROM mandate m JOIN deputy d ON d.id = m.deputy_id WHERE m.end_date IS NULL AND ($2::int IS NULL OR m.term_id = $2)) x GROUP BY band ORDER BY band`,
          [asOf, termFilter],
        );
        const r = await app.gql(Q, { g: ['AGE_BAND'], f: { asOf, termId: termFilter } }, { token: staff });
        expect(r.errors).toBeUndefined();
        expect(r.data.deputyComposition.rows.map((x: any) => [x.ageBand, x.count]), `${asOf} ${termFilter}`).toEqual(expected.map((e) => [e.band, e.n]));
      }
    }
  });

  it('is open to analysts (no personal data) and closed to deputies', async () => {
    const analyst = await app.userWithRole('ANALYST');
    expect((await app.gql(Q, { g: ['PARTY'] }, { token: analyst.token })).errors).toBeUndefined();
    const deputy = await app.userWithRole('DEPUTY');
    expect((await app.gql(Q, { g: ['PARTY'] }, { token: deputy.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
