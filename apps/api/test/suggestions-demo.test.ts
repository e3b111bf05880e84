import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUGGESTION_MEASURE_NAMES } from '@luzhi/shared';
import { DEMO_PASSWORD } from '../src/seed';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = await app.login('staff', DEMO_PASSWORD);
});
afterAll(() => app?.close());

const STATS = `query($g: [SuggestionDimension!]!, $f: SuggestionStatsFilter) {
  suggestionStats(groupBy: $g, filter: $f) { dimensions { dimension key label } measures { measure value numerator denominator } }
}`;

describe('the demo suggestions retell the source', () => {
  it('has the 8 suggestions of the 2005 inspection in the 3rd session of the 12th city congress', async () => {
    const [{ id: sessionId }] = await app.db.query(`SELECT cs.id FROM congress_session cs JOIN term t ON t.id = cs.term_id JOIN congress c ON c.id = t.congress_id WHERE c.level = 'CITY' AND t.number = 12 AND cs.number = 3`);
    const r = await app.gql(`query($s: ID) { suggestions(filter: { sessionId: $s }, first: 20, sort: NUMBER_ASC) { totalCount nodes { title registrationNumber sourceKind leadDeputy { id } } } }`, { s: String(sessionId) }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.suggestions.totalCount).toBe(8);
    expect(r.data.suggestions.nodes.map((n: any) => n.title)).toContain('关于优化企业外部环境的建议');
    expect(new Set(r.data.suggestions.nodes.map((n: any) => n.sourceKind))).toEqual(new Set(['INSPECTION_FINDING']));
    expect(r.data.suggestions.nodes[0].registrationNumber).toBe('12届3次-建001');
  });

  it('gives every measure a non-trivial value', async () => {
    const r = await app.gql(STATS, { g: [] }, { token: staff });
    expect(r.errors).toBeUndefined();
    const [total] = r.data.suggestionStats;
    const byName = Object.fromEntries(total.measures.map((m: any) => [m.measure, m]));
    for (const name of SUGGESTION_MEASURE_NAMES) {
      const m = byName[name];
      expect(m.numerator, name).toBeGreaterThan(0);
      if (m.denominator != null) expect(m.value, name).toBeLessThan(1);
    }
  });

  it('gives the demo unit several items in different states, and the demo deputy replies to rate', async () => {
    const unit = await app.login('unit', DEMO_PASSWORD);
    const inbox = await app.gql(`{ suggestionAssignments(first: 50) { totalCount nodes { role suggestion { status } } } }`, {}, { token: unit });
    const states = new Set(inbox.data.suggestionAssignments.nodes.map((n: any) => n.suggestion.status));
    expect(states.size).toBeGreaterThanOrEqual(5);
    const deputy = await app.login('deputy', DEMO_PASSWORD);
    const mine = await app.gql(`{ suggestions(first: 50, filter: { statuses: [REPLIED] }) { nodes { title availableActions } } }`, {}, { token: deputy });
    expect(mine.data.suggestions.nodes.length).toBeGreaterThanOrEqual(2);
    for (const n of mine.data.suggestions.nodes) expect(n.availableActions).toEqual(['RATE', 'RATE_UNSATISFIED']);
  });

  it('converts the motion with too few signers and keeps the one with enough', async () => {
    const r = await app.gql(`{ suggestions(first: 50, filter: { search: "议案" }) { nodes { title kind submittedAsMotion motionConversionReason registrationNumber } } }`, {}, { token: staff });
    const byTitle = Object.fromEntries(r.data.suggestions.nodes.map((n: any) => [n.title, n]));
    expect(byTitle['关于制定柳河区养犬管理规定的议案']).toMatchObject({ kind: 'SUGGESTION', submittedAsMotion: true });
    expect(byTitle['关于制定柳河区养犬管理规定的议案'].motionConversionReason).toContain('少于区县人大议案所需的 10 人');
    expect(byTitle['关于加强柳河流域生态保护的议案']).toMatchObject({ kind: 'MOTION', motionConversionReason: null });
    expect(byTitle['关于加强柳河流域生态保护的议案'].registrationNumber).toMatch(/议001$/);
  });

  it('shows similar suggestions of the same and earlier sessions while a new one is written (pg_trgm)', async () => {
    const [{ id: cityS3 }] = await app.db.query(`SELECT s.session_id AS id FROM suggestion s WHERE s.title = '关于优化企业外部环境的建议'`);
    const q = `query($t: String!, $c: String, $s: ID) { similarSuggestions(title: $t, content: $c, sessionId: $s) { title similarity } }`;
    const r = await app.gql(q, { t: '关于进一步优化企业发展外部环境的建议', c: '清理涉企收费和检查', s: String(cityS3) }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.similarSuggestions[0].title).toBe('关于优化企业外部环境的建议');
    // The 2005 district session came before the 2006 city session, but is another congress: not a duplicate.
    const [{ id: district3 }] = await app.db.query(`SELECT s.session_id AS id FROM suggestion s WHERE s.title = '关于优化营商环境、精简行政审批的建议'`);
    const earlier = await app.gql(q, { t: '关于优化企业外部环境的建议', s: String(district3) }, { token: staff });
    expect(earlier.data.similarSuggestions.map((x: any) => x.title)).not.toContain('关于优化企业外部环境的建议');
  });
});
