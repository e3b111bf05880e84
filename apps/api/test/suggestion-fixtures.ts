import { runAsSystem } from '../src/common/request-context';
import type { TestApp } from './helpers';

/** A small registry of its own: one county congress, a term, a session, deputies, units and two groups. */
export interface SuggestionFixture {
  congressId: number;
  termId: number;
  sessionId: number;
  deputyIds: number[];
  unitIds: number[];
  groupIds: number[];
}

let serial = 0;

export async function suggestionFixture(app: TestApp, opts: { deputies?: number; units?: number; level?: string } = {}): Promise<SuggestionFixture> {
  const tag = `${process.pid % 1000}${++serial}`;
  return runAsSystem('test', async () => {
    const q = (sql: string, params: unknown[] = []) => app.db.query(sql, params);
    const [c] = await q(`INSERT INTO congress (name, level, version) VALUES ($1, $2, 1) RETURNING id`, [`测试人大${tag}`, opts.level ?? 'COUNTY']);
    const [t] = await q(`INSERT INTO term (congress_id, number, name, start_date, version) VALUES ($1, 1, '第一届', '2024-01-01', 1) RETURNING id`, [c.id]);
    const [s] = await q(`INSERT INTO congress_session (term_id, number, name, start_date, version) VALUES ($1, 1, $2, '2025-01-05', 1) RETURNING id`, [t.id, `测试人大${tag}第一次会议`]);
    const deputyIds: number[] = [];
    for (let i = 0; i < (opts.deputies ?? 4); i++) {
      const [d] = await q(
        `INSERT INTO deputy (name, name_pinyin, name_initials, gender, party, occupation_category, id_number, phone, version)
         VALUES ($1, 'daibiao', 'db', 'MALE', 'CPC', 'CADRE', $2, '13912345678', 1) RETURNING id`,
        [`代表${tag}-${i}`, `T${tag}${String(i).padStart(6, '0')}`.slice(0, 18)],
      );
      deputyIds.push(d.id);
      await q(`INSERT INTO mandate (deputy_id, term_id, start_date, version) VALUES ($1, $2, '2024-01-01', 1)`, [d.id, t.id]);
    }
    const unitIds: number[] = [];
    for (let i = 0; i < (opts.units ?? 3); i++) {
      const [o] = await q(`INSERT INTO organization (name, kind, handles_suggestions, version) VALUES ($1, 'STATE_ORGAN', true, 1) RETURNING id`, [`承办单位${tag}-${String.fromCharCode(65 + i)}`]);
      unitIds.push(o.id);
    }
    const groupIds: number[] = [];
    for (let g = 0; g < 2; g++) {
      const [grp] = await q(`INSERT INTO deputy_group (term_id, name, basis, version) VALUES ($1, $2, 'DIVISION', 1) RETURNING id`, [t.id, `测试小组${tag}-${g + 1}`]);
      groupIds.push(grp.id);
    }
    // Even deputies in the first group, odd ones in the second.
    for (const [i, id] of deputyIds.entries()) {
      await q(`INSERT INTO group_membership (group_id, deputy_id, term_id, role, start_date, version) VALUES ($1, $2, $3, 'MEMBER', '2024-01-01', 1)`, [groupIds[i % 2], id, t.id]);
    }
    return { congressId: c.id, termId: t.id, sessionId: s.id, deputyIds, unitIds, groupIds };
  });
}

export const Q = {
  create: `mutation($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status version } }`,
  get: `query($id: ID!) { suggestion(id: $id) { id status version currentRound replyDueDate assignedOn kind registrationNumber leadUnit { id }
    assignments { id role status version dueDate returnDeadline viewsDueDate extensionStatus organization { id } }
    timeline { action fromStatus toStatus actorName round note } } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitSuggestion(id: $id, version: $v) { status version } }`,
  register: `mutation($id: ID!, $v: Int!, $k: Boolean) { registerSuggestion(id: $id, version: $v, keySupervision: $k) { status version registrationNumber kind motionConversionReason } }`,
  assign: `mutation($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { status version } }`,
  reassign: `mutation($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { status version } }`,
  start: `mutation($id: ID!, $v: Int!) { startHandlingSuggestion(id: $id, version: $v) { status version } }`,
  reply: `mutation($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { status version } }`,
  feedback: `mutation($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { status version currentRound replyDueDate } }`,
  followUp: `mutation($id: ID!, $v: Int!) { followUpSuggestion(id: $id, version: $v) { status version } }`,
  close: `mutation($id: ID!, $v: Int!) { closeSuggestion(id: $id, version: $v) { status version } }`,
  meet: `mutation($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }`,
  requestReturn: `mutation($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }`,
  decideReturn: `mutation($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { status version } }`,
  requestExtension: `mutation($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }`,
  decideExtension: `mutation($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { dueDate extensionStatus version } }`,
  progress: `mutation($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }`,
  view: `mutation($id: ID!, $c: String!) { sendCoUnitView(assignmentId: $id, content: $c) { id } }`,
};

/** Runs a GraphQL call and fails with its errors, for steps that must succeed. */
export async function ok<T = any>(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await app.gql(query, variables, { token });
  if (r.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}
