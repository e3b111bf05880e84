import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFrom, SUGGESTION_ACTIONS, SUGGESTION_STATUS_LABELS, SUGGESTION_STATUSES, SUGGESTION_TRANSITIONS, type SuggestionAction, type SuggestionStatus } from '@luzhi/shared';
import { startTestApp, type TestApp } from './helpers';
import { ok, Q, suggestionFixture, type SuggestionFixture } from './suggestion-fixtures';

let app: TestApp;
let fx: SuggestionFixture;
let staff: string;
let unitA: string;
beforeAll(async () => {
  app = await startTestApp();
  fx = await suggestionFixture(app);
  staff = (await app.userWithRole('STAFF')).token;
  unitA = (await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: fx.unitIds[0] })).token;
});
afterAll(() => app?.close());

const get = async (id: string) => (await ok(app, Q.get, { id }, staff)).suggestion;

/** Takes one lifecycle action on a suggestion with what that action needs. */
async function act(id: string, action: SuggestionAction) {
  const s = await get(id);
  const v = s.version;
  switch (action) {
    case 'SUBMIT': return app.gql(Q.submit, { id, v }, { token: staff });
    case 'REGISTER': return app.gql(Q.register, { id, v }, { token: staff });
    case 'ASSIGN': return app.gql(Q.assign, { id, input: { version: v, leadUnitId: String(fx.unitIds[0]), coUnitIds: [String(fx.unitIds[2])] } }, { token: staff });
    case 'REASSIGN': return app.gql(Q.reassign, { id, input: { version: v, leadUnitId: String(fx.unitIds[1]), coUnitIds: [String(fx.unitIds[2])] } }, { token: staff });
    case 'ACCEPT_RETURN': {
      const lead = s.assignments.find((a: any) => a.role === 'LEAD' && a.status === 'ACTIVE');
      const asked = await ok(app, Q.requestReturn, { id: lead.id, input: { version: lead.version, reason: '不属于本单位职责' } }, unitA);
      return app.gql(Q.decideReturn, { id: lead.id, input: { version: asked.requestAssignmentReturn.version, accept: true, note: '同意退回' } }, { token: staff });
    }
    case 'START_HANDLING': return app.gql(Q.start, { id, v }, { token: staff });
    case 'REPLY': return app.gql(Q.reply, { id, input: { version: v, category: 'B', content: '已列入计划', commitments: [{ content: '年底前完成', dueDate: '2030-12-31' }] } }, { token: staff });
    case 'RATE': return app.gql(Q.feedback, { id, input: { version: v, verdict: 'SATISFIED', comment: '满意' } }, { token: staff });
    case 'RATE_UNSATISFIED': return app.gql(Q.feedback, { id, input: { version: v, verdict: 'UNSATISFIED', comment: '不满意' } }, { token: staff });
    case 'FOLLOW_UP': return app.gql(Q.followUp, { id, v }, { token: staff });
    case 'CLOSE': return app.gql(Q.close, { id, v }, { token: staff });
  }
}

/** The shortest way to each state from a new draft. */
const PATH: Record<SuggestionStatus, SuggestionAction[]> = {
  DRAFT: [],
  SUBMITTED: ['SUBMIT'],
  REGISTERED: ['SUBMIT', 'REGISTER'],
  ASSIGNED: ['SUBMIT', 'REGISTER', 'ASSIGN'],
  HANDLING: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING'],
  REPLIED: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING', 'REPLY'],
  RATED: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING', 'REPLY', 'RATE'],
  REHANDLING: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING', 'REPLY', 'RATE_UNSATISFIED'],
  FOLLOWING_UP: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING', 'REPLY', 'RATE', 'FOLLOW_UP'],
  CLOSED: ['SUBMIT', 'REGISTER', 'ASSIGN', 'START_HANDLING', 'REPLY', 'RATE', 'CLOSE'],
};

let counter = 0;
async function suggestionIn(state: SuggestionStatus): Promise<string> {
  const created = await ok(app, Q.create, {
    input: { kind: 'SUGGESTION', title: `状态机测试建议 ${++counter} ${state}`, content: '内容', field: 'OTHER', sessionId: String(fx.sessionId), leadDeputyId: String(fx.deputyIds[0]), coSignerIds: [String(fx.deputyIds[1])], submit: false },
  }, staff);
  const id = created.createSuggestion.id;
  for (const step of PATH[state]) {
    const r = await act(id, step);
    if (r.errors) throw new Error(`${state} via ${step}: ${JSON.stringify(r.errors)}`);
  }
  expect((await get(id)).status).toBe(state);
  return id;
}

