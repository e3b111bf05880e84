import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  addMonths, addWorkingDays, can, CATEGORIES_WITH_COMMITMENTS, CONGRESS_LEVEL_LABELS, findTransition, formatMessage, listOf, PERMISSIONS as P,
  SUGGESTION_OPEN_HANDLING_STATUSES, SUGGESTION_SOURCE_KIND_LABELS, type Localized, type MessageParams, type SuggestionAction, type SuggestionField,
  type SuggestionSourceKind, type SuggestionStatus,
} from '@luzhi/shared';
import type { Context } from '../../common/context';
import { requirePermission } from '../../common/auth-checker';
import { conflict, notFound, unauthenticated, type AppError } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { assertVersion, escapeLike } from '../../common/records';
import { claimAttachments } from '../files/attachment.service';
import { Congress, Session, Term } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import type { Finding } from '../activities/finding.entity';
import { linkFindingsToSuggestion, lockFindingsForSuggestion } from '../activities/finding-suggestion.service';
import { Assignment, CoUnitView, HandlingMeeting } from './assignment.entity';
import { Commitment, Feedback, ProgressEntry, Reply } from './reply.entity';
import { Suggestion, SuggestionCoSigner, SuggestionEvent } from './suggestion.entity';
import { ASSIGNMENT_ENTITY, invalidTransition, SUGGESTION_ENTITY, suggestionError, suggestionForbidden } from './suggestion.errors';
import type {
  AssignmentFilter, AssignmentRequestInput, AssignSuggestionInput, CreateSuggestionInput, DecideExtensionInput, DecideReturnInput, FeedbackInput,
  MeetingInput, ProgressInput, ReplyInput, SuggestionFilter, UpdateSuggestionInput,
} from './suggestion.inputs';
import { SuggestionSort } from './suggestion.inputs';
import { calendarAround, getSuggestionRules, pastDate, today, validDate } from './suggestion.rules';

// ---------------------------------------------------------------- who may see what

const isManager = (ctx: Context) => can(ctx.viewer?.role, P.SUGGESTION_MANAGE);

/**
 * The date of a reply or a verdict: today, or a past date that staff enter from a paper record.
 * A unit choosing its own reply date could make a late reply look on time.
 */
function recordedDate(ctx: Context, given: string | null | undefined): string {
  if (given && given !== today() && !isManager(ctx)) throw suggestionError('suggestion.datesStaffOnly');
  return pastDate(given);
}
const CURRENT_ASSIGNMENT = `('ACTIVE', 'RETURN_REQUESTED')`;

/**
 * Restricts a query over suggestions (alias `alias`) to the rows the viewer may see: staff all; a
 * handling unit the suggestions currently assigned to it; a deputy the ones they lead or co-sign;
 * a group leader their members'; everyone else (analysts) all but drafts.
 */
export function scopeSuggestions<T extends object>(ctx: Context, qb: SelectQueryBuilder<T>, alias = 's'): SelectQueryBuilder<T> {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  if (isManager(ctx)) return qb;
  switch (v.role) {
    case 'HANDLING_UNIT':
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM suggestion_assignment sa_scope WHERE sa_scope.suggestion_id = ${alias}.id AND sa_scope.organization_id = :scopeOrg AND sa_scope.status IN ${CURRENT_ASSIGNMENT})`,
        { scopeOrg: v.scopeOrganizationId ?? -1 },
      );
    case 'DEPUTY':
      return qb.andWhere(
        `(${alias}.lead_deputy_id = :scopeDeputy OR (${alias}.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM suggestion_co_signer cs_scope WHERE cs_scope.suggestion_id = ${alias}.id AND cs_scope.deputy_id = :scopeDeputy)))`,
        { scopeDeputy: v.scopeDeputyId ?? -1 },
      );
    case 'GROUP_LEADER':
      return qb.andWhere(
        `${alias}.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM group_membership gm_scope WHERE gm_scope.group_id = :scopeGroup AND gm_scope.end_date IS NULL
           AND (gm_scope.deputy_id = ${alias}.lead_deputy_id OR gm_scope.deputy_id IN (SELECT cs.deputy_id FROM suggestion_co_signer cs WHERE cs.suggestion_id = ${alias}.id)))`,
        { scopeGroup: v.scopeGroupId ?? -1 },
      );
    default:
      return qb.andWhere(`${alias}.status <> 'DRAFT'`);
  }
}

/** Whether the viewer may see these suggestions (for attachments and nested records), in one statement. */
export async function visibleSuggestionIds(ctx: Context, ids: number[], em: EntityManager = ctx.db.manager): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const qb = em.getRepository(Suggestion).createQueryBuilder('s').select('s.id', 'id').where('s.id IN (:...ids)', { ids });
  scopeSuggestions(ctx, qb);
  return new Set((await qb.getRawMany<{ id: number }>()).map((r) => r.id));
}

export async function getSuggestion(ctx: Context, id: number, em: EntityManager = ctx.db.manager): Promise<Suggestion> {
  const qb = em.getRepository(Suggestion).createQueryBuilder('s').where('s.id = :id', { id });
  const s = await scopeSuggestions(ctx, qb).getOne();
  if (!s) throw notFound(SUGGESTION_ENTITY, id);
  return s;
}

/** Loads and locks a suggestion the viewer may see; "not yours" and "no such" give the same answer. */
async function lockSuggestion(em: EntityManager, ctx: Context, id: number, version?: number): Promise<Suggestion> {
  const qb = em.getRepository(Suggestion).createQueryBuilder('s').where('s.id = :id', { id }).setLock('pessimistic_write');
  const s = await scopeSuggestions(ctx, qb).getOne();
  if (!s) throw notFound(SUGGESTION_ENTITY, id);
  if (version !== undefined) assertVersion(SUGGESTION_ENTITY, s.version, version);
  return s;
}

/** An assignment the viewer may act on: their own unit's, or any for staff. */
async function lockAssignment(em: EntityManager, ctx: Context, id: number, version?: number): Promise<Assignment> {
  const a = await em.getRepository(Assignment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  const mine = a && (isManager(ctx) || (ctx.viewer?.role === 'HANDLING_UNIT' && a.organizationId === ctx.viewer.scopeOrganizationId && ['ACTIVE', 'RETURN_REQUESTED'].includes(a.status)));
  if (!a || !mine) throw notFound(ASSIGNMENT_ENTITY, id);
  if (version !== undefined) assertVersion(ASSIGNMENT_ENTITY, a.version, version);
  return a;
}

function assertLeadDeputyOrStaff(ctx: Context, s: Suggestion): void {
  if (isManager(ctx)) return;
  if (ctx.viewer?.role === 'DEPUTY' && ctx.viewer.scopeDeputyId === s.leadDeputyId) return;
  throw suggestionForbidden('suggestion.notLeadDeputy');
}

function assertLeadUnitOrStaff(ctx: Context, s: Suggestion): void {
  if (isManager(ctx)) return;
  if (ctx.viewer?.role === 'HANDLING_UNIT' && ctx.viewer.scopeOrganizationId === s.leadOrganizationId) return;
  throw suggestionForbidden('suggestion.notLeadUnit');
}

// ---------------------------------------------------------------- the timeline and the state machine

export interface Actor {
  userId: number | null;
  name: string;
}
const actorOf = (ctx: Context): Actor => ({ userId: ctx.viewer?.id ?? null, name: ctx.viewer?.displayName ?? 'system' });

/** A note the system writes on the timeline: stored as a key and parameters, read in the reader's language. */
interface EventMessage {
  key: string;
  params: MessageParams;
}

/** Where a draft came from: the source kind's label and the records, by title when they have one. */
function sourceNote(kind: SuggestionSourceKind, titles: string[], id: number): EventMessage {
  const items: Localized | string = titles.length ? listOf(titles.map((t) => ({ zh: `“${t}”`, en: `"${t}"` }))) : `#${id}`;
  return { key: 'suggestion.event.source', params: { source: SUGGESTION_SOURCE_KIND_LABELS[kind], items } };
}

