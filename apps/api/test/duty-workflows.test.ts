import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

/** Duty reports, organ evaluations and voter contact through the API, on the demo data. */
let app: TestApp;
let staff: string;
let analyst: string;
let deputyIds: number[];
let orgId: number;
let stationId: number;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  analyst = (await app.userWithRole('ANALYST')).token;
  deputyIds = (await app.db.query(`SELECT deputy_id FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY' ORDER BY deputy_id LIMIT 3`)).map((r: any) => r.deputy_id);
  [{ id: orgId }] = await app.db.query(`SELECT id FROM organization WHERE name = '区教育局'`);
  [{ id: stationId }] = await app.db.query(`SELECT id FROM liaison_station ORDER BY id LIMIT 1`);
});
afterAll(() => app?.close());

const PLAN = `mutation($y: Int!, $e: [PlanDutyReportInput!]!) { planDutyReports(year: $y, entries: $e) { id version status title allowedActions } }`;
const RECORD = `mutation($id: ID!, $i: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $i) { id version status } }`;
const EVALUATE = `mutation($id: ID!, $i: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $i) { version status grade competentPercent ratings { evaluatorName grade } } }`;

async function reported(audience: string) {
  const plan = await app.gql(PLAN, { y: 2007, e: [{ deputyId: deputyIds[0], audience, form: 'ORAL', plannedOn: '2007-05-01' }] }, { token: staff });
  const r = plan.data.planDutyReports[0];
  const rec = await app.gql(RECORD, { id: r.id, i: { version: r.version, reportedOn: '2007-05-01', content: '一年来履职情况……' } }, { token: staff });
  return rec.data.recordDutyReport;
}

