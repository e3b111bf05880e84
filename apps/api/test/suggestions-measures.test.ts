import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@luzhi/shared';
import { startTestApp, statementsWhile, type TestApp } from './helpers';
import { ok, Q, suggestionFixture, type SuggestionFixture } from './suggestion-fixtures';

/**
 * A hand-computed fixture. All assigned on 2025-01-06, so round 1 is due 2025-04-06.
 *   unit U1: s1 A on 03-01 (met), SATISFIED, key supervision
 *            s2 B on 05-01 (late), UNSATISFIED 05-10 -> round 2 due 06-10; A on 06-01, BASICALLY_SATISFIED
 *            s3 C on 04-01 (met), SATISFIED                                  -> satisfied but not solved
 *            s4 no reply                                                      -> overdue
 *   unit U2: s5 D on 04-06 (the due day), BASICALLY_SATISFIED                 -> satisfied but not solved
 *            s6 A on 02-01 (met), no feedback
 *            s8 B on 03-15, UNSATISFIED 03-20 -> round 2 due 04-20, no reply  -> overdue
 *   none:    s7 registered, not assigned
 * Fields: s1 s2 s3 ECONOMY_FINANCE; s4 s5 AGRICULTURE; s6 s7 s8 OTHER.
 * Lead deputies: d0 (group 1) leads s1 s2 s5; d1 (group 2) the others.
 */
let app: TestApp;
let fx: SuggestionFixture;
let staff: string;

type Plan = { unit?: number; field: string; deputy: number; key?: boolean; meet?: boolean; steps: ([ 'reply', string, string ] | [ 'rate', string, string ])[] };
const PLANS: Record<string, Plan> = {
  s1: { unit: 0, field: 'ECONOMY_FINANCE', deputy: 0, key: true, meet: true, steps: [['reply', 'A', '2025-03-01'], ['rate', 'SATISFIED', '2025-03-05']] },
  s2: { unit: 0, field: 'ECONOMY_FINANCE', deputy: 0, steps: [['reply', 'B', '2025-05-01'], ['rate', 'UNSATISFIED', '2025-05-10'], ['reply', 'A', '2025-06-01'], ['rate', 'BASICALLY_SATISFIED', '2025-06-05']] },
  s3: { unit: 0, field: 'ECONOMY_FINANCE', deputy: 1, meet: true, steps: [['reply', 'C', '2025-04-01'], ['rate', 'SATISFIED', '2025-04-03']] },
  s4: { unit: 0, field: 'AGRICULTURE', deputy: 1, steps: [] },
  s5: { unit: 1, field: 'AGRICULTURE', deputy: 0, steps: [['reply', 'D', '2025-04-06'], ['rate', 'BASICALLY_SATISFIED', '2025-04-10']] },
  s6: { unit: 1, field: 'OTHER', deputy: 1, meet: true, steps: [['reply', 'A', '2025-02-01']] },
  s7: { field: 'OTHER', deputy: 1, steps: [] },
  s8: { unit: 1, field: 'OTHER', deputy: 1, steps: [['reply', 'B', '2025-03-15'], ['rate', 'UNSATISFIED', '2025-03-20']] },
};

beforeAll(async () => {
  app = await startTestApp();
  fx = await suggestionFixture(app);
  staff = (await app.userWithRole('STAFF')).token;
  for (const [name, plan] of Object.entries(PLANS)) {
    const c = await ok(app, Q.create, { input: { kind: 'SUGGESTION', title: `指标 ${name}`, content: `指标测试 ${name}`, field: plan.field, sessionId: String(fx.sessionId), leadDeputyId: String(fx.deputyIds[plan.deputy]), coSignerIds: [String(fx.deputyIds[3])] } }, staff);
    const id = c.createSuggestion.id;
    let v = (await ok(app, Q.register, { id, v: c.createSuggestion.version, k: plan.key ?? false }, staff)).registerSuggestion.version;
    if (plan.unit === undefined) continue;
    v = (await ok(app, Q.assign, { id, input: { version: v, leadUnitId: String(fx.unitIds[plan.unit]), assignedOn: '2025-01-06' } }, staff)).assignSuggestion.version;
    if (plan.meet) await ok(app, Q.meet, { id, input: { stage: 'BEFORE', meetingDate: '2025-01-20' } }, staff);
    for (const step of plan.steps) {
      v = (await ok(app, Q.get, { id }, staff)).suggestion.version;
      if (step[0] === 'reply') {
        const commitments = step[1] === 'B' || step[1] === 'C' ? [{ content: '承诺事项', dueDate: '2025-12-31' }] : [];
        await ok(app, Q.reply, { id, input: { version: v, category: step[1], content: '答复', repliedOn: step[2], commitments } }, staff);
      } else {
        await ok(app, Q.feedback, { id, input: { version: v, verdict: step[1], givenOn: step[2] } }, staff);
      }
    }
  }
});
afterAll(() => app?.close());