async function addEvent(
  em: EntityManager, actor: Actor, s: Suggestion, action: string,
  extra: { from?: SuggestionStatus | null; to?: SuggestionStatus | null; note?: string | null; message?: EventMessage; organizationId?: number | null } = {},
): Promise<void> {
  const repo = em.getRepository(SuggestionEvent);
  await repo.save(repo.create({
    suggestionId: s.id, action, fromStatus: extra.from ?? null, toStatus: extra.to ?? null, round: s.currentRound,
    actorUserId: actor.userId, actorName: actor.name, organizationId: extra.organizationId ?? null, note: extra.note ?? null,
    noteKey: extra.message?.key ?? null, noteParams: extra.message?.params ?? null,
  }));
}

/** Takes a lifecycle action: refused unless the table allows it from the current state and the viewer holds its permission. */
async function move(em: EntityManager, ctx: Context, s: Suggestion, action: SuggestionAction, extra: { note?: string | null; organizationId?: number | null } = {}) {
  const t = findTransition(s.status, action);
  if (!t) throw invalidTransition(s.status, action);
  requirePermission(ctx, t.permission);
  const from = s.status;
  s.status = t.to;
  await addEvent(em, actorOf(ctx), s, action, { from, to: t.to, ...extra });
}

const saveSuggestion = (em: EntityManager, s: Suggestion) => em.getRepository(Suggestion).save(s);

// ---------------------------------------------------------------- submit, edit, register

async function resolveTerm(em: EntityManager, sessionId: number | null, termId: number | null): Promise<{ termId: number; sessionId: number | null }> {
  if (sessionId) {
    const session = await em.getRepository(Session).findOneBy({ id: sessionId });
    if (!session) throw notFound({ zh: '会议', en: 'session' }, sessionId);
    if (termId && termId !== session.termId) throw suggestionError('suggestion.sessionOutsideTerm');
    return { termId: session.termId, sessionId };
  }
  if (!termId) throw suggestionError('suggestion.termRequired');
  if (!(await em.getRepository(Term).existsBy({ id: termId }))) throw notFound({ zh: '届', en: 'term' }, termId);
  return { termId, sessionId: null };
}

async function setCoSigners(em: EntityManager, s: Suggestion, ids: number[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.includes(s.leadDeputyId)) throw suggestionError('suggestion.coSignerIsLead');
  if (unique.length) {
    const found = await em.getRepository(Deputy).countBy({ id: In(unique) });
    if (found !== unique.length) throw notFound({ zh: '代表', en: 'deputy' }, unique.join(','));
  }
  await em.getRepository(SuggestionCoSigner).delete({ suggestionId: s.id });
  if (unique.length) await em.getRepository(SuggestionCoSigner).insert(unique.map((deputyId) => ({ suggestionId: s.id, deputyId })));
}

/**
 * A finding already made into another suggestion: the message names that suggestion when the
 * viewer may see it, and only the finding otherwise.
 */
async function findingTaken(em: EntityManager, ctx: Context, finding: Finding): Promise<AppError> {
  const other = await em.getRepository(Suggestion).findOneBy({ id: finding.suggestionId! });
  if (!other || !(await visibleSuggestionIds(ctx, [other.id], em)).has(other.id)) return conflict('finding.alreadyLinked', { title: finding.title });
  return conflict('suggestion.findingLinked', { finding: finding.title, number: other.registrationNumber ?? `#${other.id}`, title: other.title });
}

