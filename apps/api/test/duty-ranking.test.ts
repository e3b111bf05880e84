import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

/**
 * The dashboard's deputy ranking (`dutyRanking`): stored per term and year, the same order and
 * scores as the live duty records, counted again when it is older than its age limit, when asked,
 * or when a points table changes; group leaders get their own group counted live.
 */
let app: TestApp;
let staff: string;
let termId: string;
const YEAR = 2005;

const RANKING = `query($t: ID, $y: Int!, $first: Int, $after: String, $refresh: Boolean) {
  dutyRanking(termId: $t, year: $y, first: $first, after: $after, refresh: $refresh) {
    asOf maxAgeSeconds totalCount pageInfo { hasNextPage endCursor }
    nodes { rank deputyId score grade attendancePercent deputy { id name } }
  }
}`;
const LIVE = `query($t: ID, $y: Int!) {
  dutyRecords(year: $y, filter: { termId: $t }, sort: SCORE_DESC, first: 100) { totalCount nodes { deputyId score grade attendancePercent } }
}`;

async function ranking(vars: Record<string, unknown>, token = staff) {
  const r = await app.gql(RANKING, { t: termId, y: YEAR, first: 10, ...vars }, { token });
  expect(r.errors).toBeUndefined();
  return r.data.dutyRanking;
}

async function live(token = staff) {
  const r = await app.gql(LIVE, { t: termId, y: YEAR }, { token });
  expect(r.errors).toBeUndefined();
  return r.data.dutyRecords;
}

const places = (nodes: any[]) => nodes.map((n) => ({ deputyId: String(n.deputyId), score: n.score, grade: n.grade, attendancePercent: n.attendancePercent }));

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
  termId = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY').id;
});
afterAll(() => app?.close());

describe('the dashboard\'s deputy ranking', () => {
  it('ranks like the live duty records, page by page, and is stored after the first request', async () => {
    const expected = await live();
    expect(expected.totalCount).toBeGreaterThan(20);
    const first = await ranking({});
    expect(first.totalCount).toBe(expected.totalCount);
    expect(first.nodes.map((n: any) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(places(first.nodes)).toEqual(places(expected.nodes.slice(0, 10)));
    expect(first.nodes[0].deputy.name).toBeTruthy();
    expect(first.maxAgeSeconds).toBe(300);
    const second = await ranking({ after: first.pageInfo.endCursor });
    expect(second.nodes.map((n: any) => n.rank)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(places(second.nodes)).toEqual(places(expected.nodes.slice(10, 20)));
    const [state] = await app.db.query(`SELECT deputies FROM duty_ranking_state WHERE term_id = $1 AND year = $2`, [Number(termId), YEAR]);
    expect(state.deputies).toBe(expected.totalCount);
    expect((await ranking({})).asOf).toBe(first.asOf);
  });

  it('keeps the stored ranking until it is too old or a recount is asked, then counts the new records', async () => {
    const before = await ranking({ first: 100 });
    const last = before.nodes.at(-1);
    // Five diaries move the last deputy up.
    for (let i = 1; i <= 5; i++) {
      const w = await app.gql(`mutation($d: ID!, $date: String!) { writeSentimentDiary(input: { deputyId: $d, entryDate: $date, title: "日记", content: "选民反映路灯不亮", tags: ["民生"] }) { id } }`,
        { d: String(last.deputyId), date: `2005-09-0${i}` }, { token: staff });
      expect(w.errors).toBeUndefined();
    }
    const expected = await live();
    expect(places(expected.nodes)).not.toEqual(places(before.nodes));
    const stored = await ranking({ first: 100 });
    expect(stored.asOf).toBe(before.asOf);
    expect(places(stored.nodes)).toEqual(places(before.nodes));

    const recounted = await ranking({ first: 100, refresh: true });
    expect(new Date(recounted.asOf).getTime()).toBeGreaterThan(new Date(before.asOf).getTime());
    expect(places(recounted.nodes)).toEqual(places(expected.nodes));

    // Older than the limit (300 s by default): the next request counts it again.
    await app.db.query(`UPDATE duty_ranking_state SET computed_at = now() - interval '301 seconds' WHERE term_id = $1 AND year = $2`, [Number(termId), YEAR]);
    const aged = await ranking({});
    expect(new Date(aged.asOf).getTime()).toBeGreaterThan(new Date(recounted.asOf).getTime());
  });

  it('drops the rankings a saved points table changes', async () => {
    const before = await ranking({});
    const saved = await app.gql(`mutation { saveScoringRuleSet(input: { effectiveYear: 2005, goodFrom: 80, fairFrom: 60, rules: [{ itemKey: "DIARY_ENTRIES", points: 10 }] }) { id } }`, {}, { token: staff });
    expect(saved.errors).toBeUndefined();
    expect(await app.db.query(`SELECT 1 FROM duty_ranking_state WHERE term_id = $1 AND year = $2`, [Number(termId), YEAR])).toEqual([]);
    const after = await ranking({});
    expect(after.asOf).not.toBe(before.asOf);
    expect(places(after.nodes)).toEqual(places((await live()).nodes.slice(0, 10)));
  });

  it('counts a group leader\'s own group live, and asks for a term', async () => {
    const [group] = await app.db.query(`SELECT g.id FROM deputy_group g WHERE g.term_id = $1 AND EXISTS (SELECT 1 FROM group_membership gm WHERE gm.group_id = g.id AND gm.end_date IS NULL) ORDER BY g.id LIMIT 1`, [Number(termId)]);
    const leader = (await app.userWithRole('GROUP_LEADER', { scopeGroupId: group.id })).token;
    const own = await ranking({ first: 100 }, leader);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM group_membership WHERE group_id = $1 AND end_date IS NULL`, [group.id]);
    expect(own.totalCount).toBe(n);
    expect(own.maxAgeSeconds).toBe(0);
    expect(places(own.nodes)).toEqual(places((await live(leader)).nodes));

    const noTerm = await app.gql(RANKING, { t: null, y: YEAR }, { token: staff });
    expect(noTerm.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noTerm.errors?.[0]?.message).toMatch(/termId/);
  });
});
