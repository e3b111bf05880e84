import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVITY_ACTIONS, ACTIVITY_MACHINE, ACTIVITY_STATUS_LABELS, ACTIVITY_STATUSES, FINDING_ACTIONS, FINDING_MACHINE, FINDING_STATUSES, addDays, allowedActions, nextState, todayInChina,
} from '@luzhi/shared';
import { DEFAULT_COST_LIMITS } from '../src/config';
import { LEGACY_SOURCE_NOTES_SQL } from '../src/db/migrations/1764300640000-suggestion-event-message';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
let ids: {
  cityCongress: string;
  districtCongress: string;
  groupA: string;
  groupB: string;
  groupAMembers: string[];
  groupBMembers: string[];
  unitA: string;
  unitB: string;
  org: string;
};

const q = async (query: string, variables: Record<string, unknown> = {}, token = staff) => {
  const r = await app.gql(query, variables, { token });
  if (r.errors) throw Object.assign(new Error(r.errors[0]!.message), { code: r.errors[0]!.extensions?.code, ext: r.errors[0]!.extensions, all: r.errors });
  return r.data;
};
const fails = async (query: string, variables: Record<string, unknown> = {}, token = staff) => {
  const r = await app.gql(query, variables, { token });
  expect(r.errors, JSON.stringify(r.data)).toBeDefined();
  return r.errors![0]!;
};

