import { In, type EntityManager } from 'typeorm';
import { MASKS, VOTER_CONTACT_KIND_LABELS, VOTER_OPINION_MACHINE, VOTER_OPINION_STATUS_LABELS } from '@luzhi/shared';
import type { Context } from '../../../common/context';
import { badInput, notFound } from '../../../common/errors';
import { mayReadPersonalData } from '../../../common/masking';
import { paginate, toId, type PageArgs } from '../../../common/pagination';
import { LiaisonStation } from '../../registry/liaison-station.entity';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { checkDate, transition } from '../duty.errors';
import { lockForChange, yearRange } from '../duty.common';
import { applyDeputyScope, assertMayReadDeputy } from '../duty.scope';
import { ReceptionDay, ReceptionDuty, VoterContact, VoterOpinion } from './voter.entity';
import { markOpinionSuggested } from './suggestion-draft';
import type {
  DisposeVoterOpinionInput, ReceptionDayFilter, ReceptionDayInput, UpdateReceptionDayInput, VoterContactFilter, VoterContactInput, VoterOpinionFilter, VoterOpinionInput,
} from './voter.inputs';

const today = () => new Date().toISOString().slice(0, 10);

async function deputiesExist(em: EntityManager, ids: number[]) {
  const found = await em.getRepository(Deputy).countBy({ id: In(ids) });
  if (found !== new Set(ids).size) throw notFound({ zh: '代表', en: 'deputy' }, ids.join(','));
}

// --- Reception days -------------------------------------------------------------------------

export function listReceptionDays(ctx: Context, filter: ReceptionDayFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(ReceptionDay).createQueryBuilder('d');
  if (filter?.stationId) qb.andWhere('d.stationId = :s', { s: toId(filter.stationId) });
  if (filter?.year) qb.andWhere('d.date BETWEEN :from AND :to', yearRange(filter.year));
  if (filter?.deputyId) qb.andWhere('d.id IN (SELECT reception_day_id FROM reception_duty WHERE deputy_id = :dep)', { dep: toId(filter.deputyId) });
  qb.orderBy('d.date', 'DESC').addOrderBy('d.id', 'DESC');
  return paginate(qb, page);
}

async function setDuties(em: EntityManager, dayId: number, deputyIds: number[]) {
  await deputiesExist(em, deputyIds);
  const repo = em.getRepository(ReceptionDuty);
  const current = await repo.findBy({ receptionDayId: dayId });
  const wanted = new Set(deputyIds);
  await repo.remove(current.filter((d) => !wanted.has(d.deputyId)));
  const have = new Set(current.map((d) => d.deputyId));
  await repo.save([...wanted].filter((id) => !have.has(id)).map((deputyId) => repo.create({ receptionDayId: dayId, deputyId })));
}

export function createReceptionDay(ctx: Context, input: ReceptionDayInput): Promise<ReceptionDay> {
  return ctx.db.transaction(async (em) => {
    const stationId = toId(input.stationId, 'stationId');
    if (!(await em.getRepository(LiaisonStation).existsBy({ id: stationId }))) throw notFound({ zh: '联络站', en: 'station' }, stationId);
    const repo = em.getRepository(ReceptionDay);
    const day = await repo.save(repo.create({ stationId, date: checkDate(input.date), topic: input.topic?.trim() || null, note: input.note?.trim() || null }));
    await setDuties(em, day.id, input.deputyIds.map((id) => toId(id, 'deputyIds')));
    return day;
  });
}

export function updateReceptionDay(ctx: Context, id: number, input: UpdateReceptionDayInput): Promise<ReceptionDay> {
  return ctx.db.transaction(async (em) => {
    const day = await lockForChange(em, ReceptionDay, id, input.version, { zh: '接待日', en: 'reception day' });
    if (input.topic !== undefined) day.topic = input.topic?.trim() || null;
    if (input.note !== undefined) day.note = input.note?.trim() || null;
    if (input.deputyIds) await setDuties(em, id, input.deputyIds.map((d) => toId(d, 'deputyIds')));
    // A change of the duty roster alone must still bump the version others hold.
    day.updatedAt = new Date();
    return em.getRepository(ReceptionDay).save(day);
  });
}

// --- Contacts and opinions ------------------------------------------------------------------