const STATS = `query($g: [SuggestionDimension!]!, $f: SuggestionStatsFilter) {
  suggestionStats(groupBy: $g, filter: $f) { dimensions { dimension key label } measures { measure value numerator denominator } } }`;

async function stats(groupBy: string[], filter: Record<string, unknown> = {}) {
  const r = await ok(app, STATS, { g: groupBy, f: { termId: String(fx.termId), ...filter } }, staff);
  return r.suggestionStats.map((row: any) => ({
    keys: row.dimensions.map((d: any) => d.key),
    labels: row.dimensions.map((d: any) => d.label),
    m: Object.fromEntries(row.measures.map((x: any) => [x.measure, x])),
  }));
}

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator ? numerator / denominator : null });
const count = (n: number) => ({ numerator: n, denominator: null, value: n });

describe('measures on a hand-computed fixture', () => {
  it('computes every measure for the whole set', async () => {
    const [total] = await stats([]);
    const expected = {
      suggestionCount: count(8),
      assignedCount: count(7),
      repliedCount: count(6),
      replyRate: rate(6, 7),
      // Replies on time: s1, s2 round 2, s3, s5 (on the due day), s6, s8 = 6; due: 7 replies + s4 and s8 overdue = 9.
      onTimeRate: rate(6, 9),
      overdueCount: count(2),
      faceToFaceRate: rate(3, 6),
      feedbackCount: count(5),
      satisfactionRate: rate(4, 5),
      firstRoundSatisfactionRate: rate(3, 5),
      resolutionRate: rate(3, 6),
      satisfiedCount: count(2),
      basicallySatisfiedCount: count(2),
      unsatisfiedCount: count(1),
      categoryACount: count(3),
      categoryBCount: count(1),
      categoryCCount: count(1),
      categoryDCount: count(1),
      unsatisfiedTurnedSatisfiedCount: count(1),
      satisfiedNotSolvedCount: count(2),
      keySupervisionCount: count(1),
    };
    for (const [name, value] of Object.entries(expected)) {
      expect({ numerator: total.m[name].numerator, denominator: total.m[name].denominator }, name).toEqual({ numerator: value.numerator, denominator: value.denominator });
      if (value.value === null) expect(total.m[name].value, name).toBeNull();
      else expect(total.m[name].value, name).toBeCloseTo(value.value, 10);
    }
  });

  it('by handling unit, with "satisfied but not solved" per unit and the unassigned one apart', async () => {
    const rows = await stats(['UNIT']);
    const byKey = Object.fromEntries(rows.map((r: any) => [r.keys[0], r]));
    const u1 = byKey[String(fx.unitIds[0])];
    const u2 = byKey[String(fx.unitIds[1])];
    expect(rows.map((r: any) => r.keys[0]).sort()).toEqual([String(fx.unitIds[0]), String(fx.unitIds[1]), null].sort());
    expect(byKey.null.labels[0]).toBe('未交办');
    const pick = (row: any, ...names: string[]) => Object.fromEntries(names.map((n) => [n, [row.m[n].numerator, row.m[n].denominator]]));
    const names = ['suggestionCount', 'replyRate', 'onTimeRate', 'faceToFaceRate', 'satisfactionRate', 'firstRoundSatisfactionRate', 'resolutionRate', 'unsatisfiedTurnedSatisfiedCount', 'satisfiedNotSolvedCount', 'overdueCount'];
    expect(pick(u1, ...names)).toEqual({
      suggestionCount: [4, null], replyRate: [3, 4], onTimeRate: [3, 5], faceToFaceRate: [2, 3], satisfactionRate: [3, 3],
      firstRoundSatisfactionRate: [2, 3], resolutionRate: [2, 3], unsatisfiedTurnedSatisfiedCount: [1, null], satisfiedNotSolvedCount: [1, null], overdueCount: [1, null],
    });
    expect(pick(u2, ...names)).toEqual({
      suggestionCount: [3, null], replyRate: [3, 3], onTimeRate: [3, 4], faceToFaceRate: [1, 3], satisfactionRate: [1, 2],
      firstRoundSatisfactionRate: [1, 2], resolutionRate: [1, 3], unsatisfiedTurnedSatisfiedCount: [0, null], satisfiedNotSolvedCount: [1, null], overdueCount: [1, null],
    });
    expect(pick(byKey.null, 'suggestionCount', 'replyRate', 'satisfactionRate')).toEqual({ suggestionCount: [1, null], replyRate: [0, 0], satisfactionRate: [0, 0] });
    expect(byKey.null.m.replyRate.value).toBeNull();
  });

  it('by field, reply category, deputy, group, session and year', async () => {
    const counts = async (dim: string) => Object.fromEntries((await stats([dim])).map((r: any) => [r.keys[0], r.m.suggestionCount.numerator]));
    expect(await counts('FIELD')).toEqual({ ECONOMY_FINANCE: 3, AGRICULTURE: 2, OTHER: 3 });
    expect(await counts('CATEGORY')).toEqual({ A: 3, B: 1, C: 1, D: 1, null: 2 });
    expect(await counts('SESSION')).toEqual({ [String(fx.sessionId)]: 8 });
    expect(await counts('YEAR')).toEqual({ [todayInChina().slice(0, 4)]: 8 });
    const field = Object.fromEntries((await stats(['FIELD'], {})).map((r: any) => [r.keys[0], r]));
    expect(field.ECONOMY_FINANCE.labels[0]).toBe('经济财政');
    expect([field.ECONOMY_FINANCE.m.resolutionRate.numerator, field.ECONOMY_FINANCE.m.resolutionRate.denominator]).toEqual([2, 3]);
    const satisfaction = (rows: any[]) => Object.fromEntries(rows.map((r: any) => [r.keys[0], [r.m.satisfactionRate.numerator, r.m.satisfactionRate.denominator]]));
    expect(satisfaction(await stats(['DEPUTY']))).toEqual({ [String(fx.deputyIds[0])]: [3, 3], [String(fx.deputyIds[1])]: [1, 2] });
    expect(satisfaction(await stats(['GROUP']))).toEqual({ [String(fx.groupIds[0])]: [3, 3], [String(fx.groupIds[1])]: [1, 2] });
    const [g2] = await stats([], { groupId: String(fx.groupIds[1]) });
    expect(g2.m.suggestionCount.numerator).toBe(5);
  });

  it('groups by two dimensions at once and filters', async () => {
    const rows = await stats(['UNIT', 'FIELD']);
    const u1Economy = rows.find((r: any) => r.keys[0] === String(fx.unitIds[0]) && r.keys[1] === 'ECONOMY_FINANCE');
    expect(u1Economy.m.suggestionCount.numerator).toBe(3);
    const [agri] = await stats([], { field: 'AGRICULTURE' });
    expect([agri.m.satisfactionRate.numerator, agri.m.satisfactionRate.denominator]).toEqual([1, 1]);
    const [key] = await stats([], { keySupervision: true });
    expect(key.m.suggestionCount.numerator).toBe(1);
  });

  it('filters by congress level: the suggestions of that level\'s terms', async () => {
    const [{ level }] = await app.db.query(`SELECT c.level FROM term t JOIN congress c ON c.id = t.congress_id WHERE t.id = $1`, [fx.termId]);
    const [same] = await stats([], { congressLevel: level });
    expect(same.m.suggestionCount.numerator).toBe(Object.keys(PLANS).length);
    const other = level === 'NATIONAL' ? 'TOWNSHIP' : 'NATIONAL';
    const none = await stats([], { congressLevel: other });
    expect(none.length === 0 || none[0].m.suggestionCount.numerator === 0).toBe(true);
  });

  it('gives the same numbers from the rollup (no term, unit, deputy or group chosen) as from the facts, before and after compaction', async () => {
    // This database holds only the fixture's suggestions, all in fx.termId: without the term the
    // rollup answers, with it the per-suggestion facts do.
    const byPath = async (groupBy: string[], filter: Record<string, unknown>) =>
      (await ok(app, STATS, { g: groupBy, f: filter }, staff)).suggestionStats;
    const cases: [string[], Record<string, unknown>][] = [[[], {}], [['STATUS'], {}], [['FIELD', 'CATEGORY'], {}], [['YEAR', 'KIND'], { keySupervision: false }], [['FIELD'], { inSession: true }]];
    const [{ pending }] = await app.db.query(`SELECT count(*)::int AS pending FROM suggestion_rollup_delta`);
    expect(pending).toBeGreaterThan(0);
    for (const [groupBy, filter] of cases) {
      expect(await byPath(groupBy, filter), JSON.stringify(groupBy)).toEqual(await byPath(groupBy, { ...filter, termId: String(fx.termId) }));
    }
    const [{ folded }] = await app.db.query(`SELECT suggestion_rollup_compact() AS folded`);
    expect(folded).toBeGreaterThan(0);
    const [{ left }] = await app.db.query(`SELECT count(*)::int AS left FROM suggestion_rollup_delta`);
    expect(left).toBe(0);
    for (const [groupBy, filter] of cases) {
      expect(await byPath(groupBy, filter), JSON.stringify(groupBy)).toEqual(await byPath(groupBy, { ...filter, termId: String(fx.termId) }));
    }
    const [sum] = await app.db.query(`SELECT sum(n)::int AS n FROM suggestion_rollup`);
    expect(sum.n).toBe(Object.keys(PLANS).length);
  });

  it('refuses a statistic with more rows than its limit instead of cutting it short', async () => {
    const q = `query($l: Int) { suggestionStats(groupBy: [FIELD], filter: { termId: "${fx.termId}" }, limit: $l) { dimensions { key } } }`;
    const refused = await app.gql(q, { l: 2 }, { token: staff, lang: 'en' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('more than 2 rows');
    const fits = await app.gql(q, { l: 3 }, { token: staff });
    expect(fits.errors).toBeUndefined();
    expect(fits.data.suggestionStats).toHaveLength(3);
    expect((await app.gql(q, { l: 20001 }, { token: staff })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes one SQL statement per call', async () => {
    const { statements: seen } = await statementsWhile(() => stats(['UNIT', 'FIELD']));
    // The session lookup of the request is not ours; the statistic is one statement.
    expect(seen.filter((q) => q.includes('suggestion'))).toHaveLength(1);
  });

  it('keeps suggestion_fact, maintained by triggers, equal to a rebuild from the source tables', async () => {
    const all = `SELECT * FROM suggestion_fact ORDER BY suggestion_id`;
    const maintained = await app.db.query(all);
    expect(maintained.length).toBe(Object.keys(PLANS).length);
    const runner = app.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const rolled = `SELECT sum(n)::int AS n, level, year, field, status, latest_category, latest_verdict, reply_due_date
        FROM (SELECT * FROM suggestion_rollup UNION ALL SELECT * FROM suggestion_rollup_delta) r
        GROUP BY 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0 ORDER BY 2, 3, 4, 5, 6, 7, 8`;
      const before = await runner.query(rolled);
      await runner.query(`SELECT suggestion_fact_rebuild()`);
      expect(await runner.query(all)).toEqual(maintained);
      expect(await runner.query(rolled)).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('follows a change of the lead deputy\'s group into the facts', async () => {
    const [one] = await app.db.query(`SELECT f.suggestion_id, f.group_id, gm.id AS membership FROM suggestion_fact f JOIN group_membership gm ON gm.group_id = f.group_id AND gm.deputy_id = f.lead_deputy_id AND gm.end_date IS NULL LIMIT 1`);
    const runner = app.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE group_membership SET end_date = start_date WHERE id = $1`, [one.membership]);
      const [after] = await runner.query(`SELECT group_id FROM suggestion_fact WHERE suggestion_id = $1`, [one.suggestion_id]);
      expect(after.group_id).toBeNull();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