beforeAll(async () => {
  // The statement-count probe selects every nested list at once, far above what a screen asks for.
  app = await startTestApp({ demo: true, config: { costLimits: { ...DEFAULT_COST_LIMITS, STAFF: 10_000_000 } } });
  staff = (await app.userWithRole('STAFF')).token;
  const [city] = await app.db.query(`SELECT id FROM congress WHERE level = 'CITY'`);
  const [district] = await app.db.query(`SELECT id FROM congress WHERE level = 'COUNTY'`);
  const groups = await app.db.query(`SELECT g.id FROM deputy_group g JOIN term t ON t.id = g.term_id JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY' ORDER BY g.id LIMIT 2`);
  const members = async (g: number) => (await app.db.query(`SELECT deputy_id FROM group_membership WHERE group_id = $1 AND end_date IS NULL ORDER BY deputy_id`, [g])).map((r: any) => String(r.deputy_id));
  const orgs = await app.db.query(`SELECT id FROM organization WHERE handles_suggestions ORDER BY id LIMIT 3`);
  ids = {
    cityCongress: String(city.id), districtCongress: String(district.id), groupA: String(groups[0].id), groupB: String(groups[1].id),
    groupAMembers: await members(groups[0].id), groupBMembers: await members(groups[1].id),
    unitA: String(orgs[0].id), unitB: String(orgs[1].id), org: String(orgs[2].id),
  };
});
afterAll(() => app?.close());

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status version } }`;
const INVITE = `mutation($id: ID!, $input: InviteInput!) { inviteParticipants(activityId: $id, input: $input) }`;
const STEP = `mutation($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { id status version attendance { invited confirmed attended onLeave absent pending rate } } }`;

async function newActivity(extra: Record<string, unknown> = {}, token = staff) {
  return (await q(CREATE, { input: { title: '单项视察', type: 'INSPECTION', congressId: ids.districtCongress, startDate: '2030-05-10', endDate: '2030-05-11', ...extra } }, token)).createActivity;
}

/** An activity driven to `status` through the real mutations. */
async function activityIn(status: string) {
  const a = await newActivity();
  await q(INVITE, { id: a.id, input: { deputyIds: [ids.groupAMembers[0]] } });
  const path: Record<string, string[]> = { PLANNED: [], NOTIFIED: ['NOTIFY'], IN_PROGRESS: ['NOTIFY', 'START'], COMPLETED: ['NOTIFY', 'START', 'COMPLETE'], CANCELLED: ['CANCEL'] };
  let version = a.version;
  for (const action of path[status]!) version = (await q(STEP, { id: a.id, input: { action, version, reason: '原因' } })).changeActivityStatus.version;
  return { id: a.id, version };
}

describe('the activity state machine, enforced by the API', () => {
  for (const from of ACTIVITY_STATUSES) {
    for (const action of ACTIVITY_ACTIONS) {
      const to = nextState(ACTIVITY_MACHINE, from, action);
      it(`${from} --${action}--> ${to ?? 'INVALID_TRANSITION'}`, async () => {
        const a = await activityIn(from);
        const r = await app.gql(STEP, { id: a.id, input: { action, version: a.version, reason: '原因' } }, { token: staff, lang: 'en' });
        if (to) {
          expect(r.errors).toBeUndefined();
          expect(r.data.changeActivityStatus.status).toBe(to);
          expect(r.data.changeActivityStatus.allowedActions).toEqual(allowedActions(ACTIVITY_MACHINE, to));
        } else {
          const e = r.errors![0]!;
          expect(e.extensions!.code).toBe('INVALID_TRANSITION');
          const allowed = allowedActions(ACTIVITY_MACHINE, from);
          expect(e.extensions!.details.allowed).toEqual(allowed);
          // In the reader's language throughout: labels, not codes, and no Chinese in English.
          expect(e.message).toContain(`"${ACTIVITY_STATUS_LABELS[from].en}"`);
          expect(e.message).toContain(`"${ACTIVITY_MACHINE[action].label.en}"`);
          for (const name of allowed) expect(e.message).toContain(ACTIVITY_MACHINE[name].label.en);
          expect(e.message).not.toMatch(/[\u4e00-\u9fff]|IN_PROGRESS|NOTIFY/);
          expect((await q(ACTIVITY, { id: a.id })).activity.status).toBe(from);
        }
      });
    }
  }

  it('says what is refused in the reader\'s language, by labels', async () => {
    const a = await activityIn('IN_PROGRESS');
    const refuse = (lang: string) => app.gql(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } }, { token: staff, lang }).then((r) => r.errors![0]!.message);
    expect(await refuse('zh-CN')).toBe('该活动当前为“进行中”,不能“发送通知”;现在可以:结束活动、取消活动');
    expect(await refuse('en')).toBe('This activity is "In progress": it cannot "Send the notice" now; possible now: Complete, Cancel');
    const noNote = (lang: string) => app.gql(STEP, { id: a.id, input: { action: 'CANCEL', version: a.version } }, { token: staff, lang }).then((r) => r.errors![0]!.message);
    expect(await noNote('zh-CN')).toBe('“取消活动”需要填写说明');
    expect(await noNote('en')).toBe('"Cancel" needs a note');
    const missing = (lang: string) => app.gql(`query { finding(id: "999999") { id } }`, {}, { token: staff, lang }).then((r) => r.errors![0]!.message);
    expect(await missing('zh-CN')).toBe('找不到问题(编号 999999)');
    expect(await missing('en')).toBe('There is no finding with id 999999');
  });

  it('needs a reason to cancel and refuses a stale version', async () => {
    const a = await newActivity();
    expect((await fails(STEP, { id: a.id, input: { action: 'CANCEL', version: a.version } })).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await fails(STEP, { id: a.id, input: { action: 'CANCEL', version: a.version + 5, reason: 'x' } })).extensions!.code).toBe('CONFLICT');
  });
});

const CREATE_FINDING = `mutation($a: ID!, $input: CreateFindingInput!) { createFinding(activityId: $a, input: $input) { id status version } }`;
const FSTEP = `mutation($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version allowedActions } }`;

async function startedActivity() {
  return activityIn('IN_PROGRESS');
}

async function findingIn(status: string, activityId?: string, responsible = ids.unitA) {
  const a = activityId ?? (await startedActivity()).id;
  const f = (await q(CREATE_FINDING, { a, input: { title: '问题', responsibleOrganizationId: responsible, deadline: '2031-01-31' } })).createFinding;
  const path: Record<string, string[]> = {
    OPEN: [], INVESTIGATING: ['INVESTIGATE'], RECTIFYING: ['INVESTIGATE', 'START_RECTIFICATION'], RESOLVED: ['INVESTIGATE', 'START_RECTIFICATION', 'RESOLVE'], CLOSED_UNRESOLVED: ['CLOSE_UNRESOLVED'],
  };
  let version = f.version;
  for (const action of path[status]!) version = (await q(FSTEP, { id: f.id, input: { action, version, note: '说明' } })).changeFindingStatus.version;
  return { id: f.id, version, activityId: a };
}

describe('the finding state machine, enforced by the API', () => {
  let activityId: string;
  beforeAll(async () => {
    activityId = (await startedActivity()).id;
  });
  for (const from of FINDING_STATUSES) {
    for (const action of FINDING_ACTIONS) {
      const to = nextState(FINDING_MACHINE, from, action);
      it(`${from} --${action}--> ${to ?? 'INVALID_TRANSITION'}`, async () => {
        const f = await findingIn(from, activityId);
        const r = await app.gql(FSTEP, { id: f.id, input: { action, version: f.version, note: '说明' } }, { token: staff });
        if (to) {
          expect(r.errors).toBeUndefined();
          expect(r.data.changeFindingStatus.status).toBe(to);
        } else {
          expect(r.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
          expect(r.errors![0]!.extensions!.details.allowed).toEqual(allowedActions(FINDING_MACHINE, from));
        }
      });
    }
  }

  it('will not start rectification before a responsible unit and deadline are named', async () => {
    const f = (await q(CREATE_FINDING, { a: activityId, input: { title: '待明确责任的问题' } })).createFinding;
    const v = (await q(FSTEP, { id: f.id, input: { action: 'INVESTIGATE', version: f.version } })).changeFindingStatus.version;
    const e = await fails(FSTEP, { id: f.id, input: { action: 'START_RECTIFICATION', version: v } });
    expect(e.extensions!.messageKey).toBe('finding.needsResponsible');
  });
});

describe('attendance', () => {
  it('invites by group, by congress level and one by one, and counts attendance', async () => {
    const a = await newActivity({ congressId: ids.cityCongress });
    expect((await q(INVITE, { id: a.id, input: { groupIds: [ids.groupA] } })).inviteParticipants).toBe(ids.groupAMembers.length);
    // Again: nobody twice.
    expect((await q(INVITE, { id: a.id, input: { groupIds: [ids.groupA], deputyIds: [ids.groupAMembers[0]] } })).inviteParticipants).toBe(0);
    const [{ n: cityNow }] = await app.db.query(
      `SELECT count(DISTINCT m.deputy_id)::int AS n FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
        WHERE c.level = 'CITY' AND m.start_date <= '2030-05-10' AND (m.end_date IS NULL OR m.end_date >= '2030-05-10')
          AND m.deputy_id <> ALL($1::int[])`,
      [ids.groupAMembers.map(Number)],
    );
    expect((await q(INVITE, { id: a.id, input: { congressLevel: 'CITY' } })).inviteParticipants).toBe(cityNow);
    expect((await q(INVITE, { id: a.id, input: { deputyIds: [ids.groupBMembers[0]] } })).inviteParticipants).toBe(1);
    const total = ids.groupAMembers.length + cityNow + 1;

    const [d1, d2, d3, d4] = ids.groupAMembers;
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(d1) });
    const ANSWER = `mutation($id: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $id, input: $input) { status leaveReason respondedAt } }`;
    expect((await q(ANSWER, { id: a.id, input: { response: 'CONFIRM' } }, deputy.token)).answerInvitation.status).toBe('CONFIRMED');
    expect((await fails(ANSWER, { id: a.id, input: { response: 'ASK_LEAVE' } }, deputy.token)).extensions!.messageKey).toBe('activity.leaveReasonRequired');
    const leave = (await q(ANSWER, { id: a.id, input: { response: 'ASK_LEAVE', reason: '出差' } }, deputy.token)).answerInvitation;
    expect(leave).toMatchObject({ status: 'ON_LEAVE', leaveReason: '出差' });
    await q(ANSWER, { id: a.id, input: { response: 'CONFIRM', deputyId: d2 } });

    // Attendance and sign-in need the activity to have started.
    const RECORD = `mutation($id: ID!, $e: [AttendanceInput!]!) { recordAttendance(activityId: $id, entries: $e) { status } }`;
    expect((await fails(RECORD, { id: a.id, e: [{ deputyId: d3, status: 'ATTENDED' }] })).extensions!.messageKey).toBe('activity.notStarted');
    let v = (await q(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } })).changeActivityStatus.version;
    v = (await q(STEP, { id: a.id, input: { action: 'START', version: v } })).changeActivityStatus.version;
    const SIGN = `mutation($id: ID!, $d: [ID!]) { signInToActivity(activityId: $id, deputyIds: $d) { deputyId status signedInAt } }`;
    const self = (await q(SIGN, { id: a.id }, deputy.token)).signInToActivity;
    expect(self).toHaveLength(1);
    expect(self[0]).toMatchObject({ deputyId: d1, status: 'ATTENDED' });
    expect(self[0].signedInAt).toBeTruthy();
    await q(SIGN, { id: a.id, d: [d2, d3] });
    await q(RECORD, { id: a.id, e: [{ deputyId: d4, status: 'ON_LEAVE', leaveReason: '病假' }] });
    const mid = (await q(ACTIVITY, { id: a.id })).activity.attendance;
    expect(mid).toMatchObject({ invited: total, attended: 3, onLeave: 1, confirmed: 0, absent: 0, pending: total - 4 });

    await q(STEP, { id: a.id, input: { action: 'COMPLETE', version: v } });
    const done = (await q(ACTIVITY, { id: a.id })).activity.attendance;
    expect(done).toMatchObject({ invited: total, attended: 3, onLeave: 1, absent: total - 4, pending: 0 });
    expect(done.rate).toBeCloseTo(3 / total);

    // The deputy's own record: this activity counts as attended.
    const mine = await q(`query($id: ID!) { deputyAttendance(deputyId: $id) { invited attended } deputyActivities(deputyId: $id, first: 50) { nodes { status activity { id } } } }`, { id: d1 }, deputy.token);
    expect(mine.deputyActivities.nodes.find((n: any) => n.activity.id === a.id).status).toBe('ATTENDED');
    expect(mine.deputyAttendance.invited).toBeGreaterThanOrEqual(1);
    const other = await fails(`query($id: ID!) { deputyActivities(deputyId: $id) { totalCount } }`, { id: d2 }, deputy.token);
    expect(other.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('a deputy\'s attendance rate', () => {
  it('counts only the activities held, and shows those still to come apart', async () => {
    const d = ids.groupBMembers[4]!;
    const RATE = `query($d: ID!) { deputyAttendance(deputyId: $d, year: 2032) { invited attended onLeave absent rate upcoming } }`;
    const dated = (day: string) => newActivity({ startDate: day, endDate: day });
    // Held: attended one, absent from one. Still to come: invited to one, on leave (asked ahead) from another.
    const held = [await dated('2032-03-01'), await dated('2032-03-02')];
    for (const a of held) await q(INVITE, { id: a.id, input: { deputyIds: [d] } });
    let v1 = held[0].version;
    for (const action of ['NOTIFY', 'START']) v1 = (await q(STEP, { id: held[0].id, input: { action, version: v1 } })).changeActivityStatus.version;
    await q(`mutation($id: ID!, $d: [ID!]) { signInToActivity(activityId: $id, deputyIds: $d) { status } }`, { id: held[0].id, d: [d] });
    await q(STEP, { id: held[0].id, input: { action: 'COMPLETE', version: v1 } });
    let v2 = held[1].version;
    for (const action of ['NOTIFY', 'START', 'COMPLETE']) v2 = (await q(STEP, { id: held[1].id, input: { action, version: v2 } })).changeActivityStatus.version;
    const coming = [await dated('2032-11-01'), await dated('2032-11-02')];
    for (const a of coming) await q(INVITE, { id: a.id, input: { deputyIds: [d] } });
    await q(`mutation($id: ID!, $e: [AttendanceInput!]!) { recordAttendance(activityId: $id, entries: $e) { status } }`, { id: coming[1].id, e: [{ deputyId: d, status: 'ON_LEAVE', leaveReason: '出国' }] });

    expect((await q(RATE, { d })).deputyAttendance).toEqual({ invited: 2, attended: 1, onLeave: 0, absent: 1, rate: 0.5, upcoming: 2 });
  });
});

describe('committee meeting attendance', () => {
  it('is attended or absent only once the meeting is held; leave may be asked ahead', async () => {
    const [term] = await app.db.query(`SELECT id FROM term WHERE congress_id = $1 ORDER BY start_date DESC LIMIT 1`, [ids.districtCongress]);
    const [d1, d2, d3] = ids.groupBMembers;
    const CREATE_MEETING = `mutation($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }`;
    const meeting = async (date: string) => (await q(CREATE_MEETING, { input: { termId: String(term.id), title: '常委会第九次会议', meetingDate: date, sittingInDeputyIds: [d1, d2, d3] } })).createCommitteeMeeting.id as string;
    const SET = `mutation($m: ID!, $e: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $m, entries: $e) { deputyId status leaveReason } }`;
    const statuses = async (m: string) => (await app.db.query(`SELECT status FROM meeting_attendance WHERE meeting_id = $1 ORDER BY deputy_id`, [m])).map((r: any) => r.status);

    const ahead = addDays(todayInChina(), 30);
    const coming = await meeting(ahead);
    for (const status of ['ATTENDED', 'ABSENT']) {
      const zh = await fails(SET, { m: coming, e: [{ deputyId: d1, status }] });
      expect(zh.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'activity.meetingNotHeld' });
      expect(zh.message).toBe(`会议“常委会第九次会议”定于 ${ahead} 召开,尚未举行,不能登记出席或缺席`);
    }
    const en = (await app.gql(SET, { m: coming, e: [{ deputyId: d1, status: 'ATTENDED' }] }, { token: staff, lang: 'en' })).errors![0]!;
    expect(en.message).toBe(`The meeting "常委会第九次会议" is on ${ahead} and has not been held yet: attendance or absence cannot be recorded`);
    // One refused entry refuses the whole list: the leave before it is not kept either.
    expect((await fails(SET, { m: coming, e: [{ deputyId: d2, status: 'ON_LEAVE', leaveReason: '出差' }, { deputyId: d1, status: 'ATTENDED' }] })).extensions!.messageKey).toBe('activity.meetingNotHeld');
    expect(await statuses(coming)).toEqual(['INVITED', 'INVITED', 'INVITED']);
    // Leave asked ahead, as for activities.
    expect((await q(SET, { m: coming, e: [{ deputyId: d2, status: 'ON_LEAVE', leaveReason: '出差' }] })).setMeetingAttendance).toEqual([{ deputyId: d2, status: 'ON_LEAVE', leaveReason: '出差' }]);

    // Held (its date is past): attendance and absence are recorded.
    const held = await meeting('2006-03-28');
    await q(SET, { m: held, e: [{ deputyId: d1, status: 'ATTENDED' }, { deputyId: d2, status: 'ON_LEAVE', leaveReason: '病假' }, { deputyId: d3, status: 'ABSENT' }] });
    expect(await statuses(held)).toEqual(['ATTENDED', 'ON_LEAVE', 'ABSENT']);
  });
});

describe('quiz scores', () => {
  it('are taken once the training is held, for deputies who attended, between 0 and the maximum', async () => {
    const training = (await q(`mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id version } } }`, {
      input: { title: '代表法学习', type: 'TRAINING', congressId: ids.districtCongress, startDate: '2030-04-15', mode: 'CONCENTRATED', hours: 4, quizTitle: '代表法知识答卷' },
    })).createTraining;
    const [d1, d2] = ids.groupAMembers;
    const [name2] = (await app.db.query(`SELECT name FROM deputy WHERE id = $1`, [d2])).map((r: any) => r.name);
    await q(INVITE, { id: training.activity.id, input: { deputyIds: [d1, d2] } });
    const SCORES = `mutation($t: ID!, $s: [QuizScoreInput!]!) { recordQuizResults(trainingId: $t, scores: $s) { deputyId score } }`;
    const refusal = (scores: unknown[], lang = 'zh-CN') => app.gql(SCORES, { t: training.id, s: scores }, { token: staff, lang }).then((r) => r.errors![0]!);

    // Still planned: nobody has taken the quiz yet.
    const early = await refusal([{ deputyId: d1, score: 88 }]);
    expect(early.extensions!.messageKey).toBe('activity.notStarted');
    expect(early.message).toBe('活动尚未开始,不能登记答卷成绩');

    let v = training.activity.version;
    for (const action of ['NOTIFY', 'START']) v = (await q(STEP, { id: training.activity.id, input: { action, version: v } })).changeActivityStatus.version;
    await q(`mutation($id: ID!, $d: [ID!]) { signInToActivity(activityId: $id, deputyIds: $d) { status } }`, { id: training.activity.id, d: [d1] });

    // Held, but d2 never signed in.
    const absent = await refusal([{ deputyId: d1, score: 88 }, { deputyId: d2, score: 70 }]);
    expect(absent.extensions!.messageKey).toBe('activity.quizNotAttended');
    expect(absent.message).toBe(`${name2} 未出席该培训,不能登记答卷成绩`);
    // Out of range: refused with a reason, never clamped.
    for (const score of [120, -1]) expect((await refusal([{ deputyId: d1, score }])).extensions!.messageKey).toBe('activity.scoreRange');
    expect((await refusal([{ deputyId: d1, score: 120 }], 'en')).message).toMatch(/score 120 is not between 0 and the maximum 100$/);
    expect(await app.db.query(`SELECT 1 FROM quiz_result WHERE training_id = $1`, [training.id])).toEqual([]);

    expect((await q(SCORES, { t: training.id, s: [{ deputyId: d1, score: 88 }] })).recordQuizResults).toEqual([{ deputyId: d1, score: 88 }]);
  });
});

describe('notices and read receipts', () => {
  it('reaches every invited deputy, records when each read it, and reaches late invitees too', async () => {
    const a = await newActivity();
    await q(`mutation($id: ID!) { saveImplementationPlan(activityId: $id, input: { aims: "了解园区基础设施建设情况", itinerary: "上午园区,下午座谈", preparation: "会前调研", leaders: ["常委会副主任 张某"] }) { id } }`, { id: a.id });
    const [d1, d2, d3] = ids.groupBMembers;
    await q(INVITE, { id: a.id, input: { deputyIds: [d1, d2] } });
    const sent = await q(`mutation($id: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $id, input: $input) { status notifiedAt notices { id title body recipientCount readCount } } }`, { id: a.id, input: { version: a.version } });
    expect(sent.sendActivityNotice.status).toBe('NOTIFIED');
    const [notice] = sent.sendActivityNotice.notices;
    expect(notice).toMatchObject({ recipientCount: 2, readCount: 0 });
    expect(notice.body).toContain('了解园区基础设施建设情况');
    expect(notice.body).toContain('常委会副主任 张某');

    const reader = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(d1) });
    const mine = await q(`{ notices(first: 50, filter: { unreadOnly: true }) { nodes { id myReadAt activity { id } } } }`, {}, reader.token);
    expect(mine.notices.nodes.map((n: any) => n.id)).toContain(notice.id);
    expect((await q(`mutation($id: ID!) { markNoticeRead(id: $id) { myReadAt } }`, { id: notice.id }, reader.token)).markNoticeRead.myReadAt).toBeTruthy();
    const after = await q(`{ notices(first: 50, filter: { unreadOnly: true }) { nodes { id } } }`, {}, reader.token);
    expect(after.notices.nodes.map((n: any) => n.id)).not.toContain(notice.id);
    // The deputy may not see who else read it.
    expect((await fails(`query($id: ID!) { notice(id: $id) { recipients { readAt } } }`, { id: notice.id }, reader.token)).extensions!.code).toBe('FORBIDDEN');

    await q(INVITE, { id: a.id, input: { deputyIds: [d3] } });
    const plan = await q(`query($id: ID!) { activity(id: $id) { implementationPlan { noticeReceipts { deputy { id } readAt } } } }`, { id: a.id });
    const receipts = plan.activity.implementationPlan.noticeReceipts;
    expect(receipts.map((r: any) => r.deputy.id).sort()).toEqual([d1, d2, d3].sort());
    expect(receipts.find((r: any) => r.deputy.id === d1).readAt).toBeTruthy();
    expect(receipts.filter((r: any) => !r.readAt)).toHaveLength(2);

    const stranger = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(ids.groupAMembers[5]) });
    expect((await fails(`mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, { id: notice.id }, stranger.token)).extensions!.code).toBe('FORBIDDEN');
    expect((await fails(`query($id: ID!) { notice(id: $id) { id } }`, { id: notice.id }, stranger.token)).extensions!.code).toBe('NOT_FOUND');
    expect((await fails(`query($id: ID!) { activity(id: $id) { id } }`, { id: a.id }, stranger.token)).extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses to notify nobody', async () => {
    const a = await newActivity();
    const e = await fails(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } });
    expect(e.extensions!.messageKey).toBe('activity.nobodyInvited');
  });
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
async function upload(token: string, name: string, body: Buffer) {
  const res = await fetch(`${app.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(name) }, body: new Uint8Array(body) });
  return (await res.json()) as { id: string };
}

describe('a handling unit sees and updates only the findings assigned to it', () => {
  it('answers NOT_FOUND for another unit\'s finding by id, in lists, nested fields, changes and files', async () => {
    const unitA = await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: Number(ids.unitA) });
    const own = await findingIn('INVESTIGATING', undefined, ids.unitA);
    const other = await findingIn('INVESTIGATING', own.activityId, ids.unitB);

    // Evidence on the other unit's finding, uploaded by staff.
    const file = await upload(staff, '整改照片.png', PNG);
    await q(`mutation($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }`, { id: other.id, input: { kind: 'PROGRESS', note: '现场照片', attachmentIds: [file.id] } });

    const mine = await q(`{ findings(first: 100) { totalCount nodes { id responsibleOrganization { id } activity { id } activityTitle } } }`, {}, unitA.token);
    expect(mine.findings.nodes.map((n: any) => n.id)).toContain(own.id);
    expect(mine.findings.nodes.map((n: any) => n.id)).not.toContain(other.id);
    for (const n of mine.findings.nodes) {
      expect(n.responsibleOrganization.id).toBe(ids.unitA);
      expect(n.activity).toBeNull();
      expect(n.activityTitle).toBeTruthy();
    }
    const [{ n: assigned }] = await app.db.query(`SELECT count(*)::int AS n FROM finding WHERE responsible_organization_id = $1`, [ids.unitA]);
    expect(mine.findings.totalCount).toBe(assigned);
    const board = await q(`{ findingBoard { status count } }`, {}, unitA.token);
    expect(board.findingBoard.reduce((s: number, r: any) => s + r.count, 0)).toBe(assigned);

    const byId = await fails(`query($id: ID!) { finding(id: $id) { id title } }`, { id: other.id }, unitA.token);
    expect(byId.extensions!.code).toBe('NOT_FOUND');
    const missing = await fails(`query($id: ID!) { finding(id: $id) { id } }`, { id: '999999' }, unitA.token);
    expect(byId.message.replace(other.id, '')).toBe(missing.message.replace('999999', ''));
    expect((await fails(`query($id: ID!) { activity(id: $id) { findings { id } } }`, { id: own.activityId }, unitA.token)).extensions!.code).toBe('FORBIDDEN');
    const ofActivity = await q(`query($id: ID!) { findings(filter: { activityId: $id }) { nodes { id } } }`, { id: own.activityId }, unitA.token);
    expect(ofActivity.findings.nodes.map((n: any) => n.id)).toEqual([own.id]);
    const filtered = await q(`query($o: ID!) { findings(filter: { responsibleOrganizationId: $o }) { totalCount } }`, { o: ids.unitB }, unitA.token);
    expect(filtered.findings.totalCount).toBe(0);
    expect((await fails(FSTEP, { id: other.id, input: { action: 'START_RECTIFICATION', version: other.version } }, unitA.token)).extensions!.code).toBe('NOT_FOUND');
    expect((await fails(`mutation($id: ID!) { reportOnFinding(id: $id, input: { kind: PROGRESS, note: "x" }) { id } }`, { id: other.id }, unitA.token)).extensions!.code).toBe('NOT_FOUND');
    expect((await fails(`query($ids: [ID!]!) { suggestionDraftFromFindings(findingIds: $ids) { title } }`, { ids: [own.id, other.id] }, unitA.token)).extensions!.code).toBe('NOT_FOUND');
    const res = await fetch(`${app.url}/files/${file.id}`, { headers: { authorization: `Bearer ${unitA.token}` } });
    expect(res.status).toBe(404);
    expect((await fetch(`${app.url}/files/${file.id}`, { headers: { authorization: `Bearer ${staff}` } })).status).toBe(200);
    const unitB = await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: Number(ids.unitB) });
    expect((await fetch(`${app.url}/files/${file.id}`, { headers: { authorization: `Bearer ${unitB.token}` } })).status).toBe(200);

    // Its own finding: it investigates, rectifies and claims; it cannot verify its own claim.
    const v = (await q(FSTEP, { id: own.id, input: { action: 'START_RECTIFICATION', version: own.version } }, unitA.token)).changeFindingStatus.version;
    const claim = await q(`mutation($id: ID!) { reportOnFinding(id: $id, input: { kind: RECTIFICATION_CLAIM, note: "已整改完毕" }) { kind authorOrganization { id } } }`, { id: own.id }, unitA.token);
    expect(claim.reportOnFinding).toMatchObject({ kind: 'RECTIFICATION_CLAIM', authorOrganization: { id: ids.unitA } });
    const fresh = (await q(`query($id: ID!) { finding(id: $id) { version allowedActions } }`, { id: own.id }, unitA.token)).finding;
    expect(fresh.allowedActions).toEqual([]);
    expect((await fails(FSTEP, { id: own.id, input: { action: 'RESOLVE', version: fresh.version, note: '自查' } }, unitA.token)).extensions!.code).toBe('FORBIDDEN');
    expect((await fails(`mutation($id: ID!, $v: Int!) { verifyFinding(id: $id, input: { passed: true, version: $v, note: "x" }) { id } }`, { id: own.id, v: fresh.version }, unitA.token)).extensions!.code).toBe('FORBIDDEN');
    expect(v).toBeGreaterThan(own.version);

    // The committee's check is a separate entry by someone else.
    const failed = await q(`mutation($id: ID!, $v: Int!) { verifyFinding(id: $id, input: { passed: false, version: $v, note: "现场核查未整改到位" }) { status version } }`, { id: own.id, v: fresh.version });
    expect(failed.verifyFinding.status).toBe('RECTIFYING');
    const passed = await q(`mutation($id: ID!, $v: Int!) { verifyFinding(id: $id, input: { passed: true, version: $v, note: "复查已整改" }) { status resolvedAt latestClaim { kind authorOrganization { id } } latestVerification { kind authorOrganization { id } } updates { kind } } }`, { id: own.id, v: failed.verifyFinding.version });
    expect(passed.verifyFinding).toMatchObject({ status: 'RESOLVED', latestClaim: { kind: 'RECTIFICATION_CLAIM', authorOrganization: { id: ids.unitA } }, latestVerification: { kind: 'VERIFICATION_PASSED', authorOrganization: null } });
    expect(passed.verifyFinding.updates.map((u: any) => u.kind)).toEqual(['CREATED', 'STATUS_CHANGE', 'STATUS_CHANGE', 'RECTIFICATION_CLAIM', 'VERIFICATION_FAILED', 'VERIFICATION_PASSED']);
  });

  it('lists overdue findings for supervision', async () => {
    const f = await findingIn('RECTIFYING');
    await app.db.query(`UPDATE finding SET deadline = '2020-01-01' WHERE id = $1`, [f.id]);
    const r = await q(`{ findings(first: 100, filter: { overdue: true }) { nodes { id overdue deadline status } } }`);
    const hit = r.findings.nodes.find((n: any) => n.id === f.id);
    expect(hit).toMatchObject({ overdue: true, status: 'RECTIFYING' });
    for (const n of r.findings.nodes) expect(n.overdue).toBe(true);
  });
});

describe('group leaders and deputies', () => {
  it('lets a group leader manage their own group\'s activities only', async () => {
    const leader = await app.userWithRole('GROUP_LEADER', { scopeGroupId: Number(ids.groupA) });
    const e = await fails(CREATE, { input: { title: '别组的活动', type: 'SURVEY', congressId: ids.districtCongress, organizerGroupId: ids.groupB, startDate: '2030-06-01' } }, leader.token);
    expect(e.extensions!.code).toBe('FORBIDDEN');
    const own = await newActivity({ organizerGroupId: ids.groupA }, leader.token);
    expect((await q(INVITE, { id: own.id, input: { groupIds: [ids.groupA] } }, leader.token)).inviteParticipants).toBe(ids.groupAMembers.length);
    const committee = await newActivity();
    expect((await fails(INVITE, { id: committee.id, input: { deputyIds: [ids.groupAMembers[0]] } }, leader.token)).extensions!.code).toBe('NOT_FOUND');
    await q(INVITE, { id: committee.id, input: { deputyIds: [ids.groupAMembers[0]] } });
    // Their member is invited: they may see it, but not change it.
    expect((await q(`query($id: ID!) { activity(id: $id) { id allowedActions } }`, { id: committee.id }, leader.token)).activity.allowedActions).toEqual([]);
    expect((await fails(INVITE, { id: committee.id, input: { deputyIds: [ids.groupAMembers[1]] } }, leader.token)).extensions!.code).toBe('FORBIDDEN');
  });
});

describe('from findings to a suggestion', () => {
  it('proposes the attending deputy who raised most findings as lead and the other attendees as co-signers', async () => {
    const a = await newActivity({ congressId: ids.districtCongress });
    const [d1, d2, d3, d4] = ids.groupBMembers;
    await q(INVITE, { id: a.id, input: { deputyIds: [d1, d2, d3, d4] } });
    let v = (await q(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } })).changeActivityStatus.version;
    v = (await q(STEP, { id: a.id, input: { action: 'START', version: v } })).changeActivityStatus.version;
    await q(`mutation($id: ID!, $d: [ID!]) { signInToActivity(activityId: $id, deputyIds: $d) { id } }`, { id: a.id, d: [d1, d2, d3] });
    const f1 = (await q(CREATE_FINDING, { a: a.id, input: { title: '优化企业外部环境', responsibleOrganizationId: ids.org, raisedByDeputyId: d3 } })).createFinding;
    const f2 = (await q(CREATE_FINDING, { a: a.id, input: { title: '园区道路破损', raisedByDeputyId: d3 } })).createFinding;
    const draft = (await q(`query($ids: [ID!]!) { suggestionDraftFromFindings(findingIds: $ids) { title content leadDeputy { id } coSigners { id } findingIds activityIds } }`, { ids: [f1.id, f2.id] })).suggestionDraftFromFindings;
    expect(draft.leadDeputy.id).toBe(d3);
    expect(draft.coSigners.map((d: any) => d.id).sort()).toEqual([d1, d2].sort());
    expect(draft.title).toBe('关于优化企业外部环境等2个问题的建议');
    expect(draft.content).toContain('园区道路破损');
    expect(draft.findingIds).toEqual([f1.id, f2.id]);
  });

  const CREATE_SUGGESTION = `mutation($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status title sourceKind sourceId findings { id } } }`;
  const suggestionCount = async () => (await app.db.query(`SELECT count(*)::int AS n FROM suggestion`))[0].n as number;
  const linkOf = async (findingId: string) => (await app.db.query(`SELECT suggestion_id FROM finding WHERE id = $1`, [findingId]))[0].suggestion_id as number | null;

  /** An inspection under way with two attending deputies, the first of whom raised `titles` (all of them). */
  async function inspectionWithFindings(titles: string[]) {
    const a = await newActivity({ congressId: ids.districtCongress });
    const [d1, d2] = ids.groupBMembers;
    await q(INVITE, { id: a.id, input: { deputyIds: [d1, d2] } });
    let v = (await q(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } })).changeActivityStatus.version;
    v = (await q(STEP, { id: a.id, input: { action: 'START', version: v } })).changeActivityStatus.version;
    await q(`mutation($id: ID!, $d: [ID!]) { signInToActivity(activityId: $id, deputyIds: $d) { id } }`, { id: a.id, d: [d1, d2] });
    const findings = [];
    for (const title of titles) findings.push((await q(CREATE_FINDING, { a: a.id, input: { title, responsibleOrganizationId: ids.unitA, raisedByDeputyId: d1 } })).createFinding);
    return { lead: d1!, coSigner: d2!, findings };
  }

  /** The input the admin sends after the draft: everything as proposed, kept as a draft. */
  async function draftInput(findingIds: string[]) {
    const d = (await q(`query($ids: [ID!]!) { suggestionDraftFromFindings(findingIds: $ids) { title content termId sessionId leadDeputy { id } coSigners { id } } }`, { ids: findingIds })).suggestionDraftFromFindings;
    return {
      kind: 'SUGGESTION', field: 'OTHER', title: d.title, content: d.content, termId: d.termId, sessionId: d.sessionId, leadDeputyId: d.leadDeputy.id,
      coSignerIds: d.coSigners.map((c: any) => c.id), findingIds, submit: false,
    };
  }

  it('makes a DRAFT suggestion from two findings, linked both ways and audited, in one transaction', async () => {
    const { lead, coSigner, findings: [f1, f2] } = await inspectionWithFindings(['园区路灯损坏', '园区公交班次少']);
    const input = await draftInput([f1.id, f2.id]);
    // The district's 14th term is the latest begun by 2030; none of its sessions is after the inspection: in recess.
    const [term] = await app.db.query(`SELECT t.id FROM term t WHERE t.congress_id = $1 ORDER BY t.start_date DESC LIMIT 1`, [ids.districtCongress]);
    expect(input).toMatchObject({ termId: String(term.id), sessionId: null, leadDeputyId: lead, coSignerIds: [coSigner] });

    const before = await suggestionCount();
    expect((await fails(CREATE_SUGGESTION, { input: { ...input, submit: true } })).extensions!.messageKey).toBe('suggestion.findingsMakeDraft');
    const made = (await q(CREATE_SUGGESTION, { input })).createSuggestion;
    expect(made).toMatchObject({ status: 'DRAFT', sourceKind: 'INSPECTION_FINDING', sourceId: f1.id, findings: [{ id: f1.id }, { id: f2.id }] });
    expect(await suggestionCount()).toBe(before + 1);
    const back = await q(`query($a: ID!, $b: ID!) { a: finding(id: $a) { suggestionId suggestion { id title status } } b: finding(id: $b) { suggestion { id } } }`, { a: f1.id, b: f2.id });
    expect(back.a).toEqual({ suggestionId: made.id, suggestion: { id: made.id, title: input.title, status: 'DRAFT' } });
    expect(back.b.suggestion.id).toBe(made.id);
    const audited = await app.db.query(
      `SELECT entity, action, entity_id FROM audit_log WHERE (entity = 'Suggestion' AND entity_id = $1) OR (entity = 'Finding' AND entity_id = ANY($2) AND after->>'suggestionId' = $1) ORDER BY entity = 'Finding', entity_id::int`,
      [made.id, [f1.id, f2.id]],
    );
    expect(audited.map((r: any) => `${r.entity} ${r.action} ${r.entity_id}`)).toEqual([`Suggestion INSERT ${made.id}`, `Finding UPDATE ${f1.id}`, `Finding UPDATE ${f2.id}`]);

    // A finding taken already refuses the whole request, naming that suggestion; nothing is written.
    const [f3] = (await inspectionWithFindings(['园区停车难'])).findings;
    const again = await draftInput([f3.id]);
    const before2 = await suggestionCount();
    const e = await fails(CREATE_SUGGESTION, { input: { ...again, findingIds: [f3.id, f2.id] } });
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'suggestion.findingLinked' });
    expect(e.message).toBe(`问题“园区公交班次少”已转为建议 #${made.id}“${input.title}”,不能再转为另一件建议`);
    const en = (await app.gql(CREATE_SUGGESTION, { input: { ...again, findingIds: [f3.id, f2.id] } }, { token: staff, lang: 'en' })).errors![0]!;
    expect(en.message).toBe(`The finding "园区公交班次少" already became suggestion #${made.id} "${input.title}": it cannot become another one`);
    // A refusal after the suggestion is written and linked (the lead named as a co-signer) undoes both.
    expect((await fails(CREATE_SUGGESTION, { input: { ...again, coSignerIds: [again.leadDeputyId] } })).extensions!.messageKey).toBe('suggestion.coSignerIsLead');
    expect(await suggestionCount()).toBe(before2);
    expect(await linkOf(f3.id)).toBeNull();
    expect(await linkOf(f2.id)).toBe(Number(made.id));
  });

  it('says in the timeline where the draft came from, in the reader\'s language: the source and the findings\' titles', async () => {
    const { findings: [f1, f2] } = await inspectionWithFindings(['园区排水不畅', '园区照明不足']);
    const made = (await q(CREATE_SUGGESTION, { input: await draftInput([f1.id, f2.id]) })).createSuggestion;
    const TIMELINE = `query($id: ID!) { suggestion(id: $id) { timeline { action note } } }`;
    const timeline = async (lang: string) => (await app.gql(TIMELINE, { id: made.id }, { token: staff, lang })).data.suggestion.timeline;
    expect(await timeline('zh-CN')).toEqual([{ action: 'DRAFT_CREATED', note: '来源:视察发现的问题(“园区排水不畅”、“园区照明不足”)' }]);
    expect(await timeline('en')).toEqual([{ action: 'DRAFT_CREATED', note: 'Source: Inspection finding ("园区排水不畅", "园区照明不足")' }]);

    // Notes stored before as codes and ids read the same way once migrated (a finding gone by its id);
    // a person's words that only look like one stay as written.
    await app.db.query(
      `INSERT INTO suggestion_event (suggestion_id, action, actor_name, note) VALUES
         ($1, 'DRAFT_CREATED', 'system', $2), ($1, 'DRAFT_CREATED', 'system', 'INSPECTION_FINDING #2147483000'),
         ($1, 'DRAFT_CREATED', 'system', 'VOTER_OPINION #12'), ($1, 'ASSIGN', 'staff', 'INSPECTION_FINDING #1')`,
      [made.id, `INSPECTION_FINDING #${f1.id}, #${f2.id}`],
    );
    await app.db.query(LEGACY_SOURCE_NOTES_SQL);
    expect((await timeline('en')).map((e: any) => e.note)).toEqual([
      'Source: Inspection finding ("园区排水不畅", "园区照明不足")', 'Source: Inspection finding ("园区排水不畅", "园区照明不足")',
      'Source: Inspection finding (#2147483000)', 'Source: Voter opinion (#12)', 'INSPECTION_FINDING #1',
    ]);
    expect((await timeline('zh-CN'))[3].note).toBe('来源:选民意见(#12)');
  });

  it('answers a finding the viewer may not see as not found, and lets no handling unit make suggestions', async () => {
    const { lead, findings: [f] } = await inspectionWithFindings(['园区绿化缺失']);
    const input = await draftInput([f.id]);
    const before = await suggestionCount();
    // The unit responsible for the finding sees it, but suggestions are the deputies'.
    const unit = await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: Number(ids.unitA) });
    expect((await fails(CREATE_SUGGESTION, { input }, unit.token)).extensions!.code).toBe('FORBIDDEN');
    // The proposed lead deputy may make suggestions but sees no findings: as if there were none.
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(lead) });
    const hidden = await fails(CREATE_SUGGESTION, { input }, deputy.token);
    const missing = await fails(CREATE_SUGGESTION, { input: { ...input, findingIds: ['999999'] } }, deputy.token);
    expect(hidden.extensions!.code).toBe('NOT_FOUND');
    expect(hidden.message.replace(f.id, '')).toBe(missing.message.replace('999999', ''));
    expect(await suggestionCount()).toBe(before);
    expect(await linkOf(f.id)).toBeNull();

    // Made by staff, each end shows only what the viewer may see of the other.
    const made = (await q(CREATE_SUGGESTION, { input })).createSuggestion;
    const own = await q(`query($id: ID!) { suggestion(id: $id) { id findings { id } } }`, { id: made.id }, deputy.token);
    expect(own.suggestion).toEqual({ id: made.id, findings: [] });
    const seen = await q(`query($id: ID!) { finding(id: $id) { suggestionId suggestion { id } } }`, { id: f.id }, unit.token);
    expect(seen.finding).toEqual({ suggestionId: made.id, suggestion: null });
  });
});

