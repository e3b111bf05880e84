import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { DEFAULT_COST_LIMITS } from '../src/config';
import { DEMO_PASSWORD } from '../src/seed';
// The admin home page's own operation, exactly as the browser sends it.
import { DashboardDocument } from '../../admin/src/gql/graphql';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
let termId: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = await app.login('staff', DEMO_PASSWORD);
  const [t] = await app.db.query(`SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'CITY' AND t.number = 12`);
  termId = String(t.id);
});
afterAll(() => app?.close());

const DASHBOARD = print(DashboardDocument);
const STATS = `query($g: [SuggestionDimension!]!, $f: SuggestionStatsFilter) {
  suggestionStats(groupBy: $g, filter: $f) { dimensions { key } measures { measure value numerator denominator } }
}`;

describe('the admin dashboard', () => {
  it('answers for staff within the STAFF cost limit', async () => {
    for (const vars of [{ termId: null, withTerm: false, year: 2005 }, { termId, withTerm: true, year: 2005 }]) {
      const r = await app.gql(DASHBOARD, { level: 'CITY', levelCode: 'CITY', ...vars }, { token: staff });
      expect(r.errors).toBeUndefined();
      expect(r.extensions?.cost?.requested).toBeLessThanOrEqual(DEFAULT_COST_LIMITS.STAFF);
      expect(r.data.gender.total.count).toBeGreaterThan(0);
      expect(r.data.byYear.length).toBeGreaterThan(0);
      expect(r.data.annualPlans.nodes.every((p: any) => p.congress.level === 'CITY')).toBe(true);
      // Units, groups and the ranking only with a term: over a whole level they would be every county's.
      for (const field of ['byUnit', 'groups', 'ranking']) expect(r.data[field] === undefined, field).toBe(!vars.withTerm);
    }
  });

  it('lists the congresses and terms of one level for its filters', async () => {
    const r = await app.gql(`query($l: CongressLevel!) { congresses(level: $l) { id level } terms(level: $l) { id congressId } all: terms { id } }`, { l: 'CITY' }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.congresses.length).toBeGreaterThan(0);
    expect(r.data.congresses.every((c: any) => c.level === 'CITY')).toBe(true);
    const ids = new Set(r.data.congresses.map((c: any) => c.id));
    expect(r.data.terms.length).toBeGreaterThan(0);
    expect(r.data.terms.every((t: any) => ids.has(t.congressId))).toBe(true);
    expect(r.data.all.length).toBeGreaterThan(r.data.terms.length);
  });

  it('answers for analysts (read-only) and admins within their own cost limits', async () => {
    for (const role of ['ANALYST', 'ADMIN'] as const) {
      const { token } = await app.userWithRole(role);
      const r = await app.gql(DASHBOARD, { level: 'CITY', levelCode: 'CITY', termId, withTerm: true, year: 2005 }, { token });
      expect(r.errors, role).toBeUndefined();
      expect(r.extensions?.cost?.requested).toBeLessThanOrEqual(DEFAULT_COST_LIMITS[role]);
    }
  });

  it('ranks the groups of a term by their members\' average duty score, for staff and analysts only', async () => {
    const q = `query($t: ID!) { groupDutyRanking(termId: $t, year: 2005, limit: 10) { rank groupName members averageScore } }`;
    const r = await app.gql(q, { t: termId }, { token: staff });
    expect(r.errors).toBeUndefined();
    const rows = r.data.groupDutyRanking;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((x: any) => x.rank)).toEqual(rows.map((_: unknown, i: number) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].averageScore).toBeGreaterThanOrEqual(rows[i].averageScore);
    expect(rows.every((x: any) => x.groupName && x.members > 0)).toBe(true);
    const deputy = await app.userWithRole('DEPUTY');
    expect((await app.gql(q, { t: termId }, { token: deputy.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the same satisfaction, resolution and on-time rates as suggestionStats on the same filter', async () => {
    const r = await app.gql(DASHBOARD, { level: 'CITY', levelCode: 'CITY', termId, withTerm: true, year: 2005 }, { token: staff });
    expect(r.errors).toBeUndefined();
    const direct = await app.gql(STATS, { g: ['YEAR'], f: { termId } }, { token: staff });
    expect(direct.errors).toBeUndefined();
    const pick = (rows: any[]) => Object.fromEntries(rows.map((row) => [row.dimensions[0].key,
      Object.fromEntries(row.measures.filter((m: any) => ['satisfactionRate', 'resolutionRate', 'onTimeRate'].includes(m.measure)).map((m: any) => [m.measure, m.value]))]));
    const shown = pick(r.data.byYear);
    expect(Object.values(shown).some((m: any) => m.satisfactionRate != null)).toBe(true);
    expect(shown).toEqual(pick(direct.data.suggestionStats));
    // And the per-unit overdue counts add up to the overall one.
    const total = await app.gql(STATS, { g: [], f: { termId, year: 2005 } }, { token: staff });
    const overdue = (rows: any[]) => rows.reduce((a, row) => a + row.measures.find((m: any) => m.measure === 'overdueCount').numerator, 0);
    expect(overdue(r.data.byUnit)).toBe(overdue(total.data.suggestionStats));
  });

  it('counts on its findings board only the findings of the chosen congress, or of the level', async () => {
    const BOARD = `query($c: ID, $l: CongressLevel) { findingBoard(congressId: $c, congressLevel: $l) { status count } }`;
    const sum = (r: any) => r.data.findingBoard.reduce((a: number, row: any) => a + row.count, 0);
    const [top] = await app.db.query(
      `SELECT a.congress_id AS id, c.level, count(*)::int AS n FROM finding f JOIN activity a ON a.id = f.activity_id JOIN congress c ON c.id = a.congress_id
        GROUP BY 1, 2 ORDER BY n DESC LIMIT 1`,
    );
    const [level] = await app.db.query(
      `SELECT count(*)::int AS n FROM finding f JOIN activity a ON a.id = f.activity_id JOIN congress c ON c.id = a.congress_id WHERE c.level = $1`,
      [top.level],
    );
    const [all] = await app.db.query(`SELECT count(*)::int AS n FROM finding`);
    expect(top.n).toBeGreaterThan(0);
    expect(sum(await app.gql(BOARD, { c: String(top.id) }, { token: staff }))).toBe(top.n);
    expect(sum(await app.gql(BOARD, { l: top.level }, { token: staff }))).toBe(level.n);
    expect(sum(await app.gql(BOARD, {}, { token: staff }))).toBe(all.n);
  });
});