describe('duty reports', () => {
  it('plans, records and grades a report to voters by the tally at the thresholds', async () => {
    const plan = await app.gql(PLAN, { y: 2007, e: deputyIds.map((d) => ({ deputyId: d, audience: 'VOTERS', form: 'WRITTEN' })) }, { token: staff });
    expect(plan.data.planDutyReports).toHaveLength(3);
    expect(plan.data.planDutyReports[0]).toMatchObject({ status: 'PLANNED', allowedActions: ['REPORT', 'CANCEL'] });
    expect(plan.data.planDutyReports[0].title).toMatch(/2007年度履职情况报告$/);

    const r = await reported('VOTERS');
    const noVotes = await app.gql(EVALUATE, { id: r.id, i: { version: r.version, evaluatedOn: '2007-05-02', ratings: [{ evaluatorName: '张三', grade: 'COMPETENT' }] } }, { token: staff });
    expect(noVotes.errors![0]!.extensions!.messageKey).toBe('duty.votesRequired');
    const at80 = await app.gql(EVALUATE, { id: r.id, i: { version: r.version, evaluatedOn: '2007-05-02', votes: { competent: 80, basicallyCompetent: 15, notCompetent: 5 } } }, { token: staff });
    expect(at80.data.evaluateDutyReport).toMatchObject({ status: 'EVALUATED', grade: 'COMPETENT', competentPercent: 80 });
    const v = at80.data.evaluateDutyReport.version;
    const below = await app.gql(EVALUATE, { id: r.id, i: { version: v, evaluatedOn: '2007-05-02', votes: { competent: 79, basicallyCompetent: 16, notCompetent: 5 } } }, { token: staff });
    expect(below.data.evaluateDutyReport.grade).toBe('BASICALLY_COMPETENT');
    const at50 = await app.gql(EVALUATE, { id: r.id, i: { version: v + 1, evaluatedOn: '2007-05-02', votes: { competent: 20, basicallyCompetent: 30, notCompetent: 50 } } }, { token: staff });
    expect(at50.data.evaluateDutyReport.grade).toBe('BASICALLY_COMPETENT');
    const under50 = await app.gql(EVALUATE, { id: r.id, i: { version: v + 2, evaluatedOn: '2007-05-02', votes: { competent: 20, basicallyCompetent: 29, notCompetent: 51 } } }, { token: staff });
    expect(under50.data.evaluateDutyReport.grade).toBe('NOT_COMPETENT');
    const stale = await app.gql(EVALUATE, { id: r.id, i: { version: v, evaluatedOn: '2007-05-02', votes: { competent: 1, basicallyCompetent: 0, notCompetent: 0 } } }, { token: staff });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('follows configured thresholds and grades a committee report by its evaluators\' ratings', async () => {
    const set = await app.gql(`mutation { setDutyReportThresholds(input: { competentPercent: 60, basicallyCompetentPercent: 40 }) { competentPercent } }`, {}, { token: staff });
    expect(set.data.setDutyReportThresholds.competentPercent).toBe(60);
    const bad = await app.gql(`mutation { setDutyReportThresholds(input: { competentPercent: 40, basicallyCompetentPercent: 60 }) { competentPercent } }`, {}, { token: staff });
    expect(bad.errors![0]!.extensions!.messageKey).toBe('duty.invalidThresholds');
    const r = await reported('STANDING_COMMITTEE');
    const ratings = [['甲', 'COMPETENT'], ['乙', 'COMPETENT'], ['丙', 'COMPETENT'], ['丁', 'BASICALLY_COMPETENT'], ['戊', 'NOT_COMPETENT']].map(([evaluatorName, grade]) => ({ evaluatorName, grade }));
    const e = await app.gql(EVALUATE, { id: r.id, i: { version: r.version, evaluatedOn: '2007-06-01', ratings } }, { token: staff });
    // 3 of 5 = 60%: competent under the new thresholds (it would be basically competent under 80%).
    expect(e.data.evaluateDutyReport).toMatchObject({ grade: 'COMPETENT', competentPercent: null });
    expect(e.data.evaluateDutyReport.ratings).toHaveLength(5);
    await app.gql(`mutation { setDutyReportThresholds(input: { competentPercent: 80, basicallyCompetentPercent: 50 }) { competentPercent } }`, {}, { token: staff });
  });

  it('refuses a move the table forbids', async () => {
    const r = await reported('VOTERS');
    const again = await app.gql(RECORD, { id: r.id, i: { version: r.version, reportedOn: '2007-05-01', content: 'x' } }, { token: staff });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', messageKey: 'common.invalidTransition' });
  });
});

describe('state-organ evaluations', () => {
  it('goes PREPARING → EVALUATING → RECTIFYING → DONE, refusing anything else with INVALID_TRANSITION', async () => {
    const created = await app.gql(`mutation($o: ID!) { createOrganEvaluation(input: { organizationId: $o, year: 2007, title: "评议区教育局", plan: "方案" }) { id version phase allowedActions } }`, { o: orgId }, { token: staff });
    let ev = created.data.createOrganEvaluation;
    expect(ev).toMatchObject({ phase: 'PREPARING', allowedActions: ['START_EVALUATION'] });
    const MOVE = `mutation($id: ID!, $v: Int!, $a: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $v, action: $a) { version phase } }`;
    const skip = await app.gql(MOVE, { id: ev.id, v: ev.version, a: 'FINISH' }, { token: staff, lang: 'en' });
    expect(skip.errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', messageKey: 'common.invalidTransition' });
    expect(skip.errors![0]!.message).toBe('This evaluation is "Preparing": it cannot "Finish" now; possible now: Start evaluating');
    expect(skip.errors![0]!.extensions!.details).toEqual({ allowed: ['START_EVALUATION'] });
    const early = await app.gql(`mutation($id: ID!, $d: ID!) { rateOrgan(evaluationId: $id, input: { deputyId: $d, score: 90 }) { id } }`, { id: ev.id, d: deputyIds[0] }, { token: staff });
    expect(early.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');

    ev = { ...ev, ...(await app.gql(MOVE, { id: ev.id, v: ev.version, a: 'START_EVALUATION' }, { token: staff })).data.moveOrganEvaluation };
    for (const [d, score] of [[deputyIds[0], 90], [deputyIds[1], 70], [deputyIds[0], 80]]) {
      const rated = await app.gql(`mutation($id: ID!, $d: ID!, $s: Int!) { rateOrgan(evaluationId: $id, input: { deputyId: $d, score: $s }) { id } }`, { id: ev.id, d, s: score }, { token: staff });
      expect(rated.errors).toBeUndefined();
    }
    const item = await app.gql(`mutation($id: ID!, $d: ID!) { addRectificationItem(evaluationId: $id, input: { description: "窗口办事排队时间长", raisedByDeputyId: $d, dueOn: "2007-12-31" }) { id version status allowedActions responsibleOrganization { name } } }`, { id: ev.id, d: deputyIds[1] }, { token: staff });
    expect(item.data.addRectificationItem).toMatchObject({ status: 'OPEN', allowedActions: ['START'], responsibleOrganization: { name: '区教育局' } });
    ev = { ...ev, ...(await app.gql(MOVE, { id: ev.id, v: ev.version, a: 'START_RECTIFICATION' }, { token: staff })).data.moveOrganEvaluation };

    const MOVE_ITEM = `mutation($id: ID!, $v: Int!, $a: RectificationAction!, $n: String!) { moveRectificationItem(id: $id, version: $v, action: $a, note: $n) { id version status } }`;
    let it2 = item.data.addRectificationItem;
    const verifyEarly = await app.gql(MOVE_ITEM, { id: it2.id, v: it2.version, a: 'VERIFY', n: '' }, { token: staff });
    expect(verifyEarly.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    for (const [a, n] of [['START', '已制定整改方案'], ['RESOLVE', '增设窗口'], ['REJECT', '高峰期仍排队'], ['RESOLVE', '推行预约'], ['VERIFY', '代表回访满意']]) {
      const moved = await app.gql(MOVE_ITEM, { id: it2.id, v: it2.version, a, n }, { token: staff });
      expect(moved.errors, `${a}: ${JSON.stringify(moved.errors)}`).toBeUndefined();
      it2 = moved.data.moveRectificationItem;
    }
    expect(it2.status).toBe('VERIFIED');
    await app.gql(MOVE, { id: ev.id, v: ev.version, a: 'FINISH' }, { token: staff });

    const read = await app.gql(`query($id: ID!) { organEvaluation(id: $id) { phase averageScore ratings { score } rectificationItems { status updates { fromStatus toStatus note } } } }`, { id: ev.id }, { token: staff });
    expect(read.data.organEvaluation).toMatchObject({ phase: 'DONE', averageScore: 75 });
    expect(read.data.organEvaluation.ratings).toHaveLength(2);
    expect(read.data.organEvaluation.rectificationItems[0].updates.map((u: any) => `${u.fromStatus}>${u.toStatus}`)).toEqual([
      'OPEN>IN_PROGRESS', 'IN_PROGRESS>RESOLVED', 'RESOLVED>IN_PROGRESS', 'IN_PROGRESS>RESOLVED', 'RESOLVED>VERIFIED',
    ]);
    const record = await app.gql(`query($d: ID!) { dutyRecord(deputyId: $d, year: 2007) { items { key value } } }`, { d: deputyIds[0] }, { token: staff });
    expect(record.data.dutyRecord.items.find((i: any) => i.key === 'ORGAN_EVALUATIONS').value).toBe(1);
  });
});

describe('voter contact', () => {
  const CONTACT = `mutation($i: VoterContactInput!) { createVoterContact(input: $i) { id opinions { id version status voterName voterPhone } } }`;
  let contactId: string;
  let opinion: { id: string; version: number };

  it('records a reception day, a contact with opinions, and masks voters for roles without personal:read', async () => {
    const day = await app.gql(`mutation($s: ID!, $d: [ID!]!) { createReceptionDay(input: { stationId: $s, date: "2007-03-15", topic: "老旧小区改造", deputyIds: $d }) { id duties { deputy { id } } } }`, { s: stationId, d: deputyIds.slice(0, 2) }, { token: staff });
    expect(day.data.createReceptionDay.duties).toHaveLength(2);
    const c = await app.gql(CONTACT, {
      i: {
        deputyId: deputyIds[0], kind: 'RECEPTION_DAY', contactedOn: '2007-03-15', receptionDayId: day.data.createReceptionDay.id, voterName: '欧阳明华', voterPhone: '13912345678',
        summary: '接待选民', opinions: [{ content: '小区路灯不亮,夜间出行不便。', voterName: '欧阳明华', voterPhone: '13912345678' }, { content: '希望增设公交站点' }],
      },
    }, { token: staff });
    expect(c.errors).toBeUndefined();
    contactId = c.data.createVoterContact.id;
    opinion = c.data.createVoterContact.opinions[0];
    expect(c.data.createVoterContact.opinions[0]).toMatchObject({ voterName: '欧阳明华', voterPhone: '13912345678', status: 'OPEN' });

    const q = `query($d: ID!) { voterContacts(filter: { deputyId: $d, year: 2007 }) { totalCount nodes { voterName voterPhone station { id } opinions { voterName voterPhone } } } }`;
    const asAnalyst = await app.gql(q, { d: deputyIds[0] }, { token: analyst });
    expect(asAnalyst.data.voterContacts.nodes[0]).toMatchObject({ voterName: '欧***', voterPhone: '139****5678', station: { id: String(stationId) } });
    expect(asAnalyst.data.voterContacts.nodes[0].opinions[0]).toEqual({ voterName: '欧***', voterPhone: '139****5678' });
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: deputyIds[0] });
    const asDeputy = await app.gql(q, { d: deputyIds[0] }, { token: deputy.token });
    expect(asDeputy.data.voterContacts.nodes[0].voterPhone).toBe('139****5678');
    const othersAsDeputy = await app.gql(q, { d: deputyIds[1] }, { token: deputy.token });
    expect(othersAsDeputy.data.voterContacts.totalCount).toBe(0);

    const csv = `query($d: ID) { voterOpinionsCsv(filter: { deputyId: $d, year: 2007 }) }`;
    const staffCsv = (await app.gql(csv, { d: deputyIds[0] }, { token: staff })).data.voterOpinionsCsv as string;
    expect(staffCsv).toContain('"欧阳明华"');
    expect(staffCsv).toContain('"13912345678"');
    const analystCsv = (await app.gql(csv, { d: deputyIds[0] }, { token: analyst })).data.voterOpinionsCsv as string;
    expect(analystCsv).toContain('"欧***"');
    expect(analystCsv).toContain('"139****5678"');
    expect(analystCsv).not.toContain('欧阳明华');
    expect(analystCsv).not.toContain('13912345678');
    expect(analystCsv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('answers, refers, or links an opinion to a suggestion, and drafts that suggestion without the voter\'s data', async () => {
    const draft = await app.gql(`query($id: ID!) { voterOpinionSuggestionDraft(id: $id) { title content leadDeputyId source } }`, { id: opinion.id }, { token: staff });
    expect(draft.data.voterOpinionSuggestionDraft).toMatchObject({ title: '关于小区路灯不亮,夜间出行不便的建议', leadDeputyId: String(deputyIds[0]), source: `VoterOpinion:${opinion.id}` });
    expect(draft.data.voterOpinionSuggestionDraft.content).not.toContain('欧阳');
    const DISPOSE = `mutation($id: ID!, $i: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $i) { version status referredOrganization { name } suggestionId allowedActions } }`;
    const noOrg = await app.gql(DISPOSE, { id: opinion.id, i: { version: opinion.version, action: 'REFER' } }, { token: staff });
    expect(noOrg.errors![0]!.extensions!.messageKey).toBe('duty.referralNeedsOrganization');
    const referred = await app.gql(DISPOSE, { id: opinion.id, i: { version: opinion.version, action: 'REFER', organizationId: orgId } }, { token: staff });
    expect(referred.data.disposeVoterOpinion).toMatchObject({ status: 'REFERRED', referredOrganization: { name: '区教育局' }, allowedActions: ['ANSWER', 'TO_SUGGESTION'] });
    const linked = await app.gql(DISPOSE, { id: opinion.id, i: { version: referred.data.disposeVoterOpinion.version, action: 'TO_SUGGESTION', suggestionId: '4242' } }, { token: staff });
    expect(linked.data.disposeVoterOpinion).toMatchObject({ status: 'SUGGESTION', suggestionId: '4242', allowedActions: [] });
    const answerAfter = await app.gql(DISPOSE, { id: opinion.id, i: { version: linked.data.disposeVoterOpinion.version, action: 'ANSWER', answer: '已答复' } }, { token: staff });
    expect(answerAfter.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    const remove = await app.gql(`mutation($id: ID!) { deleteVoterContact(id: $id, version: 1) }`, { id: contactId }, { token: staff });
    expect(remove.errors![0]!.extensions!.messageKey).toBe('duty.alreadyConverted');
  });

  it('lets a deputy write their own diary, and staff turn it into an opinion', async () => {
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: deputyIds[2] });
    const W = `mutation($i: SentimentDiaryInput!) { writeSentimentDiary(input: $i) { id version deputy { id } tags } }`;
    const own = await app.gql(W, { i: { entryDate: '2007-04-01', title: '菜市场噪音', content: '居民反映早市噪音大。', tags: ['民生', '民生', ' 环境 '] } }, { token: deputy.token });
    expect(own.data.writeSentimentDiary).toMatchObject({ deputy: { id: String(deputyIds[2]) }, tags: ['民生', '环境'] });
    const forOther = await app.gql(W, { i: { deputyId: deputyIds[0], entryDate: '2007-04-01', title: 'x', content: 'x', tags: [] } }, { token: deputy.token });
    expect(forOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const toOpinion = `mutation($id: ID!, $v: Int!) { sentimentDiaryToOpinion(id: $id, input: { version: $v }) { id status content deputy { id } } }`;
    expect((await app.gql(toOpinion, { id: own.data.writeSentimentDiary.id, v: 1 }, { token: deputy.token })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const made = await app.gql(toOpinion, { id: own.data.writeSentimentDiary.id, v: own.data.writeSentimentDiary.version }, { token: staff });
    expect(made.data.sentimentDiaryToOpinion).toMatchObject({ status: 'OPEN', content: '居民反映早市噪音大。', deputy: { id: String(deputyIds[2]) } });
    const twice = await app.gql(toOpinion, { id: own.data.writeSentimentDiary.id, v: own.data.writeSentimentDiary.version + 1 }, { token: staff });
    expect(twice.errors![0]!.extensions!.messageKey).toBe('duty.alreadyConverted');
  });
});