describe('annual plan', () => {
  it('compares planned with held per month and per organiser, and lists overdue items', async () => {
    const plan = (await q(`mutation($c: ID!) { createAnnualPlan(input: { year: 2031, congressId: $c, title: "2031 年代表活动计划" }) { id } }`, { c: ids.districtCongress })).createAnnualPlan;
    const add = `mutation($p: ID!, $input: PlanItemInput!) { addPlanItem(planId: $p, input: $input) { id } }`;
    const held = (await q(add, { p: plan.id, input: { title: '工业项目视察', type: 'INSPECTION', month: 3, organizerGroupId: ids.groupA } })).addPlanItem;
    const missed = (await q(add, { p: plan.id, input: { title: '社区服务调研', type: 'SURVEY', month: 4, organizerGroupId: ids.groupA } })).addPlanItem;
    await q(add, { p: plan.id, input: { title: '代表座谈会', type: 'FORUM', month: 11 } });
    expect((await fails(add, { p: plan.id, input: { title: '十三月', type: 'FORUM', month: 13 } })).extensions!.messageKey).toBe('activity.badMonth');
    const a = await newActivity({ planItemId: held.id, organizerGroupId: ids.groupA, startDate: '2031-03-15', endDate: '2031-03-15' });
    await q(INVITE, { id: a.id, input: { deputyIds: [ids.groupAMembers[0]] } });
    let v = a.version;
    for (const action of ['NOTIFY', 'START', 'COMPLETE']) v = (await q(STEP, { id: a.id, input: { action, version: v } })).changeActivityStatus.version;
    const view = await q(`query($id: ID!) { annualPlan(id: $id) { items { id progress } execution(asOf: "2031-06-30") { planned held overdue inProgress byMonth { month planned held overdue } byOrganizer { organizerGroupId organizerName planned held overdue } overdueItems { id } } } }`, { id: plan.id });
    const ex = view.annualPlan.execution;
    expect(ex).toMatchObject({ planned: 3, held: 1, overdue: 1, inProgress: 0 });
    expect(ex.byMonth[2]).toEqual({ month: 3, planned: 1, held: 1, overdue: 0 });
    expect(ex.byMonth[3]).toEqual({ month: 4, planned: 1, held: 0, overdue: 1 });
    expect(ex.byOrganizer.find((o: any) => o.organizerGroupId === ids.groupA)).toMatchObject({ planned: 2, held: 1, overdue: 1 });
    expect(ex.byOrganizer.find((o: any) => o.organizerGroupId === null)).toMatchObject({ organizerName: '常委会', planned: 1, held: 0, overdue: 0 });
    const en = await app.gql(`query($id: ID!) { annualPlan(id: $id) { execution(asOf: "2031-06-30") { byOrganizer { organizerGroupId organizerName } } } }`, { id: plan.id }, { token: staff, lang: 'en' });
    expect(en.data.annualPlan.execution.byOrganizer.find((o: any) => o.organizerGroupId === null).organizerName).toBe('Standing committee');
    expect(ex.overdueItems.map((i: any) => i.id)).toEqual([missed.id]);
    expect(view.annualPlan.items.find((i: any) => i.id === held.id).progress).toBe('HELD');
    expect((await fails(`mutation($c: ID!) { createAnnualPlan(input: { year: 2031, congressId: $c, title: "重复" }) { id } }`, { c: ids.districtCongress })).extensions!.code).toBe('CONFLICT');
  });
});

