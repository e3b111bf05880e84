import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsSystem } from '../src/common/request-context';
import { startTestApp, type TestApp } from './helpers';

/**
 * The duty record on a fixture built by hand: three deputies, records in the year (2005) and
 * just outside it, every kind of record the record counts. The expected numbers are written out.
 */
let app: TestApp;
let staff: string;
const ids = { a: 0, b: 0, c: 0, term: 0, org: 0, station: 0, inspection: 0, suggestion: 0, finding: 0 };

const RECORD = `query($d: ID!, $y: Int!) { dutyRecord(deputyId: $d, year: $y) { score grade attended onLeave absent attendancePercent ruleSetYear items { key value points } } }`;
const items = (r: any) => Object.fromEntries(r.items.filter((i: any) => i.value !== 0).map((i: any) => [i.key, i.value]));

async function sql(text: string, params: unknown[] = []) {
  return runAsSystem('fixture', () => app.db.query(text, params));
}
const one = async (text: string, params: unknown[] = []) => (await sql(`${text} RETURNING id`, params))[0].id as number;

async function deputy(name: string, idNumber: string) {
  return one(`INSERT INTO deputy (version, name, name_pinyin, name_initials, gender, party, occupation_category, id_number) VALUES (1, $1, $1, 'x', 'MALE', 'CPC', 'OTHER', $2)`, [name, idNumber]);
}