export async function createSuggestion(ctx: Context, input: CreateSuggestionInput): Promise<Suggestion> {
  const v = ctx.viewer!;
  let leadDeputyId: number;
  if (v.role === 'DEPUTY') leadDeputyId = v.scopeDeputyId!;
  else if (isManager(ctx) && input.leadDeputyId) leadDeputyId = toId(input.leadDeputyId, 'leadDeputyId');
  else if (isManager(ctx)) throw suggestionError('suggestion.notLeadDeputy');
  else throw suggestionForbidden('suggestion.notLeadDeputy');
  const findingIds = (input.findingIds ?? []).map((id) => toId(id, 'findingIds'));
  // Findings are drafted into a suggestion by the computer: a person reads it before it goes in.
  if (findingIds.length && input.submit) throw suggestionError('suggestion.findingsMakeDraft');
  return ctx.db.transaction(async (em) => {
    const findings = findingIds.length ? await lockFindingsForSuggestion(em, ctx, findingIds) : [];
    const taken = findings.find((f) => f.suggestionId != null);
    if (taken) throw await findingTaken(em, ctx, taken);
    const source = findings.length
      ? { sourceKind: 'INSPECTION_FINDING' as const, sourceId: findings[0]!.id }
      : { sourceKind: input.sourceKind ?? null, sourceId: input.sourceId ? toId(input.sourceId, 'sourceId') : null };
    const where = await resolveTerm(em, input.sessionId ? toId(input.sessionId, 'sessionId') : null, input.termId ? toId(input.termId, 'termId') : null);
    if (!(await em.getRepository(Deputy).existsBy({ id: leadDeputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, leadDeputyId);
    const repo = em.getRepository(Suggestion);
    const s = await repo.save(repo.create({
      kind: input.kind, submittedAsMotion: input.kind === 'MOTION', motionConversionReason: null, title: input.title.trim(), content: input.content.trim(),
      field: input.field, ...where, leadDeputyId, ...source,
      status: 'DRAFT', registrationScope: null, registrationSeq: null, registrationNumber: null, keySupervision: false, submittedAt: null,
      registeredAt: null, leadOrganizationId: null, assignedOn: null, currentRound: 1, replyDueDate: null, closedAt: null, createdByUserId: v.id,
    }));
    if (findings.length) await linkFindingsToSuggestion(em, findings.map((f) => f.id), s.id);
    await setCoSigners(em, s, input.coSignerIds.map((id) => toId(id, 'coSignerIds')));
    await addEvent(em, actorOf(ctx), s, 'DRAFT_CREATED', { to: 'DRAFT', message: findings.length ? sourceNote('INSPECTION_FINDING', findings.map((f) => f.title), findings[0]!.id) : undefined });
    if (input.submit) {
      await move(em, ctx, s, 'SUBMIT');
      s.submittedAt = new Date();
      await saveSuggestion(em, s);
    }
    return s;
  });
}

export async function updateSuggestion(ctx: Context, id: number, input: UpdateSuggestionInput): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, input.version);
    assertLeadDeputyOrStaff(ctx, s);
    if (s.status !== 'DRAFT' && s.status !== 'SUBMITTED') throw suggestionError('suggestion.notEditable');
    if (input.kind) {
      s.kind = input.kind;
      s.submittedAsMotion = input.kind === 'MOTION';
    }
    if (input.title) s.title = input.title.trim();
    if (input.content) s.content = input.content.trim();
    if (input.field) s.field = input.field;
    if (input.coSignerIds) await setCoSigners(em, s, input.coSignerIds.map((x) => toId(x, 'coSignerIds')));
    await addEvent(em, actorOf(ctx), s, 'EDITED');
    return saveSuggestion(em, s);
  });
}

export async function submitSuggestion(ctx: Context, id: number, version: number): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    await move(em, ctx, s, 'SUBMIT');
    assertLeadDeputyOrStaff(ctx, s);
    s.submittedAt = new Date();
    return saveSuggestion(em, s);
  });
}

/**
 * Registers a submitted suggestion: a motion with too few signers (or made in recess) becomes a
 * suggestion with the reason recorded, then it gets the next number of its session, or of its
 * term's recess year. Numbers of motions and suggestions run separately.
 */
export async function registerSuggestion(ctx: Context, id: number, version: number, keySupervision?: boolean | null): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    await move(em, ctx, s, 'REGISTER');
    if (s.kind === 'MOTION') {
      const rules = await getSuggestionRules(em);
      const term = await em.getRepository(Term).findOneByOrFail({ id: s.termId });
      const congress = await em.getRepository(Congress).findOneByOrFail({ id: term.congressId });
      const signers = 1 + (await em.getRepository(SuggestionCoSigner).countBy({ suggestionId: s.id }));
      const required = rules.motionMinSigners[congress.level];
      let why: EventMessage | null = null;
      if (!s.sessionId) why = { key: 'suggestion.motionInRecess', params: {} };
      else if (signers < required) why = { key: 'suggestion.motionConverted', params: { signers, required, level: CONGRESS_LEVEL_LABELS[congress.level] } };
      if (why) {
        s.kind = 'SUGGESTION';
        // The stored reason is the record's (in Chinese, the office's language); the timeline says it in the reader's.
        s.motionConversionReason = formatMessage(why.key, why.params);
        await addEvent(em, actorOf(ctx), s, 'MOTION_CONVERTED', { message: why });
      }
    }
    const term = await em.getRepository(Term).findOneByOrFail({ id: s.termId });
    const session = s.sessionId ? await em.getRepository(Session).findOneByOrFail({ id: s.sessionId }) : null;
    const series = s.kind === 'MOTION' ? '议' : '建';
    const year = Number(today().slice(0, 4));
    const submittedYear = s.submittedAt ? Number(new Date(s.submittedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 4)) : year;
    const scope = session ? `session:${session.id}:${series}` : `recess:${term.id}:${submittedYear}:${series}`;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [scope]);
    const [{ next }] = await em.query(`SELECT coalesce(max(registration_seq), 0) + 1 AS next FROM suggestion WHERE registration_scope = $1`, [scope]);
    s.registrationScope = scope;
    s.registrationSeq = next;
    s.registrationNumber = session ? `${term.number}届${session.number}次-${series}${String(next).padStart(3, '0')}` : `${submittedYear}闭-${series}${String(next).padStart(3, '0')}`;
    s.registeredAt = new Date();
    if (keySupervision != null) s.keySupervision = keySupervision;
    return saveSuggestion(em, s);
  });
}