describe('an activity and its plan item', () => {
  it('are of the same year, on creation, on a new start date or plan item, and for a training', async () => {
    const [old] = await app.db.query(
      `SELECT pi.id, pi.title FROM plan_item pi JOIN annual_plan p ON p.id = pi.plan_id WHERE p.year = 2005 AND p.congress_id = $1 ORDER BY pi.id LIMIT 1`, [ids.districtCongress],
    );
    const plan = (await q(`mutation($c: ID!) { createAnnualPlan(input: { year: 2033, congressId: $c, title: "2033 年代表活动计划" }) { id } }`, { c: ids.districtCongress })).createAnnualPlan;
    const item = (await q(`mutation($p: ID!, $input: PlanItemInput!) { addPlanItem(planId: $p, input: $input) { id } }`, { p: plan.id, input: { title: '水环境治理视察', type: 'INSPECTION', month: 5 } })).addPlanItem;
    const input = { title: '单项视察', type: 'INSPECTION', congressId: ids.districtCongress, planItemId: String(old.id), startDate: '2026-05-10' };
    const count = async () => (await app.db.query(`SELECT count(*)::int AS n FROM activity`))[0].n as number;
    const before = await count();

    // A 2026 activity for an item of the 2005 plan: refused, naming both years, in the reader's language.
    const zh = await fails(CREATE, { input });
    expect(zh.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'activity.planYearMismatch' });
    expect(zh.message).toBe(`活动开始于 2026-05-10(2026 年),计划项目“${old.title}”属于 2005 年的计划`);
    const en = (await app.gql(CREATE, { input }, { token: staff, lang: 'en' })).errors![0]!;
    expect(en.message).toBe(`The activity starts on 2026-05-10, in 2026, but the plan item "${old.title}" is in the 2005 plan`);
    const TRAINING = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`;
    expect((await fails(TRAINING, { input: { ...input, type: 'TRAINING', mode: 'CONCENTRATED', hours: 4 } })).extensions!.messageKey).toBe('activity.planYearMismatch');
    expect(await count()).toBe(before);

    // In the plan's year it is accepted; moving it out of that year, or onto another year's item, is not.
    const a = (await q(CREATE, { input: { ...input, planItemId: item.id, startDate: '2033-05-10' } })).createActivity;
    const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id version startDate planItem { id } } }`;
    expect((await fails(UPDATE, { id: a.id, input: { version: a.version, startDate: '2034-01-05', endDate: '2034-01-05' } })).message)
      .toBe('活动开始于 2034-01-05(2034 年),计划项目“水环境治理视察”属于 2033 年的计划');
    expect((await fails(UPDATE, { id: a.id, input: { version: a.version, planItemId: String(old.id) } })).extensions!.messageKey).toBe('activity.planYearMismatch');
    const [row] = await app.db.query(`SELECT start_date::text AS start, plan_item_id FROM activity WHERE id = $1`, [a.id]);
    expect(row).toEqual({ start: '2033-05-10', plan_item_id: Number(item.id) });
    // Off the plan, any date will do; back on it, with a date of its year.
    const off = (await q(UPDATE, { id: a.id, input: { version: a.version, planItemId: null, startDate: '2034-01-05', endDate: '2034-01-05' } })).updateActivity;
    expect(off).toMatchObject({ startDate: '2034-01-05', planItem: null });
    const back = (await q(UPDATE, { id: a.id, input: { version: off.version, planItemId: item.id, startDate: '2033-06-01', endDate: '2033-06-01' } })).updateActivity;
    expect(back).toMatchObject({ startDate: '2033-06-01', planItem: { id: item.id } });
  });
});