beforeAll(async () => {
  app = await startTestApp();
  staff = (await app.userWithRole('STAFF')).token;
  const congress = await one(`INSERT INTO congress (version, name, level) VALUES (1, '测试区人民代表大会', 'COUNTY')`);
  ids.term = await one(`INSERT INTO term (version, congress_id, number, name, start_date) VALUES (1, $1, 1, '第一届', '2003-01-01')`, [congress]);
  const s0 = await one(`INSERT INTO congress_session (version, term_id, number, name, start_date) VALUES (1, $1, 1, '第一次会议', '2004-01-12')`, [ids.term]);
  const s1 = await one(`INSERT INTO congress_session (version, term_id, number, name, start_date) VALUES (1, $1, 2, '第二次会议', '2005-01-10')`, [ids.term]);
  const s2 = await one(`INSERT INTO congress_session (version, term_id, number, name, start_date) VALUES (1, $1, 3, '第三次会议', '2005-12-30')`, [ids.term]);
  ids.a = await deputy('甲代表', '110101197001010011');
  ids.b = await deputy('乙代表', '110101197001010027');
  ids.c = await deputy('丙代表', '110101197001010035');
  for (const d of [ids.a, ids.b, ids.c]) await sql(`INSERT INTO mandate (version, deputy_id, term_id, start_date) VALUES (1, $1, $2, '2003-01-01')`, [d, ids.term]);
  ids.org = await one(`INSERT INTO organization (version, name, kind) VALUES (1, '区某局', 'STATE_ORGAN')`);
  ids.station = await one(`INSERT INTO liaison_station (version, name) VALUES (1, '某街道联络站')`);

  // Sessions: A attended one and was on leave for one in 2005 (and attended one in 2004); B was absent.
  for (const [s, d, status] of [[s0, ids.a, 'ATTENDED'], [s1, ids.a, 'ATTENDED'], [s2, ids.a, 'ON_LEAVE'], [s1, ids.b, 'ABSENT']] as const) {
    await sql(`INSERT INTO session_attendance (version, session_id, deputy_id, status) VALUES (1, $1, $2, $3)`, [s, d, status]);
  }
  // Duty reports: A reported twice in 2005 (one graded competent), has one planned and one from 2004; B one basically competent.
  const report = (d: number, year: number, status: string, grade: string | null) =>
    sql(`INSERT INTO duty_report (version, deputy_id, year, audience, form, status, title, grade) VALUES (1, $1, $2, 'STANDING_COMMITTEE', 'ORAL', $3, '述职', $4)`, [d, year, status, grade]);
  await report(ids.a, 2005, 'REPORTED', null);
  await report(ids.a, 2005, 'EVALUATED', 'COMPETENT');
  await report(ids.a, 2005, 'PLANNED', null);
  await report(ids.a, 2004, 'EVALUATED', 'COMPETENT');
  await report(ids.b, 2005, 'EVALUATED', 'BASICALLY_COMPETENT');
  // Organ evaluations: both rated the 2005 one; A also the 2004 one.
  const e2005 = await one(`INSERT INTO organ_evaluation (version, organization_id, year, title, phase) VALUES (1, $1, 2005, '评议区某局', 'EVALUATING')`, [ids.org]);
  const e2004 = await one(`INSERT INTO organ_evaluation (version, organization_id, year, title, phase) VALUES (1, $1, 2004, '评议区某局', 'DONE')`, [ids.org]);
  for (const [e, d] of [[e2005, ids.a], [e2005, ids.b], [e2004, ids.a]]) await sql(`INSERT INTO organ_evaluation_rating (version, evaluation_id, deputy_id, score) VALUES (1, $1, $2, 90)`, [e, d]);
  // Reception days: 2005-03-15 with A and B on duty; 2004-12-31 with A.
  const day1 = await one(`INSERT INTO reception_day (version, station_id, date) VALUES (1, $1, '2005-03-15')`, [ids.station]);
  const day0 = await one(`INSERT INTO reception_day (version, station_id, date) VALUES (1, $1, '2004-12-31')`, [ids.station]);
  for (const [day, d] of [[day1, ids.a], [day1, ids.b], [day0, ids.a]]) await sql(`INSERT INTO reception_duty (version, reception_day_id, deputy_id) VALUES (1, $1, $2)`, [day, d]);
  // Voter contacts: A three in 2005 (the last on 31 December) and one on 1 January 2006; B one.
  for (const [d, date] of [[ids.a, '2005-01-01'], [ids.a, '2005-06-01'], [ids.a, '2005-12-31'], [ids.a, '2006-01-01'], [ids.b, '2005-03-15']] as const) {
    await sql(`INSERT INTO voter_contact (version, deputy_id, kind, contacted_on, summary) VALUES (1, $1, 'VISIT', $2, '走访')`, [d, date]);
  }
  // Diaries: A two in 2005.
  for (const date of ['2005-02-01', '2005-11-30']) await sql(`INSERT INTO sentiment_diary (version, deputy_id, entry_date, title, content, tags) VALUES (1, $1, $2, '日记', '内容', '{民生}')`, [ids.a, date]);

  // Activities, by their start date. 2005-04-20 inspection: A attended, B absent, C only invited; 2005-09-22 survey:
  // A on leave, B attended; 2004-12-20 forum: A attended; a cancelled one and an organ evaluation (counted by its own
  // source) that A "attended" count as activities for nobody.
  const activity = (title: string, type: string, start: string, status = 'COMPLETED') =>
    one(`INSERT INTO activity (version, title, type, status, congress_id, start_date, end_date) VALUES (1, $1, $2, $3, $4, $5, $5)`, [title, type, status, congress, start]);
  const attend = (act: number, d: number, status: string) =>
    sql(`INSERT INTO activity_participant (version, activity_id, deputy_id, status, leave_reason) VALUES (1, $1, $2, $3, $4)`, [act, d, status, status === 'ON_LEAVE' ? '出差' : null]);
  ids.inspection = await activity('专题视察', 'INSPECTION', '2005-04-20');
  const survey = await activity('专题调研', 'SURVEY', '2005-09-22');
  const forum = await activity('座谈会', 'FORUM', '2004-12-20');
  const cancelled = await activity('取消的视察', 'INSPECTION', '2005-05-01', 'CANCELLED');
  // Not held yet: A asked for leave in advance, B confirmed; neither counts until it is held.
  const upcoming = await activity('尚未举行的调研', 'SURVEY', '2005-12-28', 'NOTIFIED');
  const evaluation = await activity('评议区某局', 'ORGAN_EVALUATION', '2005-10-18');
  for (const [act, d, status] of [[ids.inspection, ids.a, 'ATTENDED'], [ids.inspection, ids.b, 'ABSENT'], [ids.inspection, ids.c, 'INVITED'], [survey, ids.a, 'ON_LEAVE'],
    [survey, ids.b, 'ATTENDED'], [forum, ids.a, 'ATTENDED'], [cancelled, ids.a, 'ATTENDED'], [evaluation, ids.a, 'ATTENDED'], [upcoming, ids.a, 'ON_LEAVE'],
    [upcoming, ids.b, 'CONFIRMED']] as const) await attend(act, d, status);
  // Trainings (activities of type TRAINING): 6 hours on 2005-02-24 (A attended and scored 90, B absent), 2.5 hours on
  // 2005-05-10 (A 80, B 70, both attended), 4 hours on 2006-03-02 (A attended). Attending one counts as hours only.
  const training = async (title: string, start: string, hours: number, quiz: [number, number][], attended: [number, string][]) => {
    const act = await activity(title, 'TRAINING', start);
    const t = await one(`INSERT INTO training (version, activity_id, mode, hours, quiz_title, quiz_max_score) VALUES (1, $1, 'CONCENTRATED', $2, '答卷', 100)`, [act, hours]);
    for (const [d, status] of attended) await attend(act, d, status);
    for (const [d, score] of quiz) await sql(`INSERT INTO quiz_result (version, training_id, deputy_id, score) VALUES (1, $1, $2, $3)`, [t, d, score]);
  };
  await training('集中培训', '2005-02-24', 6, [[ids.a, 90]], [[ids.a, 'ATTENDED'], [ids.b, 'ABSENT']]);
  await training('网上答卷', '2005-05-10', 2.5, [[ids.a, 80], [ids.b, 70]], [[ids.a, 'ATTENDED'], [ids.b, 'ATTENDED']]);
  await training('2006 年培训', '2006-03-02', 4, [], [[ids.a, 'ATTENDED']]);
  // Committee meetings sat in on: A attended two in 2005 and one in 2004; B was on leave for one.
  const meeting = (title: string, date: string) => one(`INSERT INTO committee_meeting (version, term_id, title, meeting_date) VALUES (1, $1, $2, $3)`, [ids.term, title, date]);
  const m1 = await meeting('常委会第十次会议', '2005-06-28');
  const m2 = await meeting('常委会第十一次会议', '2005-08-30');
  const m0 = await meeting('常委会第九次会议', '2004-12-25');
  for (const [m, d, status] of [[m1, ids.a, 'ATTENDED'], [m2, ids.a, 'ATTENDED'], [m0, ids.a, 'ATTENDED'], [m1, ids.b, 'ON_LEAVE']] as const) {
    await sql(`INSERT INTO meeting_attendance (version, meeting_id, deputy_id, role, status) VALUES (1, $1, $2, 'SITTING_IN', $3)`, [m, d, status]);
  }
  // Suggestions, by the time submitted in Beijing time: A led one (B co-signed) and a draft (B co-signed, not counted);
  // B led two, one submitted at 07:00 on 1 January 2005 Beijing time (still 2004 in UTC) co-signed by A;
  // A led one submitted at 06:00 on 1 January 2006 Beijing time (2005 in UTC): 2006.
  const suggestion = (lead: number, status: string, submittedAt: string | null, coSigners: number[]) =>
    one(`INSERT INTO suggestion (version, kind, title, content, field, term_id, lead_deputy_id, status, submitted_at) VALUES (1, 'SUGGESTION', '建议', '内容', 'OTHER', $1, $2, $3, $4)`, [ids.term, lead, status, submittedAt])
      .then(async (id) => { for (const d of coSigners) await sql(`INSERT INTO suggestion_co_signer (suggestion_id, deputy_id) VALUES ($1, $2)`, [id, d]); return id; });
  ids.suggestion = await suggestion(ids.a, 'SUBMITTED', '2005-03-01T10:00:00+08:00', [ids.b]);
  await suggestion(ids.a, 'DRAFT', null, [ids.b]);
  await suggestion(ids.b, 'CLOSED', '2005-12-31T23:30:00+08:00', []);
  await suggestion(ids.b, 'REPLIED', '2005-01-01T07:00:00+08:00', [ids.a]);
  await suggestion(ids.a, 'SUBMITTED', '2006-01-01T06:00:00+08:00', []);
  // Findings raised, on the day of the visit: A two on the 2005 inspection (one at a stop visited 2005-04-21), B one,
  // one raised by nobody; A one on the 2004 forum.
  const stop = await one(`INSERT INTO activity_stop (version, activity_id, sequence, organization_id, visit_date) VALUES (1, $1, 1, $2, '2005-04-21')`, [ids.inspection, ids.org]);
  const finding = (act: number, d: number | null, stopId: number | null = null) =>
    one(`INSERT INTO finding (version, activity_id, stop_id, title, raised_by_deputy_id) VALUES (1, $1, $2, '问题', $3)`, [act, stopId, d]);
  ids.finding = await finding(ids.inspection, ids.a);
  await finding(ids.inspection, ids.a, stop);
  await finding(ids.inspection, ids.b);
  await finding(ids.inspection, null);
  await finding(forum, ids.a);
});
afterAll(() => app?.close());