export async function setKeySupervision(ctx: Context, id: number, version: number, flag: boolean): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    s.keySupervision = flag;
    await addEvent(em, actorOf(ctx), s, flag ? 'KEY_SUPERVISION_ON' : 'KEY_SUPERVISION_OFF');
    return saveSuggestion(em, s);
  });
}

// ---------------------------------------------------------------- assignment, return, extension

async function checkUnits(em: EntityManager, leadUnitId: number, coUnitIds: number[]): Promise<void> {
  if (!leadUnitId) throw suggestionError('suggestion.leadUnitRequired');
  const all = [leadUnitId, ...coUnitIds];
  if (new Set(all).size !== all.length) throw suggestionError('suggestion.duplicateUnit');
  const units = await em.getRepository(Organization).findBy({ id: In(all) });
  if (units.length !== all.length) throw notFound({ zh: '单位', en: 'organization' }, all.filter((id) => !units.some((u) => u.id === id)).join(','));
  const notHandling = units.find((u) => !u.handlesSuggestions);
  if (notHandling) throw suggestionError('suggestion.unitNotHandling', { name: notHandling.name });
}

/** Creates the missing current assignments, with the due dates of the configured rules. */
async function addAssignments(em: EntityManager, s: Suggestion, units: { organizationId: number; role: 'LEAD' | 'CO' }[], assignedOn: string): Promise<Assignment[]> {
  const rules = await getSuggestionRules(em);
  const calendar = await calendarAround(em, assignedOn);
  const dueDate = addMonths(assignedOn, rules.replyMonths);
  const returnDeadline = addWorkingDays(assignedOn, rules.returnWorkingDays, calendar);
  const repo = em.getRepository(Assignment);
  const rows = units.map((u) => repo.create({
    suggestionId: s.id, organizationId: u.organizationId, role: u.role, status: 'ACTIVE', assignedOn, dueDate, returnDeadline,
    viewsDueDate: u.role === 'CO' ? addMonths(assignedOn, rules.coUnitViewMonths) : null,
    returnReason: null, returnDecisionNote: null, extensionStatus: null, extensionReason: null,
  }));
  await repo.save(rows);
  const lead = rows.find((r) => r.role === 'LEAD');
  if (lead) {
    s.leadOrganizationId = lead.organizationId;
    s.assignedOn = assignedOn;
    s.replyDueDate = dueDate;
  }
  return rows;
}

export async function assignSuggestion(ctx: Context, id: number, input: AssignSuggestionInput): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, input.version);
    const lead = toId(input.leadUnitId, 'leadUnitId');
    const co = input.coUnitIds.map((x) => toId(x, 'coUnitIds'));
    await move(em, ctx, s, 'ASSIGN', { note: input.note ?? null, organizationId: lead });
    await checkUnits(em, lead, co);
    await addAssignments(em, s, [{ organizationId: lead, role: 'LEAD' }, ...co.map((organizationId) => ({ organizationId, role: 'CO' as const }))], pastDate(input.assignedOn));
    return saveSuggestion(em, s);
  });
}

/** A new lead unit (and co-units): units no longer named are replaced, those kept keep their dates. */
export async function reassignSuggestion(ctx: Context, id: number, input: AssignSuggestionInput): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, input.version);
    const lead = toId(input.leadUnitId, 'leadUnitId');
    const co = input.coUnitIds.map((x) => toId(x, 'coUnitIds'));
    await move(em, ctx, s, 'REASSIGN', { note: input.note ?? null, organizationId: lead });
    await checkUnits(em, lead, co);
    await replaceUnits(em, s, lead, co, pastDate(input.assignedOn));
    return saveSuggestion(em, s);
  });
}

async function replaceUnits(em: EntityManager, s: Suggestion, lead: number, co: number[], assignedOn: string) {
  const repo = em.getRepository(Assignment);
  const current = await repo.find({ where: { suggestionId: s.id, status: In(['ACTIVE', 'RETURN_REQUESTED']) }, lock: { mode: 'pessimistic_write' } });
  const wanted = new Map<number, 'LEAD' | 'CO'>([[lead, 'LEAD'], ...co.map((c) => [c, 'CO'] as [number, 'CO'])]);
  const kept = new Set<number>();
  for (const a of current) {
    if (wanted.get(a.organizationId) === a.role) kept.add(a.organizationId);
    else {
      a.status = 'REPLACED';
      await repo.save(a);
    }
  }
  const missing = [...wanted].filter(([org]) => !kept.has(org)).map(([organizationId, role]) => ({ organizationId, role }));
  await addAssignments(em, s, missing, assignedOn);
}

export async function requestReturn(ctx: Context, assignmentId: number, input: AssignmentRequestInput): Promise<Assignment> {
  return ctx.db.transaction(async (em) => {
    const a = await lockAssignment(em, ctx, assignmentId, input.version);
    const s = await lockSuggestion(em, ctx, a.suggestionId);
    if (a.status !== 'ACTIVE' || (s.status !== 'ASSIGNED' && s.status !== 'HANDLING')) throw suggestionError('suggestion.assignmentNotActive');
    const rules = await getSuggestionRules(em);
    if (today() > a.returnDeadline) throw suggestionError('suggestion.returnWindowClosed', { days: rules.returnWorkingDays, deadline: a.returnDeadline });
    a.status = 'RETURN_REQUESTED';
    a.returnReason = input.reason.trim();
    await addEvent(em, actorOf(ctx), s, 'RETURN_REQUESTED', { note: a.returnReason, organizationId: a.organizationId });
    await saveSuggestion(em, s);
    return em.getRepository(Assignment).save(a);
  });
}