describe('stops and the report', () => {
  it('keeps the visiting order, reorders in place, and will not drop a stop with findings', async () => {
    const a = await activityIn('IN_PROGRESS');
    const SAVE = `mutation($id: ID!, $s: [StopInput!]!) { saveActivityStops(activityId: $id, stops: $s) { id sequence organization { id } } }`;
    const [o1, o2, o3] = [ids.unitA, ids.unitB, ids.org];
    const first = (await q(SAVE, { id: a.id, s: [{ organizationId: o1, visitDate: '2030-05-10' }, { organizationId: o2, visitDate: '2030-05-10' }, { organizationId: o3, visitDate: '2030-05-11' }] })).saveActivityStops;
    expect(first.map((s: any) => s.sequence)).toEqual([1, 2, 3]);
    const [s1, s2, s3] = first;
    await q(CREATE_FINDING, { a: a.id, input: { title: '在第二站发现', stopId: s2.id } });
    const reordered = (await q(SAVE, { id: a.id, s: [{ id: s3.id, organizationId: o3, visitDate: '2030-05-11' }, { id: s2.id, organizationId: o2, visitDate: '2030-05-10' }, { id: s1.id, organizationId: o1, visitDate: '2030-05-10' }] })).saveActivityStops;
    expect(reordered.map((s: any) => [s.id, s.sequence])).toEqual([[s3.id, 1], [s2.id, 2], [s1.id, 3]]);
    const refused = await fails(SAVE, { id: a.id, s: [{ id: s1.id, organizationId: o1, visitDate: '2030-05-10' }] });
    expect(refused.extensions!.messageKey).toBe('activity.stopInUse');
    // Only on the activity's own dates (2030-05-10 to 05-11), and nothing is changed otherwise.
    const [org] = await app.db.query(`SELECT name FROM organization WHERE id = $1`, [o1]);
    for (const day of ['2030-05-09', '2030-05-12']) {
      const late = await app.gql(SAVE, { id: a.id, s: [{ id: s3.id, organizationId: o3, visitDate: '2030-05-11' }, { id: s2.id, organizationId: o2, visitDate: '2030-05-10' }, { id: s1.id, organizationId: o1, visitDate: day }] }, { token: staff });
      expect(late.errors![0]!.extensions!.messageKey).toBe('activity.stopOutsideDates');
      expect(late.errors![0]!.message).toBe(`视察“${org.name}”的日期 ${day} 不在活动日期(2030-05-10 至 2030-05-11)之内`);
    }
    const en = await app.gql(SAVE, { id: a.id, s: [{ id: s3.id, organizationId: o3, visitDate: '2030-05-11' }, { id: s2.id, organizationId: o2, visitDate: '2030-05-10' }, { id: s1.id, organizationId: o1, visitDate: '2030-05-10' }, { organizationId: o1, visitDate: '2030-06-01' }] }, { token: staff, lang: 'en' });
    expect(en.errors![0]!.message).toBe(`The visit to "${org.name}" on 2030-06-01 is outside the activity's dates (2030-05-10 to 2030-05-11)`);
    const stops = (await q(`query($id: ID!) { activity(id: $id) { stops { id sequence } } }`, { id: a.id })).activity.stops;
    expect(stops.map((s: any) => s.id)).toEqual([s3.id, s2.id, s1.id]);
  });

  it('serves the report\'s files to who may see the activity, and to nobody else', async () => {
    const a = await newActivity();
    const deputyId = ids.groupAMembers[2]!;
    await q(INVITE, { id: a.id, input: { deputyIds: [deputyId] } });
    let v = (await q(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } })).changeActivityStatus.version;
    v = (await q(STEP, { id: a.id, input: { action: 'START', version: v } })).changeActivityStatus.version;
    const file = await upload(staff, '视察报告.txt', Buffer.from('视察报告正文'));
    const saved = await q(`mutation($id: ID!, $f: [ID!]) { saveActivityReport(activityId: $id, input: { title: "视察报告", content: "正文", attachmentIds: $f }) { id attachments { id filename size } } }`, { id: a.id, f: [file.id] });
    expect(saved.saveActivityReport.attachments).toEqual([{ id: file.id, filename: '视察报告.txt', size: Buffer.byteLength('视察报告正文') }]);
    const get = (token: string) => fetch(`${app.url}/files/${file.id}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    const invited = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(deputyId) });
    const outsider = await app.userWithRole('DEPUTY', { scopeDeputyId: Number(ids.groupBMembers[3]) });
    const unit = await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: Number(ids.unitA) });
    expect(await get(invited.token)).toBe(200);
    expect(await get(outsider.token)).toBe(404);
    expect(await get(unit.token)).toBe(404);
  });
});

describe('statement counts', () => {
  /** An activity with something at every nested level, so pages differ only in size. */
  async function fullActivity(tag: string) {
    const a = await newActivity({ title: `${tag} 满载活动` });
    await q(`mutation($id: ID!) { saveImplementationPlan(activityId: $id, input: { aims: "目的", itinerary: "行程", preparation: "准备", leaders: ["领导"] }) { id } }`, { id: a.id });
    await q(INVITE, { id: a.id, input: { deputyIds: ids.groupBMembers.slice(0, 3) } });
    let v = (await q(STEP, { id: a.id, input: { action: 'NOTIFY', version: a.version } })).changeActivityStatus.version;
    v = (await q(STEP, { id: a.id, input: { action: 'START', version: v } })).changeActivityStatus.version;
    const stops = (await q(`mutation($id: ID!, $o: ID!) { saveActivityStops(activityId: $id, stops: [{ organizationId: $o, visitDate: "2030-05-10" }]) { id } }`, { id: a.id, o: ids.org })).saveActivityStops;
    const file = await upload(staff, 'r.txt', Buffer.from('报告'));
    await q(`mutation($id: ID!, $f: [ID!]) { saveActivityReport(activityId: $id, input: { title: "报告", content: "正文", attachmentIds: $f }) { id } }`, { id: a.id, f: [file.id] });
    const f = (await q(CREATE_FINDING, { a: a.id, input: { title: `${tag} 问题`, stopId: stops[0].id, responsibleOrganizationId: ids.unitA, raisedByDeputyId: ids.groupBMembers[0] } })).createFinding;
    const evidence = await upload(staff, 'e.png', PNG);
    await q(`mutation($id: ID!, $f: [ID!]) { reportOnFinding(id: $id, input: { kind: PROGRESS, note: "进展", attachmentIds: $f }) { id } }`, { id: f.id, f: [evidence.id] });
  }

  it('do not grow with the page size (activities and findings with their nested fields)', async () => {
    const tag = `计数${Date.now() % 100000}`;
    for (let i = 0; i < 6; i++) await fullActivity(tag);
    const pg = await import('pg');
    const proto = pg.default.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    let count = 0;
    proto.query = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
    // The fewest of three runs: loads of one entity from two branches coalesce or not depending
    // on which pool connection answers first, which moves the count by one or two either way.
    const measure = async (query: string, first: number) => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        count = 0;
        const r = await app.gql(query, { first, s: tag }, { token: staff });
        expect(r.errors).toBeUndefined();
        const list = r.data.activities ?? r.data.findings;
        expect(list.nodes).toHaveLength(first);
        counts.push(count);
      }
      return Math.min(...counts);
    };
    try {
      const ACTS = `query($first: Int, $s: String) { activities(first: $first, filter: { search: $s }) { nodes { id congress { name } organizerGroup { name } planItem { title } implementationPlan { aims noticeReceipts { readAt deputy { name } } } attendance { invited } participants { status deputy { name } } stops { organization { name } } report { attachments { id } } findings { title responsibleOrganization { name } updates { kind authorName attachments { id } } } notices { readCount } training { mode } allowedActions } } }`;
      const FINDS = `query($first: Int, $s: String) { findings(first: $first, filter: { search: $s }) { nodes { id activity { title } activityTitle stop { organization { name } } responsibleOrganization { name } raisedByDeputy { name } updates { kind authorOrganization { name } attachments { id } } latestClaim { note } overdue allowedActions } } }`;
      expect(await measure(ACTS, 6)).toBe(await measure(ACTS, 2));
      expect(await measure(FINDS, 6)).toBe(await measure(FINDS, 2));
    } finally {
      proto.query = original;
    }
  });
});