export function listVoterContacts(ctx: Context, filter: VoterContactFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(VoterContact).createQueryBuilder('c');
  if (filter?.deputyId) qb.andWhere('c.deputyId = :d', { d: toId(filter.deputyId) });
  if (filter?.year) qb.andWhere('c.contactedOn BETWEEN :from AND :to', yearRange(filter.year));
  if (filter?.kind) qb.andWhere('c.kind = :k', { k: filter.kind });
  if (filter?.stationId) qb.andWhere('c.stationId = :s', { s: toId(filter.stationId) });
  applyDeputyScope(qb, ctx, 'c.deputy_id');
  qb.orderBy('c.contactedOn', 'DESC').addOrderBy('c.id', 'DESC');
  return paginate(qb, page);
}

function opinionRows(em: EntityManager, contact: VoterContact, opinions: VoterOpinionInput[]) {
  const repo = em.getRepository(VoterOpinion);
  return opinions.map((o) =>
    repo.create({ contactId: contact.id, diaryId: null, deputyId: contact.deputyId, content: o.content.trim(), voterName: o.voterName?.trim() || null, voterPhone: o.voterPhone?.trim() || null, status: 'OPEN' }),
  );
}

/** A contact and the opinions taken at it, all or none. */
export function createVoterContact(ctx: Context, input: VoterContactInput): Promise<VoterContact> {
  return ctx.db.transaction(async (em) => {
    const deputyId = toId(input.deputyId, 'deputyId');
    await deputiesExist(em, [deputyId]);
    let stationId = input.stationId ? toId(input.stationId, 'stationId') : null;
    const receptionDayId = input.receptionDayId ? toId(input.receptionDayId, 'receptionDayId') : null;
    if (input.kind === 'RECEPTION_DAY' && !receptionDayId) throw badInput('common.invalidInput', { details: { zh: 'receptionDayId: 接待日必填', en: 'receptionDayId: required for RECEPTION_DAY' } });
    if (receptionDayId) {
      const day = await em.getRepository(ReceptionDay).findOneBy({ id: receptionDayId });
      if (!day) throw notFound({ zh: '接待日', en: 'reception day' }, receptionDayId);
      stationId = day.stationId;
    }
    if (stationId && !(await em.getRepository(LiaisonStation).existsBy({ id: stationId }))) throw notFound({ zh: '联络站', en: 'station' }, stationId);
    const repo = em.getRepository(VoterContact);
    const contact = await repo.save(repo.create({
      deputyId, kind: input.kind, contactedOn: checkDate(input.contactedOn), receptionDayId, stationId,
      voterName: input.voterName?.trim() || null, voterPhone: input.voterPhone?.trim() || null, summary: input.summary.trim(),
    }));
    if (input.opinions?.length) await em.getRepository(VoterOpinion).save(opinionRows(em, contact, input.opinions));
    return contact;
  });
}

export function addVoterOpinion(ctx: Context, contactId: number, input: VoterOpinionInput): Promise<VoterOpinion> {
  return ctx.db.transaction(async (em) => {
    const contact = await em.getRepository(VoterContact).findOneBy({ id: contactId });
    if (!contact) throw notFound({ zh: '联系选民', en: 'voter contact' }, contactId);
    const [row] = opinionRows(em, contact, [input]);
    return em.getRepository(VoterOpinion).save(row!);
  });
}

/** Deletes a contact entered by mistake, with its opinions (none may have become a suggestion). */
export function deleteVoterContact(ctx: Context, id: number, version: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const contact = await lockForChange(em, VoterContact, id, version, { zh: '联系选民', en: 'voter contact' });
    const opinions = await em.getRepository(VoterOpinion).findBy({ contactId: id });
    if (opinions.some((o) => o.suggestionId)) throw badInput('duty.alreadyConverted', { what: { zh: '建议', en: 'suggestion' } });
    await em.getRepository(VoterOpinion).remove(opinions);
    await em.getRepository(VoterContact).remove(contact);
    return true;
  });
}

/** When an opinion was raised: the contact's or the diary entry's date, else when it was entered. */
const RAISED_ON = `coalesce((SELECT vc.contacted_on FROM voter_contact vc WHERE vc.id = o.contact_id), (SELECT sd.entry_date FROM sentiment_diary sd WHERE sd.id = o.diary_id), CAST(o.created_at AS date))`;

export function listVoterOpinions(ctx: Context, filter: VoterOpinionFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(VoterOpinion).createQueryBuilder('o');
  if (filter?.status) qb.andWhere('o.status = :s', { s: filter.status });
  if (filter?.deputyId) qb.andWhere('o.deputyId = :d', { d: toId(filter.deputyId) });
  if (filter?.year) qb.andWhere(`${RAISED_ON} BETWEEN :from AND :to`, yearRange(filter.year));
  applyDeputyScope(qb, ctx, 'o.deputy_id');
  qb.orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC');
  return paginate(qb, page);
}

