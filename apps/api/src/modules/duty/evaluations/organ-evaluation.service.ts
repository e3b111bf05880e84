import {
  ORGAN_EVALUATION_MACHINE, ORGAN_EVALUATION_PHASE_LABELS, RECTIFICATION_MACHINE, RECTIFICATION_STATUS_LABELS,
  type Localized, type OrganEvaluationAction, type OrganEvaluationPhase, type RectificationAction,
} from '@luzhi/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../../common/context';
import { AppError, notFound } from '../../../common/errors';
import { paginate, toId, type PageArgs } from '../../../common/pagination';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { checkDate, checkYear, transition } from '../duty.errors';
import { lockForChange } from '../duty.common';
import { OrganEvaluation, OrganEvaluationRating, RectificationItem, RectificationUpdate } from './organ-evaluation.entity';
import type { CreateOrganEvaluationInput, OrganEvaluationFilter, OrganRatingInput, RectificationItemInput, UpdateOrganEvaluationInput } from './organ-evaluation.inputs';

const LABEL = { zh: '评议', en: 'evaluation' };
const ITEM = { zh: '整改事项', en: 'rectification item' };

export function listOrganEvaluations(ctx: Context, filter: OrganEvaluationFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(OrganEvaluation).createQueryBuilder('e');
  if (filter?.year) qb.andWhere('e.year = :y', { y: filter.year });
  if (filter?.phase) qb.andWhere('e.phase = :p', { p: filter.phase });
  if (filter?.organizationId) qb.andWhere('e.organizationId = :o', { o: toId(filter.organizationId) });
  qb.orderBy('e.year', 'DESC').addOrderBy('e.id', 'DESC');
  return paginate(qb, page);
}

export async function getOrganEvaluation(ctx: Context, id: number): Promise<OrganEvaluation> {
  const row = await ctx.db.getRepository(OrganEvaluation).findOneBy({ id });
  if (!row) throw notFound(LABEL, id);
  return row;
}

async function mustExist(em: EntityManager, entity: typeof Organization | typeof Deputy, id: number, label: Localized) {
  if (!(await em.getRepository(entity).existsBy({ id }))) throw notFound(label, id);
}

export function createOrganEvaluation(ctx: Context, input: CreateOrganEvaluationInput): Promise<OrganEvaluation> {
  return ctx.db.transaction(async (em) => {
    const organizationId = toId(input.organizationId, 'organizationId');
    await mustExist(em, Organization, organizationId, { zh: '单位', en: 'organization' });
    const repo = em.getRepository(OrganEvaluation);
    return repo.save(repo.create({ organizationId, year: checkYear(input.year), title: input.title.trim(), phase: 'PREPARING', plan: input.plan ?? '', conclusion: null }));
  });
}

export function updateOrganEvaluation(ctx: Context, id: number, input: UpdateOrganEvaluationInput): Promise<OrganEvaluation> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, OrganEvaluation, id, input.version, LABEL);
    if (input.title) row.title = input.title.trim();
    if (input.plan !== undefined && input.plan !== null) row.plan = input.plan;
    if (input.conclusion !== undefined) row.conclusion = input.conclusion?.trim() || null;
    return em.getRepository(OrganEvaluation).save(row);
  });
}

export function moveOrganEvaluation(ctx: Context, id: number, version: number, action: OrganEvaluationAction): Promise<OrganEvaluation> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, OrganEvaluation, id, version, LABEL);
    row.phase = transition(ORGAN_EVALUATION_MACHINE, ORGAN_EVALUATION_PHASE_LABELS, LABEL, row.phase, action);
    return em.getRepository(OrganEvaluation).save(row);
  });
}

function requirePhase(row: OrganEvaluation, phases: OrganEvaluationPhase[], action: Localized) {
  if (!phases.includes(row.phase)) {
    throw new AppError('INVALID_TRANSITION', 'duty.phaseClosed', { phase: ORGAN_EVALUATION_PHASE_LABELS[row.phase], action });
  }
}

/** Records (or corrects) one deputy's rating, while the evaluation is in its EVALUATING phase. */
export function rateOrgan(ctx: Context, evaluationId: number, input: OrganRatingInput): Promise<OrganEvaluationRating> {
  return ctx.db.transaction(async (em) => {
    const evaluation = await lockForChange(em, OrganEvaluation, evaluationId, null, LABEL);
    requirePhase(evaluation, ['EVALUATING'], { zh: '测评', en: 'rate' });
    const deputyId = toId(input.deputyId, 'deputyId');
    await mustExist(em, Deputy, deputyId, { zh: '代表', en: 'deputy' });
    const repo = em.getRepository(OrganEvaluationRating);
    const row = (await repo.findOneBy({ evaluationId, deputyId })) ?? repo.create({ evaluationId, deputyId });
    row.score = input.score;
    row.opinion = input.opinion?.trim() || null;
    return repo.save(row);
  });
}

export function addRectificationItem(ctx: Context, evaluationId: number, input: RectificationItemInput): Promise<RectificationItem> {
  return ctx.db.transaction(async (em) => {
    const evaluation = await lockForChange(em, OrganEvaluation, evaluationId, null, LABEL);
    requirePhase(evaluation, ['EVALUATING', 'RECTIFYING'], { zh: '提出整改事项', en: 'add an item' });
    const orgId = input.responsibleOrganizationId ? toId(input.responsibleOrganizationId, 'responsibleOrganizationId') : evaluation.organizationId;
    await mustExist(em, Organization, orgId, { zh: '单位', en: 'organization' });
    const deputyId = input.raisedByDeputyId ? toId(input.raisedByDeputyId, 'raisedByDeputyId') : null;
    if (deputyId) await mustExist(em, Deputy, deputyId, { zh: '代表', en: 'deputy' });
    const repo = em.getRepository(RectificationItem);
    return repo.save(repo.create({ evaluationId, description: input.description.trim(), responsibleOrganizationId: orgId, raisedByDeputyId: deputyId, status: 'OPEN', dueOn: input.dueOn ? checkDate(input.dueOn) : null }));
  });
}

/** Moves an item along its table and writes the progress entry with it, in one transaction. */
export function moveRectificationItem(ctx: Context, id: number, version: number, action: RectificationAction, note: string): Promise<RectificationItem> {
  return ctx.db.transaction(async (em) => {
    const item = await lockForChange(em, RectificationItem, id, version, ITEM);
    const from = item.status;
    item.status = transition(RECTIFICATION_MACHINE, RECTIFICATION_STATUS_LABELS, ITEM, from, action);
    const saved = await em.getRepository(RectificationItem).save(item);
    const updates = em.getRepository(RectificationUpdate);
    await updates.save(updates.create({ itemId: id, note: note.trim() || RECTIFICATION_MACHINE[action].label.zh, fromStatus: from, toStatus: item.status, userId: ctx.viewer?.id ?? null }));
    return saved;
  });
}
