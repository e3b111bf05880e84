import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

/** The demo's 2005 retells the source: 12 city deputies' reports, 3 groups and 13 deputies commended. */
let app: TestApp;
let staff: string;
let districtTermId: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
  districtTermId = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY').id;
});
afterAll(() => app?.close());

describe('the duty demo', () => {
  it('has twelve city deputies reporting to the district standing committee in 2005, oral and written, all graded', async () => {
    const r = await app.gql(`{ dutyReports(filter: { year: 2005, audience: ELECTORAL_UNIT }, first: 50) { totalCount nodes { form status grade ratings { grade } deputy { mandates { term { congress { level } } } } } } }`, {}, { token: staff });
    const reports = r.data.dutyReports.nodes;
    expect(r.data.dutyReports.totalCount).toBe(12);
    expect(new Set(reports.map((x: any) => x.form))).toEqual(new Set(['ORAL', 'WRITTEN']));
    for (const x of reports) {
      expect(x.status).toBe('EVALUATED');
      expect(x.grade).toBeTruthy();
      expect(x.ratings.length).toBeGreaterThan(0);
      expect(x.deputy.mandates.map((m: any) => m.term.congress.level)).toContain('CITY');
    }
    const plan = await app.gql(`{ dutyReports(filter: { year: 2006, status: PLANNED }) { totalCount } }`, {}, { token: staff });
    expect(plan.data.dutyReports.totalCount).toBe(12);
  });

  it('has reception days at every liaison station, voter contacts with opinions, diaries and session attendance', async () => {
    const [{ stations, days }] = await app.db.query(`SELECT (SELECT count(*)::int FROM liaison_station) AS stations, count(DISTINCT station_id)::int AS days FROM reception_day WHERE date BETWEEN '2005-01-01' AND '2005-12-31'`);
    expect(days).toBe(stations);
    const counts = await app.gql(`{ voterContacts(filter: { year: 2005 }) { totalCount } voterOpinions { totalCount } sentimentDiaries(filter: { year: 2005 }) { totalCount } organEvaluations(filter: { year: 2005 }) { totalCount } }`, {}, { token: staff });
    expect(counts.data.voterContacts.totalCount).toBeGreaterThan(100);
    expect(counts.data.voterOpinions.totalCount).toBeGreaterThan(50);
    expect(counts.data.sentimentDiaries.totalCount).toBeGreaterThan(50);
    expect(counts.data.organEvaluations.totalCount).toBe(2);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM session_attendance a JOIN congress_session s ON s.id = a.session_id WHERE s.start_date BETWEEN '2005-01-01' AND '2005-12-31'`);
    const [{ d }] = await app.db.query(`SELECT count(*)::int AS d FROM mandate WHERE term_id = $1`, [districtTermId]);
    expect(n).toBe(d);
  });

  it('commends 3 groups and 13 district deputies, the top of the 2005 ranking, all meeting the rules', async () => {
    const c = await app.gql(`{ commendations(filter: { year: 2005 }, first: 50) { nodes { kind score attendancePercent basis deputy { id } group { id name } } } }`, {}, { token: staff });
    const deputies = c.data.commendations.nodes.filter((x: any) => x.kind === 'EXCELLENT_DEPUTY');
    const groups = c.data.commendations.nodes.filter((x: any) => x.kind === 'ADVANCED_GROUP');
    expect(deputies).toHaveLength(13);
    expect(groups).toHaveLength(3);
    expect(deputies[0].basis).toMatch(/^2005年度履职积分 \d+(\.\d+)? 分/);
    expect(deputies[0].basis).toContain('出勤率 100%');

    const ranked = await app.gql(`query($t: ID!) { commendationCandidates(year: 2005, kind: EXCELLENT_DEPUTY, termId: $t, first: 14) { nodes { deputy { id } score eligible commended } } }`, { t: districtTermId }, { token: staff });
    const top = ranked.data.commendationCandidates.nodes;
    expect(top.slice(0, 13).map((x: any) => x.deputy.id).sort()).toEqual(deputies.map((x: any) => x.deputy.id).sort());
    expect(top.slice(0, 13).every((x: any) => x.eligible && x.commended)).toBe(true);
    expect(top[13].commended).toBe(false);
    expect(top[13].score).toBeLessThanOrEqual(top[12].score);

    const groupRank = await app.gql(`query($t: ID!) { commendationCandidates(year: 2005, kind: ADVANCED_GROUP, termId: $t) { totalCount nodes { group { id } score attendancePercent eligible commended } } }`, { t: districtTermId }, { token: staff });
    expect(groupRank.data.commendationCandidates.totalCount).toBe(9);
    const topGroups = groupRank.data.commendationCandidates.nodes.slice(0, 3);
    expect(topGroups.map((x: any) => x.group.id).sort()).toEqual(groups.map((x: any) => x.group.id).sort());
    expect(topGroups.every((x: any) => x.eligible && x.commended)).toBe(true);
    expect(groupRank.data.commendationCandidates.nodes[3].score).toBeLessThan(topGroups[2].score);
  });

  it('gives the demo deputy account a record of its own', async () => {
    const token = await app.login('deputy', 'luzhi-demo-2026');
    const r = await app.gql(`{ myDutyRecord(year: 2005) { score grade items { key value } } }`, {}, { token });
    expect(r.data.myDutyRecord.grade).toBe('GOOD');
    expect(r.data.myDutyRecord.items.find((i: any) => i.key === 'DIARY_ENTRIES').value).toBeGreaterThan(0);
  });
});