/** Staff accept a return (and re-assign, or send the suggestion back to be assigned) or refuse it. */
export async function decideReturn(ctx: Context, assignmentId: number, input: DecideReturnInput): Promise<Suggestion> {
  requirePermission(ctx, P.SUGGESTION_MANAGE);
  return ctx.db.transaction(async (em) => {
    const a = await lockAssignment(em, ctx, assignmentId, input.version);
    const s = await lockSuggestion(em, ctx, a.suggestionId);
    if (a.status !== 'RETURN_REQUESTED') throw suggestionError('suggestion.noPendingRequest');
    a.returnDecisionNote = input.note ?? null;
    if (!input.accept) {
      a.status = 'ACTIVE';
      await em.getRepository(Assignment).save(a);
      await addEvent(em, actorOf(ctx), s, 'RETURN_REFUSED', { note: input.note ?? null, organizationId: a.organizationId });
      return saveSuggestion(em, s);
    }
    if (a.role === 'LEAD') {
      if (input.newLeadUnitId) {
        const lead = toId(input.newLeadUnitId, 'newLeadUnitId');
        const co = (await em.getRepository(Assignment).findBy({ suggestionId: s.id, role: 'CO', status: In(['ACTIVE', 'RETURN_REQUESTED']) })).map((c) => c.organizationId).filter((c) => c !== lead);
        await move(em, ctx, s, 'REASSIGN', { note: input.note ?? null, organizationId: lead });
        await checkUnits(em, lead, co);
        a.status = 'RETURNED';
        await em.getRepository(Assignment).save(a);
        await replaceUnits(em, s, lead, co, today());
      } else {
        await move(em, ctx, s, 'ACCEPT_RETURN', { note: input.note ?? null, organizationId: a.organizationId });
        a.status = 'RETURNED';
        await em.getRepository(Assignment).save(a);
        await em.getRepository(Assignment).update({ suggestionId: s.id, status: In(['ACTIVE', 'RETURN_REQUESTED']) }, { status: 'REPLACED' });
        s.leadOrganizationId = null;
        s.assignedOn = null;
        s.replyDueDate = null;
      }
    } else {
      a.status = 'RETURNED';
      await em.getRepository(Assignment).save(a);
      await addEvent(em, actorOf(ctx), s, 'RETURN_ACCEPTED', { note: input.note ?? null, organizationId: a.organizationId });
    }
    return saveSuggestion(em, s);
  });
}

export async function requestExtension(ctx: Context, assignmentId: number, input: AssignmentRequestInput): Promise<Assignment> {
  return ctx.db.transaction(async (em) => {
    const a = await lockAssignment(em, ctx, assignmentId, input.version);
    const s = await lockSuggestion(em, ctx, a.suggestionId);
    if (a.role !== 'LEAD' || a.status !== 'ACTIVE' || a.extensionStatus === 'REQUESTED' || a.extensionStatus === 'APPROVED'
      || (s.status !== 'ASSIGNED' && s.status !== 'HANDLING')) throw suggestionError('suggestion.assignmentNotActive');
    a.extensionStatus = 'REQUESTED';
    a.extensionReason = input.reason.trim();
    await addEvent(em, actorOf(ctx), s, 'EXTENSION_REQUESTED', { note: a.extensionReason, organizationId: a.organizationId });
    await saveSuggestion(em, s);
    return em.getRepository(Assignment).save(a);
  });
}

export async function decideExtension(ctx: Context, assignmentId: number, input: DecideExtensionInput): Promise<Assignment> {
  requirePermission(ctx, P.SUGGESTION_MANAGE);
  return ctx.db.transaction(async (em) => {
    const a = await lockAssignment(em, ctx, assignmentId, input.version);
    const s = await lockSuggestion(em, ctx, a.suggestionId);
    if (a.extensionStatus !== 'REQUESTED') throw suggestionError('suggestion.noPendingRequest');
    a.extensionStatus = input.approve ? 'APPROVED' : 'REFUSED';
    if (input.approve) {
      const rules = await getSuggestionRules(em);
      a.dueDate = addMonths(a.assignedOn, rules.extendedReplyMonths);
      if (s.currentRound === 1) s.replyDueDate = a.dueDate;
    }
    await addEvent(em, actorOf(ctx), s, input.approve ? 'EXTENSION_APPROVED' : 'EXTENSION_REFUSED', { note: input.note ?? null, organizationId: a.organizationId });
    await saveSuggestion(em, s);
    return em.getRepository(Assignment).save(a);
  });
}

// ---------------------------------------------------------------- handling and replies

export async function startHandling(ctx: Context, id: number, version: number): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    await move(em, ctx, s, 'START_HANDLING', { organizationId: s.leadOrganizationId });
    assertLeadUnitOrStaff(ctx, s);
    return saveSuggestion(em, s);
  });
}

/** The unit the viewer acts for on this suggestion: their own (if assigned), or the lead unit for staff. */
async function actingUnit(em: EntityManager, ctx: Context, s: Suggestion): Promise<Assignment> {
  const current = await em.getRepository(Assignment).findBy({ suggestionId: s.id, status: In(['ACTIVE', 'RETURN_REQUESTED']) });
  const own = isManager(ctx) ? current.find((a) => a.role === 'LEAD') : current.find((a) => a.organizationId === ctx.viewer?.scopeOrganizationId);
  if (!own) throw suggestionForbidden('suggestion.notYourAssignment');
  return own;
}

