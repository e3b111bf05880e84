import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITED_UNITS } from '../src/seed/registry.seed';
import { DEMO_PASSWORD } from '../src/seed';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = await app.login('staff', DEMO_PASSWORD);
});
afterAll(() => app?.close());

const INSPECTION = `{
  activities(filter: { type: INSPECTION, year: 2005, committeeOnly: true }, first: 5) {
    nodes {
      id title startDate endDate status scope congress { level }
      implementationPlan { aims leaders noticeReceipts { readAt } }
      attendance { invited attended onLeave absent }
      stops { sequence visitDate organization { name } }
      report { title content }
      findings { id title status overdue deadline suggestionId responsibleOrganization { name } stop { sequence } updates { kind createdAt } }
    }
  }
}`;

describe('the demo activities retell the source', () => {
  it('has the three-day inspection of 2005-12-27..29: 48 city deputies, 9 units in order, a report, 8 findings', async () => {
    const r = await app.gql(INSPECTION, {}, { token: staff });
    expect(r.errors).toBeUndefined();
    const [a] = r.data.activities.nodes;
    expect(a).toMatchObject({ startDate: '2005-12-27', endDate: '2005-12-29', status: 'COMPLETED', scope: 'COMPREHENSIVE', congress: { level: 'CITY' } });
    expect(a.attendance.invited).toBe(48);
    expect(a.attendance.attended + a.attendance.onLeave + a.attendance.absent).toBe(48);
    expect(a.implementationPlan.leaders.length).toBeGreaterThan(0);
    expect(a.implementationPlan.noticeReceipts).toHaveLength(48);
    expect(a.stops.map((s: any) => s.organization.name)).toEqual(VISITED_UNITS.map(([, name]) => name));
    expect(a.stops.map((s: any) => s.visitDate)).toEqual(['2005-12-27', '2005-12-27', '2005-12-27', '2005-12-28', '2005-12-28', '2005-12-28', '2005-12-29', '2005-12-29', '2005-12-29']);
    expect(a.report.content).toContain('8 个问题');
    expect(a.findings).toHaveLength(8);
    expect(a.findings[0].title).toContain('优化企业外部环境');
    const statuses = new Set(a.findings.map((f: any) => f.status));
    for (const s of ['OPEN', 'INVESTIGATING', 'RECTIFYING', 'RESOLVED', 'CLOSED_UNRESOLVED']) expect(statuses).toContain(s);
    expect(a.findings.filter((f: any) => f.overdue).length).toBeGreaterThan(0);
    expect(a.findings.filter((f: any) => f.overdue).every((f: any) => ['OPEN', 'INVESTIGATING', 'RECTIFYING'].includes(f.status))).toBe(true);
    // Timelines keep their own dates, in order.
    for (const f of a.findings) {
      const dates = f.updates.map((u: any) => u.createdAt);
      expect([...dates].sort()).toEqual(dates);
      expect(dates[0].startsWith('2005-12-29')).toBe(true);
    }
    // Each of the 8 became one of the 8 suggestions to the 3rd session of the 12th city congress,
    // which names the finding back as its source.
    const linked = a.findings.map((f: any) => f.suggestionId);
    expect(new Set(linked).size).toBe(8);
    const [row] = await app.db.query(`SELECT source_kind, source_id FROM suggestion WHERE id = $1`, [Number(linked[0])]);
    expect(row).toEqual({ source_kind: 'INSPECTION_FINDING', source_id: Number(a.findings[0].id) });
    const draft = await app.gql(`query($ids: [ID!]!) { suggestionDraftFromFindings(findingIds: $ids) { leadDeputy { id } } }`, { ids: [a.findings[0].id] }, { token: staff });
    expect(draft.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('has group activities, trainings of every mode with the city quiz, and meetings with deputies sitting in', async () => {
    const groups = await app.gql(`{ activities(filter: { year: 2005, scope: SINGLE_TOPIC }, first: 50) { nodes { title organizerGroup { name } } } }`, {}, { token: staff });
    const titles = groups.data.activities.nodes.filter((n: any) => n.organizerGroup).map((n: any) => n.title);
    expect(titles).toEqual(expect.arrayContaining(['工业项目建设专题视察', '园区基础设施建设专题视察', '社区服务专题调研']));
    const t = await app.gql(`{ trainings(first: 10) { nodes { mode hours quizTitle averageScore quizResults { score } activity { attendance { invited attended } } } } }`, {}, { token: staff });
    const modes = t.data.trainings.nodes.map((n: any) => n.mode);
    expect(modes).toEqual(expect.arrayContaining(['CONCENTRATED', 'MEETING_BASED', 'ONLINE']));
    const quiz = t.data.trainings.nodes.find((n: any) => n.quizTitle);
    expect(quiz.quizResults.length).toBe(quiz.activity.attendance.attended);
    expect(quiz.averageScore).toBeGreaterThan(60);
    const m = await app.gql(`{ committeeMeetings(first: 10) { totalCount nodes { title attendances { role status } } } }`, {}, { token: staff });
    expect(m.data.committeeMeetings.totalCount).toBeGreaterThanOrEqual(3);
    for (const meeting of m.data.committeeMeetings.nodes) expect(meeting.attendances.every((x: any) => x.role === 'SITTING_IN')).toBe(true);
  });

  it('gives every activity its implementation plan before it happens (有准备视察)', async () => {
    const r = await app.gql(`{ activities(first: 100) { totalCount nodes { title implementationPlan { aims } } } }`, {}, { token: staff });
    expect(r.data.activities.totalCount).toBeGreaterThanOrEqual(10);
    for (const a of r.data.activities.nodes) expect(a.implementationPlan?.aims, a.title).toBeTruthy();
  });

  it('shows the plan with items held and overdue', async () => {
    const plans = await app.gql(`{ annualPlans(filter: { year: 2005 }) { nodes { title congress { level } execution { planned held overdue overdueItems { title } } } } }`, {}, { token: staff });
    const city = plans.data.annualPlans.nodes.find((p: any) => p.congress.level === 'CITY');
    expect(city.execution.held).toBeGreaterThanOrEqual(2);
    expect(city.execution.overdue).toBeGreaterThanOrEqual(1);
  });

  it('gives the demo unit clerk only its own findings, and the demo deputy their notices and invitations', async () => {
    const unit = await app.login('unit', DEMO_PASSWORD);
    const f = await app.gql(`{ me { scopeOrganizationId } findings(first: 50) { totalCount nodes { responsibleOrganization { id } } } }`, {}, { token: unit });
    expect(f.data.findings.totalCount).toBeGreaterThan(0);
    for (const n of f.data.findings.nodes) expect(n.responsibleOrganization.id).toBe(f.data.me.scopeOrganizationId);
    const deputy = await app.login('deputy', DEMO_PASSWORD);
    const d = await app.gql(`{ notices(first: 20) { totalCount nodes { title myReadAt } } deputyActivities(first: 20) { totalCount nodes { status activity { title } } } deputyAttendance { invited attended rate } }`, {}, { token: deputy });
    expect(d.errors).toBeUndefined();
    expect(d.data.notices.totalCount).toBeGreaterThan(0);
    expect(d.data.deputyActivities.nodes.map((n: any) => n.activity.title)).toContain('市人大代表集中视察');
    expect(d.data.deputyAttendance.rate).toBeGreaterThan(0);
  });
});