describe('the duty record', () => {
  it('counts every kind of record exactly once, and only the year\'s', async () => {
    const a = (await app.gql(RECORD, { d: ids.a, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(a)).toEqual({
      SESSIONS_ATTENDED: 1, SESSIONS_ON_LEAVE: 1, ACTIVITIES_ATTENDED: 1, ACTIVITIES_ON_LEAVE: 1, COMMITTEE_MEETINGS: 2, TRAINING_HOURS: 8.5, QUIZ_SCORE: 85,
      FINDINGS_RAISED: 2, SUGGESTIONS_LED: 1, SUGGESTIONS_CO_SIGNED: 1,
      DUTY_REPORTS: 2, DUTY_REPORTS_COMPETENT: 1, ORGAN_EVALUATIONS: 1, VOTER_CONTACTS: 3, RECEPTION_DAYS: 1, DIARY_ENTRIES: 2,
    });
    // 20 (session) + 0 (leave) + 3 (activity) + 0 (leave) + 3×2 (meetings) + 8.5 (hours) + 0.1×85 (quiz) + 2×2 (findings)
    // + 5 (led) + 2 (co-signed) + 15 (two reports, capped at 15) + 5 + 3 + 3×2 + 4 + 2×1 = 92
    expect(a).toMatchObject({ score: 92, grade: 'GOOD', attended: 2, onLeave: 2, absent: 0, attendancePercent: 50, ruleSetYear: null });
    expect(a.items.find((i: any) => i.key === 'DUTY_REPORTS').points).toBe(15);

    const b = (await app.gql(RECORD, { d: ids.b, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(b)).toEqual({
      SESSIONS_ABSENT: 1, ACTIVITIES_ATTENDED: 1, ACTIVITIES_ABSENT: 1, TRAINING_HOURS: 2.5, QUIZ_SCORE: 70, FINDINGS_RAISED: 1, SUGGESTIONS_LED: 2, SUGGESTIONS_CO_SIGNED: 1,
      DUTY_REPORTS: 1, ORGAN_EVALUATIONS: 1, VOTER_CONTACTS: 1, RECEPTION_DAYS: 1,
    });
    // −10 + 3 − 3 + 2.5 + 7 + 2 + 2×5 + 2 + 15 + 3 + 2 + 4 = 37.5; attended 1 activity of 1 + 2 absences
    expect(b).toMatchObject({ score: 37.5, attended: 1, onLeave: 0, absent: 2, attendancePercent: 33.3 });

    const c = (await app.gql(RECORD, { d: ids.c, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(c)).toEqual({});
    expect(c).toMatchObject({ score: 0, grade: 'POOR', attendancePercent: null });

    const a2004 = (await app.gql(RECORD, { d: ids.a, y: 2004 }, { token: staff })).data.dutyRecord;
    expect(items(a2004)).toEqual({
      SESSIONS_ATTENDED: 1, ACTIVITIES_ATTENDED: 1, COMMITTEE_MEETINGS: 1, FINDINGS_RAISED: 1, DUTY_REPORTS: 1, DUTY_REPORTS_COMPETENT: 1, ORGAN_EVALUATIONS: 1, RECEPTION_DAYS: 1,
    });
    const a2006 = (await app.gql(RECORD, { d: ids.a, y: 2006 }, { token: staff })).data.dutyRecord;
    expect(items(a2006)).toEqual({ TRAINING_HOURS: 4, SUGGESTIONS_LED: 1, VOTER_CONTACTS: 1 });
  });

  it('lists the records behind a number', async () => {
    const r = await app.gql(`query($d: ID!) { dutyRecordEntries(deputyId: $d, year: 2005, key: "VOTER_CONTACTS") { totalCount nodes { recordType occurredOn title } } }`, { d: ids.a }, { token: staff });
    expect(r.data.dutyRecordEntries.totalCount).toBe(3);
    expect(r.data.dutyRecordEntries.nodes.map((n: any) => n.occurredOn)).toEqual(['2005-12-31', '2005-06-01', '2005-01-01']);
    expect(r.data.dutyRecordEntries.nodes[0]).toMatchObject({ recordType: 'VoterContact', title: '走访选民' });
    const entries = (key: string) => app.gql(`query($d: ID!, $k: String!) { dutyRecordEntries(deputyId: $d, year: 2005, key: $k) { totalCount nodes { recordType recordId occurredOn title value adminPath } } }`, { d: ids.a, k: key }, { token: staff });
    const led = (await entries('SUGGESTIONS_LED')).data.dutyRecordEntries;
    expect(led).toEqual({ totalCount: 1, nodes: [{ recordType: 'Suggestion', recordId: String(ids.suggestion), occurredOn: '2005-03-01', title: '建议', value: 1, adminPath: `/suggestions/${ids.suggestion}` }] });
    const hours = (await entries('TRAINING_HOURS')).data.dutyRecordEntries;
    expect(hours.nodes.map((n: any) => [n.occurredOn, n.value])).toEqual([['2005-05-10', 2.5], ['2005-02-24', 6]]);
    const findings = (await entries('FINDINGS_RAISED')).data.dutyRecordEntries;
    expect(findings.nodes.map((n: any) => n.occurredOn)).toEqual(['2005-04-21', '2005-04-20']);
    expect(findings.nodes[1]).toMatchObject({ recordType: 'Finding', adminPath: `/findings/${ids.finding}` });
    const activities = (await entries('ACTIVITIES_ATTENDED')).data.dutyRecordEntries;
    expect(activities.nodes).toEqual([expect.objectContaining({ recordType: 'Activity', title: '专题视察', adminPath: `/activities/${ids.inspection}` })]);
    for (const key of ['ACTIVITIES_ON_LEAVE', 'COMMITTEE_MEETINGS', 'QUIZ_SCORE', 'SUGGESTIONS_CO_SIGNED']) {
      const r = (await entries(key)).data.dutyRecordEntries;
      expect(r.totalCount, key).toBe({ ACTIVITIES_ON_LEAVE: 1, COMMITTEE_MEETINGS: 2, QUIZ_SCORE: 2, SUGGESTIONS_CO_SIGNED: 1 }[key]);
    }
    const bad = await app.gql(`query($d: ID!) { dutyRecordEntries(deputyId: $d, year: 2005, key: "NO_SUCH") { totalCount } }`, { d: ids.a }, { token: staff });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('changes when a record is added or removed', async () => {
    const written = await app.gql(`mutation($d: ID!) { writeSentimentDiary(input: { deputyId: $d, entryDate: "2005-08-08", title: "新日记", content: "选民反映路灯不亮", tags: ["民生"] }) { id } }`, { d: ids.b }, { token: staff });
    expect(written.errors).toBeUndefined();
    const b = (await app.gql(RECORD, { d: ids.b, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(b).DIARY_ENTRIES).toBe(1);
    expect(b.score).toBe(38.5);

    // C's attendance recorded through the activities module: an activity attended, a full attendance rate.
    const marked = await app.gql(`mutation($a: ID!, $d: ID!) { recordAttendance(activityId: $a, entries: [{ deputyId: $d, status: ATTENDED }]) { status } }`, { a: ids.inspection, d: ids.c }, { token: staff });
    expect(marked.errors).toBeUndefined();
    const c = (await app.gql(RECORD, { d: ids.c, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(c)).toEqual({ ACTIVITIES_ATTENDED: 1 });
    expect(c).toMatchObject({ score: 3, attended: 1, attendancePercent: 100 });
    // B no longer co-signs A's suggestion.
    await sql(`DELETE FROM suggestion_co_signer WHERE suggestion_id = $1 AND deputy_id = $2`, [ids.suggestion, ids.b]);
    const b2 = (await app.gql(RECORD, { d: ids.b, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(b2).SUGGESTIONS_CO_SIGNED).toBeUndefined();
    expect(b2.score).toBe(36.5);

    const contacts = await app.gql(`query($d: ID!) { voterContacts(filter: { deputyId: $d, year: 2005 }) { totalCount nodes { id version contactedOn } } }`, { d: ids.a }, { token: staff });
    expect(contacts.data.voterContacts.totalCount).toBe(3);
    const june = contacts.data.voterContacts.nodes.find((n: any) => n.contactedOn === '2005-06-01');
    const removed = await app.gql(`mutation($id: ID!, $v: Int!) { deleteVoterContact(id: $id, version: $v) }`, { id: june.id, v: june.version }, { token: staff });
    expect(removed.data.deleteVoterContact).toBe(true);
    const a = (await app.gql(RECORD, { d: ids.a, y: 2005 }, { token: staff })).data.dutyRecord;
    expect(items(a).VOTER_CONTACTS).toBe(2);
    expect(a.score).toBe(90);
  });

  it('uses the points table in force for the year', async () => {
    const save = `mutation($i: ScoringRuleSetInput!) { saveScoringRuleSet(input: $i) { id effectiveYear version } }`;
    // A table from 2006 on does not touch 2005.
    const t2006 = await app.gql(save, { i: { effectiveYear: 2006, goodFrom: 95, fairFrom: 40, rules: [{ itemKey: 'DIARY_ENTRIES', points: 10, maxPoints: null }] } }, { token: staff });
    expect(t2006.errors).toBeUndefined();
    expect((await app.gql(RECORD, { d: ids.a, y: 2005 }, { token: staff })).data.dutyRecord).toMatchObject({ score: 90, grade: 'GOOD', ruleSetYear: null });
    // ...and applies from 2006 on.
    expect((await app.gql(RECORD, { d: ids.a, y: 2007 }, { token: staff })).data.dutyRecord).toMatchObject({ ruleSetYear: 2006 });

    // A table from 2004 applies to 2005: contacts 5 points each, capped at 8; a higher "good" line.
    const t2004 = await app.gql(save, { i: { effectiveYear: 2004, goodFrom: 95, fairFrom: 30, rules: [{ itemKey: 'VOTER_CONTACTS', points: 5, maxPoints: 8 }] } }, { token: staff });
    expect(t2004.errors).toBeUndefined();
    const a = (await app.gql(RECORD, { d: ids.a, y: 2005 }, { token: staff })).data.dutyRecord;
    // 90 − 4 (two contacts at 2) + 8 (two at 5, capped at 8) = 94, good only from 95
    expect(a).toMatchObject({ score: 94, grade: 'FAIR', ruleSetYear: 2004 });
    expect(a.items.find((i: any) => i.key === 'VOTER_CONTACTS')).toMatchObject({ value: 2, points: 8 });

    // Saving the same year again needs its version; a stale one is refused.
    const again = await app.gql(save, { i: { effectiveYear: 2004, goodFrom: 50, fairFrom: 30, rules: [] } }, { token: staff });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const stale = await app.gql(save, { i: { effectiveYear: 2004, version: t2004.data.saveScoringRuleSet.version + 5, goodFrom: 50, fairFrom: 30, rules: [] } }, { token: staff });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const rules = await app.gql(`{ scoringRules(year: 2005) { effectiveYear goodFrom rules { itemKey points maxPoints fromTable } } }`, {}, { token: staff });
    expect(rules.data.scoringRules.rules.find((r: any) => r.itemKey === 'VOTER_CONTACTS')).toEqual({ itemKey: 'VOTER_CONTACTS', points: 5, maxPoints: 8, fromTable: true });
    expect(rules.data.scoringRules.rules.find((r: any) => r.itemKey === 'DIARY_ENTRIES')).toMatchObject({ points: 1, fromTable: false });
    await app.db.query(`DELETE FROM scoring_rule_set`);
  });

  it('ranks many deputies in one statement whatever the page size', async () => {
    const q = (n: number) => app.gql(`query($t: ID) { dutyRecords(year: 2005, first: ${n}, filter: { termId: $t }) { totalCount nodes { deputyId score deputy { name } objections { id } items { key value } } } }`, { t: ids.term }, { token: staff });
    const small = await q(1);
    const large = await q(50);
    expect(large.data.dutyRecords.totalCount).toBe(3);
    expect(large.data.dutyRecords.nodes.map((n: any) => n.deputy.name)).toEqual(['甲代表', '乙代表', '丙代表']);
    expect(large.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
  });

  it('shows a deputy their own record only, and lets them object; staff resolve', async () => {
    const mine = await app.userWithRole('DEPUTY', { scopeDeputyId: ids.a });
    const own = await app.gql(`{ myDutyRecord(year: 2005) { deputyId score } }`, {}, { token: mine.token });
    expect(own.data.myDutyRecord.deputyId).toBe(String(ids.a));
    const other = await app.gql(RECORD, { d: ids.b, y: 2005 }, { token: mine.token });
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const list = await app.gql(`{ dutyRecords(year: 2005) { totalCount nodes { deputyId } } }`, {}, { token: mine.token });
    expect(list.data.dutyRecords.nodes).toEqual([{ deputyId: String(ids.a) }]);

    const raise = `mutation($i: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $i) { id version status } }`;
    const notMine = await app.gql(raise, { i: { deputyId: ids.b, year: 2005, itemKey: 'VOTER_CONTACTS', reason: '不是我的' } }, { token: mine.token });
    expect(notMine.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const raised = await app.gql(raise, { i: { deputyId: ids.a, year: 2005, itemKey: 'VOTER_CONTACTS', reason: '6 月 1 日的走访被删除了' } }, { token: mine.token });
    expect(raised.data.raiseDutyRecordObjection.status).toBe('OPEN');
    const { id, version } = raised.data.raiseDutyRecordObjection;
    const byDeputy = await app.gql(`mutation($id: ID!, $v: Int!) { resolveDutyRecordObjection(id: $id, input: { version: $v, accepted: true, resolution: "已恢复" }) { status } }`, { id, v: version }, { token: mine.token });
    expect(byDeputy.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const resolved = await app.gql(`mutation($id: ID!, $v: Int!) { resolveDutyRecordObjection(id: $id, input: { version: $v, accepted: false, resolution: "该走访系误登记" }) { status resolution } }`, { id, v: version }, { token: staff });
    expect(resolved.data.resolveDutyRecordObjection).toEqual({ status: 'REJECTED', resolution: '该走访系误登记' });
    const withObjection = await app.gql(`{ myDutyRecord(year: 2005) { objections { itemKey status } } }`, {}, { token: mine.token });
    expect(withObjection.data.myDutyRecord.objections).toEqual([{ itemKey: 'VOTER_CONTACTS', status: 'REJECTED' }]);
  });
});