const MEETING_STATUSES: SuggestionStatus[] = ['ASSIGNED', 'HANDLING', 'REPLIED', 'REHANDLING', 'RATED', 'FOLLOWING_UP'];

export async function recordMeeting(ctx: Context, suggestionId: number, input: MeetingInput): Promise<HandlingMeeting> {
  requirePermission(ctx, P.SUGGESTION_HANDLE);
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, suggestionId);
    if (!MEETING_STATUSES.includes(s.status)) throw invalidTransition(s.status, 'MEETING');
    const unit = await actingUnit(em, ctx, s);
    const repo = em.getRepository(HandlingMeeting);
    const m = await repo.save(repo.create({
      suggestionId: s.id, organizationId: unit.organizationId, stage: input.stage, meetingDate: pastDate(input.meetingDate),
      participants: input.participants ?? null, notes: input.notes ?? null,
    }));
    await addEvent(em, actorOf(ctx), s, 'MEETING', { note: `${input.stage} ${m.meetingDate}`, organizationId: unit.organizationId });
    await saveSuggestion(em, s);
    return m;
  });
}

export async function sendCoUnitView(ctx: Context, assignmentId: number, content: string): Promise<CoUnitView> {
  requirePermission(ctx, P.SUGGESTION_HANDLE);
  return ctx.db.transaction(async (em) => {
    const a = await lockAssignment(em, ctx, assignmentId);
    if (a.role !== 'CO') throw suggestionError('suggestion.notCoUnit');
    const s = await lockSuggestion(em, ctx, a.suggestionId);
    if (!SUGGESTION_OPEN_HANDLING_STATUSES.includes(s.status)) throw invalidTransition(s.status, 'CO_UNIT_VIEW');
    const repo = em.getRepository(CoUnitView);
    const view = await repo.save(repo.create({ suggestionId: s.id, assignmentId: a.id, organizationId: a.organizationId, content: content.trim() }));
    await addEvent(em, actorOf(ctx), s, 'CO_UNIT_VIEW', { organizationId: a.organizationId });
    await saveSuggestion(em, s);
    return view;
  });
}

export async function replySuggestion(ctx: Context, id: number, input: ReplyInput): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, input.version);
    await move(em, ctx, s, 'REPLY', { note: input.category, organizationId: s.leadOrganizationId });
    assertLeadUnitOrStaff(ctx, s);
    const needs = CATEGORIES_WITH_COMMITMENTS.includes(input.category);
    if (needs && !input.commitments.length) throw suggestionError('suggestion.commitmentsRequired', { category: input.category });
    if (!needs && input.commitments.length) throw suggestionError('suggestion.commitmentsNotAllowed');
    const repliedOn = recordedDate(ctx, input.repliedOn);
    const replyRepo = em.getRepository(Reply);
    const reply = await replyRepo.save(replyRepo.create({
      suggestionId: s.id, organizationId: s.leadOrganizationId!, round: s.currentRound, category: input.category, content: input.content.trim(),
      repliedOn, dueDate: s.replyDueDate ?? repliedOn, repliedByUserId: ctx.viewer?.id ?? null,
    }));
    if (input.commitments.length) {
      const repo = em.getRepository(Commitment);
      await repo.save(input.commitments.map((c) => repo.create({ replyId: reply.id, suggestionId: s.id, organizationId: reply.organizationId, content: c.content.trim(), dueDate: validDate(c.dueDate), fulfilledOn: null })));
    }
    if (input.attachmentIds.length) await claimAttachments(em, ctx, REPLY_ATTACHMENT, reply.id, input.attachmentIds.map((x) => toId(x, 'attachmentIds')));
    return saveSuggestion(em, s);
  });
}

export const REPLY_ATTACHMENT = 'suggestion-reply';

async function latestReply(em: EntityManager, s: Suggestion): Promise<Reply | null> {
  return em.getRepository(Reply).findOne({ where: { suggestionId: s.id }, order: { round: 'DESC' } });
}

/** The lead deputy's verdict (or staff's on their behalf); UNSATISFIED opens a new round with its own due date. */
export async function giveFeedback(ctx: Context, id: number, input: FeedbackInput): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, input.version);
    const unsatisfied = input.verdict === 'UNSATISFIED';
    const reply = await latestReply(em, s);
    await move(em, ctx, s, unsatisfied ? 'RATE_UNSATISFIED' : 'RATE', { note: [input.verdict, input.comment].filter(Boolean).join(':') });
    assertLeadDeputyOrStaff(ctx, s);
    const givenOn = recordedDate(ctx, input.givenOn);
    const repo = em.getRepository(Feedback);
    await repo.save(repo.create({
      suggestionId: s.id, replyId: reply!.id, round: reply!.round, verdict: input.verdict, comment: input.comment ?? null,
      onBehalf: !(ctx.viewer?.role === 'DEPUTY' && ctx.viewer.scopeDeputyId === s.leadDeputyId),
      givenAt: givenOn === today() ? new Date() : new Date(`${givenOn}T12:00:00+08:00`), givenByUserId: ctx.viewer?.id ?? null,
    }));
    if (unsatisfied) {
      const rules = await getSuggestionRules(em);
      s.currentRound += 1;
      s.replyDueDate = addMonths(givenOn, rules.rehandleMonths);
    }
    return saveSuggestion(em, s);
  });
}

export async function followUpSuggestion(ctx: Context, id: number, version: number, note?: string | null): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    await move(em, ctx, s, 'FOLLOW_UP', { note });
    const reply = await latestReply(em, s);
    if (!reply || !CATEGORIES_WITH_COMMITMENTS.includes(reply.category)) throw suggestionError('suggestion.followUpNeedsBC');
    return saveSuggestion(em, s);
  });
}

export async function closeSuggestion(ctx: Context, id: number, version: number, note?: string | null): Promise<Suggestion> {
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, id, version);
    await move(em, ctx, s, 'CLOSE', { note });
    s.closedAt = new Date();
    return saveSuggestion(em, s);
  });
}