export async function getVoterOpinion(ctx: Context, id: number): Promise<VoterOpinion> {
  const row = await ctx.db.getRepository(VoterOpinion).findOneBy({ id });
  if (!row) throw notFound({ zh: '民意', en: 'opinion' }, id);
  await assertMayReadDeputy(ctx, row.deputyId);
  return row;
}

export function disposeVoterOpinion(ctx: Context, id: number, input: DisposeVoterOpinionInput): Promise<VoterOpinion> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, VoterOpinion, id, input.version, { zh: '民意', en: 'opinion' });
    const handledOn = input.handledOn ? checkDate(input.handledOn) : today();
    if (input.action === 'TO_SUGGESTION') {
      if (!input.suggestionId) throw badInput('common.invalidInput', { details: 'suggestionId' });
      return markOpinionSuggested(em, id, toId(input.suggestionId, 'suggestionId'), handledOn);
    }
    row.status = transition(VOTER_OPINION_MACHINE, VOTER_OPINION_STATUS_LABELS, { zh: '民意', en: 'opinion' }, row.status, input.action);
    if (input.action === 'REFER') {
      if (!input.organizationId) throw badInput('duty.referralNeedsOrganization');
      const orgId = toId(input.organizationId, 'organizationId');
      if (!(await em.getRepository(Organization).existsBy({ id: orgId }))) throw notFound({ zh: '单位', en: 'organization' }, orgId);
      row.referredOrganizationId = orgId;
    }
    if (input.action === 'ANSWER') {
      if (!input.answer?.trim()) throw badInput('common.invalidInput', { details: 'answer' });
      row.answer = input.answer.trim();
    }
    row.handledOn = handledOn;
    return em.getRepository(VoterOpinion).save(row);
  });
}

/**
 * The opinions as CSV (UTF-8 with BOM, for spreadsheet programs). Voters' names and phones are
 * masked here exactly as in the API for roles without personal:read: an export never carries
 * more than the screen shows.
 */
export async function exportVoterOpinions(ctx: Context, filter: VoterOpinionFilter | undefined): Promise<string> {
  const qb = ctx.db.getRepository(VoterOpinion).createQueryBuilder('o')
    .leftJoin(VoterContact, 'c', 'c.id = o.contactId')
    .leftJoin(Deputy, 'd', 'd.id = o.deputyId')
    .select(['o.id AS id', 'o.created_at AS created_at', 'd.name AS deputy', 'c.kind AS kind', 'o.voter_name AS voter_name', 'o.voter_phone AS voter_phone', 'o.content AS content', 'o.status AS status', 'o.answer AS answer']);
  if (filter?.status) qb.andWhere('o.status = :s', { s: filter.status });
  if (filter?.deputyId) qb.andWhere('o.deputyId = :d', { d: toId(filter.deputyId) });
  if (filter?.year) qb.andWhere(`${RAISED_ON} BETWEEN :from AND :to`, yearRange(filter.year));
  applyDeputyScope(qb, ctx, 'o.deputy_id');
  const rows = await qb.orderBy('o.id', 'ASC').limit(50_000).getRawMany();
  const unmasked = mayReadPersonalData(ctx);
  const mask = (v: string | null, kind: 'personName' | 'phone') => (v == null ? '' : unmasked ? v : MASKS[kind](v));
  const cell = (v: unknown) => {
    const s = v == null ? '' : String(v);
    // Quote everything; neutralise leading formula characters (CSV injection).
    return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
  };
  const header = ['编号 Id', '登记时间 Recorded', '代表 Deputy', '方式 Kind', '选民 Voter', '电话 Phone', '意见 Opinion', '状态 Status', '答复 Answer'];
  const lines = rows.map((r: any) =>
    [r.id, new Date(r.created_at).toISOString().slice(0, 10), r.deputy, r.kind ? VOTER_CONTACT_KIND_LABELS[r.kind as keyof typeof VOTER_CONTACT_KIND_LABELS]?.zh : '民情日记',
      mask(r.voter_name, 'personName'), mask(r.voter_phone, 'phone'), r.content, VOTER_OPINION_STATUS_LABELS[r.status as keyof typeof VOTER_OPINION_STATUS_LABELS]?.zh ?? r.status, r.answer].map(cell).join(','),
  );
  return `\uFEFF${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
