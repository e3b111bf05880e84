import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInChina } from '@luzhi/shared';
import { startTestApp, type TestApp } from './helpers';
import { ok, Q, suggestionFixture, type SuggestionFixture } from './suggestion-fixtures';

let app: TestApp;
let fx: SuggestionFixture;
let staff: string;
let unitA: string;
beforeAll(async () => {
  app = await startTestApp();
  fx = await suggestionFixture(app, { deputies: 12 });
  staff = (await app.userWithRole('STAFF')).token;
  unitA = (await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: fx.unitIds[0] })).token;
  // The 2025 National Day holiday: 1–8 October off, Sunday 28 September and Saturday 11 October worked.
  for (const day of [1, 2, 3, 4, 5, 6, 7, 8]) await ok(app, `mutation($i: HolidayInput!) { addHoliday(input: $i) { id } }`, { i: { date: `2025-10-0${day}`, name: '国庆节、中秋节' } }, staff);
  for (const date of ['2025-09-28', '2025-10-11']) await ok(app, `mutation($i: HolidayInput!) { addHoliday(input: $i) { id } }`, { i: { date, name: '调休上班', kind: 'WORKDAY' } }, staff);
});
afterAll(() => app?.close());

const get = async (id: string) => (await ok(app, Q.get, { id }, staff)).suggestion;

async function registered(opts: { kind?: string; coSigners?: number; session?: boolean } = {}) {
  const created = await ok(app, Q.create, {
    input: {
      kind: opts.kind ?? 'SUGGESTION', title: '规则测试建议', content: '内容', field: 'OTHER', sessionId: opts.session === false ? null : String(fx.sessionId),
      termId: String(fx.termId), leadDeputyId: String(fx.deputyIds[0]), coSignerIds: fx.deputyIds.slice(1, 1 + (opts.coSigners ?? 1)).map(String),
    },
  }, staff);
  const id = created.createSuggestion.id;
  const reg = await ok(app, Q.register, { id, v: created.createSuggestion.version }, staff);
  return { id, version: reg.registerSuggestion.version as number, registered: reg.registerSuggestion };
}