const PROGRESS_STATUSES: SuggestionStatus[] = ['REPLIED', 'RATED', 'FOLLOWING_UP'];

/** A progress entry on a B or C item; `solved` fulfils the commitment named (or all open ones). */
export async function addProgress(ctx: Context, suggestionId: number, input: ProgressInput): Promise<ProgressEntry> {
  requirePermission(ctx, P.SUGGESTION_HANDLE);
  return ctx.db.transaction(async (em) => {
    const s = await lockSuggestion(em, ctx, suggestionId);
    if (!PROGRESS_STATUSES.includes(s.status)) throw invalidTransition(s.status, 'PROGRESS');
    assertLeadUnitOrStaff(ctx, s);
    const reply = await latestReply(em, s);
    if (!reply || !CATEGORIES_WITH_COMMITMENTS.includes(reply.category)) throw suggestionError('suggestion.progressNeedsBC');
    const entryDate = pastDate(input.entryDate);
    const commitments = em.getRepository(Commitment);
    let commitmentId: number | null = null;
    if (input.commitmentId) {
      commitmentId = toId(input.commitmentId, 'commitmentId');
      if (!(await commitments.existsBy({ id: commitmentId, suggestionId: s.id }))) throw notFound({ zh: '承诺事项', en: 'commitment' }, commitmentId);
    }
    if (input.solved) {
      const open = await commitments.find({ where: commitmentId ? { id: commitmentId } : { suggestionId: s.id, replyId: reply.id } });
      for (const c of open.filter((c) => !c.fulfilledOn)) {
        c.fulfilledOn = entryDate;
        await commitments.save(c);
      }
    }
    const repo = em.getRepository(ProgressEntry);
    const entry = await repo.save(repo.create({ suggestionId: s.id, commitmentId, organizationId: s.leadOrganizationId, content: input.content.trim(), entryDate, solved: input.solved }));
    await addEvent(em, actorOf(ctx), s, input.solved ? 'PROGRESS_SOLVED' : 'PROGRESS', { note: input.content.trim().slice(0, 200), organizationId: s.leadOrganizationId });
    await saveSuggestion(em, s);
    return entry;
  });
}

// ---------------------------------------------------------------- lists

const SORTS: Record<SuggestionSort, [string, 'ASC' | 'DESC']> = {
  [SuggestionSort.SUBMITTED_DESC]: ['s.submittedAt', 'DESC'],
  [SuggestionSort.SUBMITTED_ASC]: ['s.submittedAt', 'ASC'],
  [SuggestionSort.DUE_DATE_ASC]: ['s.replyDueDate', 'ASC'],
  [SuggestionSort.NUMBER_ASC]: ['s.registrationNumber', 'ASC'],
  [SuggestionSort.UPDATED_DESC]: ['s.updatedAt', 'DESC'],
};

const OPEN_LIST = `('ASSIGNED', 'HANDLING', 'REHANDLING')`;

export function suggestionQuery(ctx: Context, filter: SuggestionFilter | undefined, em: EntityManager = ctx.db.manager) {
  const qb = em.getRepository(Suggestion).createQueryBuilder('s');
  scopeSuggestions(ctx, qb);
  const f = filter ?? {};
  if (f.search) qb.andWhere('(s.title ILIKE :q OR s.content ILIKE :q OR s.registrationNumber ILIKE :q)', { q: `%${escapeLike(f.search.trim())}%` });
  if (f.statuses?.length) qb.andWhere('s.status IN (:...statuses)', { statuses: f.statuses });
  if (f.kind) qb.andWhere('s.kind = :kind', { kind: f.kind });
  if (f.field) qb.andWhere('s.field = :field', { field: f.field });
  if (f.termId) qb.andWhere('s.termId = :termId', { termId: toId(f.termId, 'termId') });
  if (f.sessionId) qb.andWhere('s.sessionId = :sessionId', { sessionId: toId(f.sessionId, 'sessionId') });
  if (f.inSession != null) qb.andWhere(f.inSession ? 's.sessionId IS NOT NULL' : 's.sessionId IS NULL');
  if (f.leadUnitId) qb.andWhere('s.leadOrganizationId = :leadUnitId', { leadUnitId: toId(f.leadUnitId, 'leadUnitId') });
  if (f.unitId) qb.andWhere(`EXISTS (SELECT 1 FROM suggestion_assignment fa WHERE fa.suggestion_id = s.id AND fa.organization_id = :unitId AND fa.status IN ${CURRENT_ASSIGNMENT})`, { unitId: toId(f.unitId, 'unitId') });
  if (f.deputyId) qb.andWhere('(s.leadDeputyId = :fDeputy OR EXISTS (SELECT 1 FROM suggestion_co_signer fc WHERE fc.suggestion_id = s.id AND fc.deputy_id = :fDeputy))', { fDeputy: toId(f.deputyId, 'deputyId') });
  if (f.overdue != null) qb.andWhere(f.overdue ? `(s.status IN ${OPEN_LIST} AND s.replyDueDate < :today)` : `NOT (s.status IN ${OPEN_LIST} AND s.replyDueDate < :today)`, { today: today() });
  if (f.keySupervision != null) qb.andWhere('s.keySupervision = :ks', { ks: f.keySupervision });
  if (f.year) qb.andWhere(`extract(year FROM s.submitted_at AT TIME ZONE 'Asia/Shanghai') = :year`, { year: f.year });
  if (f.sourceKind) qb.andWhere('s.sourceKind = :sourceKind', { sourceKind: f.sourceKind });
  if (f.sourceId) qb.andWhere('s.sourceId = :sourceId', { sourceId: toId(f.sourceId, 'sourceId') });
  return qb;
}