describe('the suggestion lifecycle on the server', () => {
  it.each(SUGGESTION_TRANSITIONS.flatMap((t) => t.from.map((from) => [from, t.action, t.to] as const)))('allows %s --%s--> %s and writes it to the timeline', async (from, action, to) => {
    const id = await suggestionIn(from);
    const r = await act(id, action);
    expect(r.errors).toBeUndefined();
    const s = await get(id);
    expect(s.status).toBe(to);
    const last = s.timeline.filter((e: any) => e.fromStatus && e.toStatus).at(-1);
    expect(last).toMatchObject({ action, fromStatus: from, toStatus: to });
    expect(last.actorName).toBeTruthy();
  });

  it.each(SUGGESTION_STATUSES)('refuses every other action from %s with INVALID_TRANSITION naming the allowed ones', async (state) => {
    const id = await suggestionIn(state);
    const before = await get(id);
    // A return is accepted on a pending request, which only ASSIGNED and HANDLING can have: covered below.
    const forbidden = SUGGESTION_ACTIONS.filter((a) => !actionsFrom(state).includes(a) && a !== 'ACCEPT_RETURN');
    for (const action of forbidden) {
      const r = await act(id, action);
      expect(r.errors?.[0]?.extensions?.code, `${state} ${action}`).toBe('INVALID_TRANSITION');
      expect(r.errors![0]!.extensions!.messageKey).toBe('common.invalidTransition');
      expect(r.errors![0]!.extensions!.details.allowed).toEqual(actionsFrom(state));
      expect(r.errors![0]!.message).toContain(`“${SUGGESTION_STATUS_LABELS[state].zh}”`);
    }
    const after = await get(id);
    expect(after.status).toBe(state);
    expect(after.version).toBe(before.version);
    expect(after.timeline).toHaveLength(before.timeline.length);
  });

  it('refuses to accept a return once the suggestion has been replied', async () => {
    const id = await suggestionIn('ASSIGNED');
    const s = await get(id);
    const lead = s.assignments.find((a: any) => a.role === 'LEAD');
    const asked = await ok(app, Q.requestReturn, { id: lead.id, input: { version: lead.version, reason: '不属于本单位职责' } }, unitA);
    expect((await act(id, 'REPLY')).errors).toBeUndefined();
    const r = await app.gql(Q.decideReturn, { id: lead.id, input: { version: asked.requestAssignmentReturn.version, accept: true } }, { token: staff });
    expect(r.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    expect(r.errors![0]!.extensions!.details.allowed).toEqual(['RATE', 'RATE_UNSATISFIED']);
  });

  it('says it in English too', async () => {
    const id = await suggestionIn('CLOSED');
    const r = await app.gql(Q.submit, { id, v: (await get(id)).version }, { token: staff, lang: 'en' });
    expect(r.errors![0]!.message).toBe('This suggestion is "Closed": it cannot "Submit" now; possible now: nothing');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const id = await suggestionIn('SUBMITTED');
    const s = await get(id);
    const r = await app.gql(Q.register, { id, v: s.version - 1 }, { token: staff });
    expect(r.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await get(id)).status).toBe('SUBMITTED');
  });

  it('keeps the reply round: UNSATISFIED opens round 2 and the next reply answers it', async () => {
    const id = await suggestionIn('REHANDLING');
    expect((await get(id)).currentRound).toBe(2);
    await act(id, 'REPLY');
    const s = await get(id);
    expect(s.status).toBe('REPLIED');
    expect(s.timeline.filter((e: any) => e.action === 'REPLY').map((e: any) => e.round)).toEqual([1, 2]);
  });

  it('requires commitments for B and C replies and refuses them for A and D', async () => {
    const id = await suggestionIn('HANDLING');
    const v = (await get(id)).version;
    const noCommitment = await app.gql(Q.reply, { id, input: { version: v, category: 'C', content: '条件限制' } }, { token: staff });
    expect(noCommitment.errors![0]!.extensions!.messageKey).toBe('suggestion.commitmentsRequired');
    const withCommitment = await app.gql(Q.reply, { id, input: { version: v, category: 'A', content: '已解决', commitments: [{ content: '年底前完成', dueDate: '2030-01-01' }] } }, { token: staff });
    expect(withCommitment.errors![0]!.extensions!.messageKey).toBe('suggestion.commitmentsNotAllowed');
    expect((await get(id)).status).toBe('HANDLING');
  });
});