describe('due dates', () => {
  it('gives 3 months to reply, 1 month for co-units\' views, and 7 working days to return, skipping a holiday', async () => {
    const { id, version } = await registered();
    await ok(app, Q.assign, { id, input: { version, leadUnitId: String(fx.unitIds[0]), coUnitIds: [String(fx.unitIds[1])], assignedOn: '2025-09-26' } }, staff);
    const s = await get(id);
    const lead = s.assignments.find((a: any) => a.role === 'LEAD');
    const co = s.assignments.find((a: any) => a.role === 'CO');
    // Friday 26 September: Sun 28 (worked), Mon 29, Tue 30, [1–8 off], Thu 9, Fri 10, Sat 11 (worked), Mon 13.
    expect(lead).toMatchObject({ dueDate: '2025-12-26', returnDeadline: '2025-10-13', viewsDueDate: null });
    expect(co).toMatchObject({ dueDate: '2025-12-26', returnDeadline: '2025-10-13', viewsDueDate: '2025-10-26' });
    expect(s).toMatchObject({ assignedOn: '2025-09-26', replyDueDate: '2025-12-26' });
  });

  it('refuses a return after the window and names the deadline', async () => {
    const { id, version } = await registered();
    await ok(app, Q.assign, { id, input: { version, leadUnitId: String(fx.unitIds[0]), assignedOn: '2025-09-26' } }, staff);
    const lead = (await get(id)).assignments[0];
    const r = await app.gql(Q.requestReturn, { id: lead.id, input: { version: lead.version, reason: '不属于本单位职责' } }, { token: unitA });
    expect(r.errors![0]!.extensions!.messageKey).toBe('suggestion.returnWindowClosed');
    expect(r.errors![0]!.message).toBe('申请退回须在交办后 7 个工作日内(截至 2025-10-13)');
  });

  it('lets a unit return an assignment in time; staff refuse, or accept and re-assign with fresh dates', async () => {
    const { id, version } = await registered();
    await ok(app, Q.assign, { id, input: { version, leadUnitId: String(fx.unitIds[0]), coUnitIds: [String(fx.unitIds[2])] } }, staff);
    let lead = (await get(id)).assignments.find((a: any) => a.role === 'LEAD');
    let asked = await ok(app, Q.requestReturn, { id: lead.id, input: { version: lead.version, reason: '不属于本单位职责' } }, unitA);
    expect(asked.requestAssignmentReturn.status).toBe('RETURN_REQUESTED');
    await ok(app, Q.decideReturn, { id: lead.id, input: { version: asked.requestAssignmentReturn.version, accept: false, note: '属于你单位职责' } }, staff);
    lead = (await get(id)).assignments.find((a: any) => a.role === 'LEAD');
    expect(lead.status).toBe('ACTIVE');
    asked = await ok(app, Q.requestReturn, { id: lead.id, input: { version: lead.version, reason: '再次申请' } }, unitA);
    await ok(app, Q.decideReturn, { id: lead.id, input: { version: asked.requestAssignmentReturn.version, accept: true, newLeadUnitId: String(fx.unitIds[1]) } }, staff);
    const s = await get(id);
    expect(s.status).toBe('ASSIGNED');
    expect(s.leadUnit.id).toBe(String(fx.unitIds[1]));
    const current = s.assignments.filter((a: any) => a.status === 'ACTIVE');
    expect(current.map((a: any) => [a.role, a.organization.id]).sort()).toEqual([['CO', String(fx.unitIds[2])], ['LEAD', String(fx.unitIds[1])]]);
    expect(s.assignments.find((a: any) => a.organization.id === String(fx.unitIds[0])).status).toBe('RETURNED');
    expect(s.replyDueDate).toBe(addMonths(todayInChina(), 3));
    expect(s.timeline.map((e: any) => e.action)).toEqual(expect.arrayContaining(['RETURN_REQUESTED', 'RETURN_REFUSED', 'REASSIGN']));
    // The unit that returned it no longer sees it.
    expect((await app.gql(Q.get, { id }, { token: unitA })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('extends to 6 months from assignment when staff approve', async () => {
    const { id, version } = await registered();
    await ok(app, Q.assign, { id, input: { version, leadUnitId: String(fx.unitIds[0]), assignedOn: '2025-09-26' } }, staff);
    const lead = (await get(id)).assignments[0];
    const asked = await ok(app, Q.requestExtension, { id: lead.id, input: { version: lead.version, reason: '涉及多个部门,需要协调' } }, unitA);
    const approved = await ok(app, Q.decideExtension, { id: lead.id, input: { version: asked.requestAssignmentExtension.version, approve: true } }, staff);
    expect(approved.decideAssignmentExtension).toMatchObject({ dueDate: '2026-03-26', extensionStatus: 'APPROVED' });
    expect((await get(id)).replyDueDate).toBe('2026-03-26');
  });

  it('gives the new round 1 month after an UNSATISFIED verdict, and follows a changed rule', async () => {
    const { id, version } = await registered();
    await ok(app, Q.assign, { id, input: { version, leadUnitId: String(fx.unitIds[0]), assignedOn: '2025-01-31' } }, staff);
    let s = await get(id);
    // A unit cannot date its own reply: that would make a late reply look on time.
    const backdated = await app.gql(Q.reply, { id, input: { version: s.version, category: 'D', content: '留作参考', repliedOn: '2025-03-10' } }, { token: unitA });
    expect(backdated.errors![0]!.extensions!.messageKey).toBe('suggestion.datesStaffOnly');
    await ok(app, Q.reply, { id, input: { version: s.version, category: 'D', content: '留作参考', repliedOn: '2025-03-10' } }, staff);
    s = await get(id);
    const rated = await ok(app, Q.feedback, { id, input: { version: s.version, verdict: 'UNSATISFIED', comment: '请重新办理', givenOn: '2025-03-31' } }, staff);
    expect(rated.giveSuggestionFeedback).toMatchObject({ status: 'REHANDLING', currentRound: 2, replyDueDate: '2025-04-30' });

    await ok(app, `mutation { updateSuggestionRules(input: { replyMonths: 2, returnWorkingDays: 5 }) { replyMonths returnWorkingDays } }`, {}, staff);
    const next = await registered();
    await ok(app, Q.assign, { id: next.id, input: { version: next.version, leadUnitId: String(fx.unitIds[0]), assignedOn: '2025-09-26' } }, staff);
    const a = (await get(next.id)).assignments[0];
    // Five working days: Sun 28 (worked), Mon 29, Tue 30, [1–8 off], Thu 9, Fri 10.
    expect(a).toMatchObject({ dueDate: '2025-11-26', returnDeadline: '2025-10-10' });
    await ok(app, `mutation { updateSuggestionRules(input: { replyMonths: 3, returnWorkingDays: 7 }) { replyMonths } }`, {}, staff);
  });
});

describe('motions', () => {
  it('handles a county motion with fewer than 10 signers as a suggestion, with the reason', async () => {
    const short = await registered({ kind: 'MOTION', coSigners: 8 });
    expect(short.registered.kind).toBe('SUGGESTION');
    expect(short.registered.motionConversionReason).toBe('联名代表 9 人,少于区县人大议案所需的 10 人,作为建议处理');
    // The timeline says it in the reader's language.
    const timeline = async (lang: 'zh-CN' | 'en') =>
      (await app.gql(`query($id: ID!) { suggestion(id: $id) { timeline { action note } } }`, { id: short.id }, { token: staff, lang })).data.suggestion.timeline.find((e: any) => e.action === 'MOTION_CONVERTED').note;
    expect(await timeline('zh-CN')).toBe('联名代表 9 人,少于区县人大议案所需的 10 人,作为建议处理');
    expect(await timeline('en')).toMatch(/^9 .*10.*county/i);
    const enough = await registered({ kind: 'MOTION', coSigners: 9 });
    expect(enough.registered.kind).toBe('MOTION');
    expect(enough.registered.registrationNumber).toMatch(/^1届1次-议\d{3}$/);
    const recess = await registered({ kind: 'MOTION', coSigners: 11, session: false });
    expect(recess.registered.kind).toBe('SUGGESTION');
    expect(recess.registered.registrationNumber).toMatch(/^\d{4}闭-建\d{3}$/);
  });

  it('uses the configured number per level', async () => {
    await ok(app, `mutation { updateSuggestionRules(input: { motionMinSignersCounty: 3 }) { motionMinSigners { level signers } } }`, {}, staff);
    const r = await registered({ kind: 'MOTION', coSigners: 2 });
    expect(r.registered.kind).toBe('MOTION');
    const rules = await ok(app, `{ suggestionRules { motionMinSigners { level signers } } }`, {}, staff);
    expect(rules.suggestionRules.motionMinSigners).toContainEqual({ level: 'COUNTY', signers: 3 });
    await ok(app, `mutation { updateSuggestionRules(input: { motionMinSignersCounty: 10 }) { replyMonths } }`, {}, staff);
  });
});

describe('numbers', () => {
  it('numbers suggestions per session, one after another', async () => {
    const a = await registered();
    const b = await registered();
    const n = (x: string) => Number(x.slice(-3));
    expect(n(b.registered.registrationNumber)).toBe(n(a.registered.registrationNumber) + 1);
  });
});