export function listSuggestions(ctx: Context, filter: SuggestionFilter | undefined, sort: SuggestionSort | undefined, page: PageArgs) {
  const qb = suggestionQuery(ctx, filter);
  const [column, dir] = SORTS[sort ?? SuggestionSort.SUBMITTED_DESC];
  qb.orderBy(column, dir, 'NULLS LAST').addOrderBy('s.id', 'DESC');
  return paginate(qb, page);
}

/** A unit's inbox: its current assignments (any unit's for staff). */
export function listAssignments(ctx: Context, filter: AssignmentFilter | undefined, page: PageArgs) {
  const v = ctx.viewer!;
  const qb = ctx.db.getRepository(Assignment).createQueryBuilder('a').innerJoin(Suggestion, 's', 's.id = a.suggestionId');
  if (!isManager(ctx)) {
    if (v.role !== 'HANDLING_UNIT') qb.andWhere('1 = 0');
    qb.andWhere('a.organizationId = :own', { own: v.scopeOrganizationId ?? -1 });
  } else if (filter?.organizationId) qb.andWhere('a.organizationId = :org', { org: toId(filter.organizationId, 'organizationId') });
  const statuses = isManager(ctx) && filter?.statuses?.length ? filter.statuses : (filter?.statuses?.filter((x) => x === 'ACTIVE' || x === 'RETURN_REQUESTED') ?? []);
  qb.andWhere('a.status IN (:...aStatuses)', { aStatuses: statuses.length ? statuses : ['ACTIVE', 'RETURN_REQUESTED'] });
  if (filter?.role) qb.andWhere('a.role = :role', { role: filter.role });
  if (filter?.suggestionStatuses?.length) qb.andWhere('s.status IN (:...sStatuses)', { sStatuses: filter.suggestionStatuses });
  if (filter?.overdue != null) qb.andWhere(filter.overdue ? `(s.status IN ${OPEN_LIST} AND s.reply_due_date < :today)` : `NOT (s.status IN ${OPEN_LIST} AND s.reply_due_date < :today)`, { today: today() });
  qb.orderBy('s.reply_due_date', 'ASC', 'NULLS LAST').addOrderBy('a.id', 'DESC');
  return paginate(qb, page);
}

/** Commitments not yet fulfilled and due within the window (or overdue): the unit's own, or all for staff. */
export async function commitmentsComingDue(ctx: Context, withinDays?: number | null): Promise<Commitment[]> {
  const rules = await getSuggestionRules(ctx.db.manager);
  const days = withinDays ?? rules.commitmentDueSoonDays;
  const qb = ctx.db.getRepository(Commitment).createQueryBuilder('c').innerJoin(Suggestion, 's', 's.id = c.suggestionId')
    .where('c.fulfilledOn IS NULL').andWhere(`c.dueDate <= (CAST(:today AS date) + CAST(:days AS integer))`, { today: today(), days }).andWhere(`s.status <> 'CLOSED'`);
  scopeSuggestions(ctx, qb);
  if (ctx.viewer?.role === 'HANDLING_UNIT') qb.andWhere('c.organizationId = :own', { own: ctx.viewer.scopeOrganizationId ?? -1 });
  return qb.orderBy('c.dueDate', 'ASC').addOrderBy('c.id', 'ASC').limit(200).getMany();
}

// ---------------------------------------------------------------- drafts from other modules

export interface SuggestionDraft {
  title: string;
  content: string;
  leadDeputyId: number;
  coSignerIds: number[];
  sourceKind: SuggestionSourceKind;
  sourceId: number;
  /** What the source record is called, for the timeline; without it the timeline names its id. */
  sourceTitle?: string | null;
  sessionId?: number | null;
  /** Needed in recess when there is no session; default: the term of the lead deputy's latest current mandate. */
  termId?: number | null;
  field?: SuggestionField;
}

/**
 * Turns records of other modules (inspection findings, voter opinions) into DRAFT suggestions,
 * inside the caller's transaction. The lead deputy then edits and submits each draft. Returns the
 * drafts in the order given.
 */
export async function createSuggestionDrafts(em: EntityManager, drafts: SuggestionDraft[], actor: Actor = { userId: null, name: 'system' }): Promise<Suggestion[]> {
  const out: Suggestion[] = [];
  const repo = em.getRepository(Suggestion);
  for (const d of drafts) {
    let termId = d.termId ?? null;
    if (!d.sessionId && !termId) {
      const [m] = await em.query(`SELECT term_id FROM mandate WHERE deputy_id = $1 AND end_date IS NULL ORDER BY start_date DESC LIMIT 1`, [d.leadDeputyId]);
      termId = m?.term_id ?? null;
    }
    const where = await resolveTerm(em, d.sessionId ?? null, termId);
    if (!(await em.getRepository(Deputy).existsBy({ id: d.leadDeputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, d.leadDeputyId);
    const s = await repo.save(repo.create({
      kind: 'SUGGESTION', submittedAsMotion: false, motionConversionReason: null, title: d.title.trim().slice(0, 200), content: d.content.trim(),
      field: d.field ?? 'OTHER', ...where, leadDeputyId: d.leadDeputyId, sourceKind: d.sourceKind, sourceId: d.sourceId, status: 'DRAFT',
      registrationScope: null, registrationSeq: null, registrationNumber: null, keySupervision: false, submittedAt: null, registeredAt: null,
      leadOrganizationId: null, assignedOn: null, currentRound: 1, replyDueDate: null, closedAt: null, createdByUserId: actor.userId,
    }));
    await setCoSigners(em, s, d.coSignerIds);
    await addEvent(em, actor, s, 'DRAFT_CREATED', { to: 'DRAFT', message: sourceNote(d.sourceKind, d.sourceTitle ? [d.sourceTitle] : [], d.sourceId) });
    out.push(s);
  }
  return out;
}
