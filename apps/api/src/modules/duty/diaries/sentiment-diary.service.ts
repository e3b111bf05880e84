import type { Context } from '../../../common/context';
import { AppError, badInput, conflict, notFound } from '../../../common/errors';
import { paginate, toId, type PageArgs } from '../../../common/pagination';
import { escapeLike } from '../../../common/records';
import { Deputy } from '../../deputies/deputy.entity';
import { checkDate } from '../duty.errors';
import { lockForChange, yearRange } from '../duty.common';
import { applyDeputyScope, assertMayReadDeputy, dutyScope } from '../duty.scope';
import { VoterOpinion } from '../voters/voter.entity';
import { SentimentDiary } from './sentiment-diary.entity';
import type { DiaryToOpinionInput, SentimentDiaryFilter, SentimentDiaryInput, UpdateSentimentDiaryInput } from './sentiment-diary.inputs';

const LABEL = { zh: '民情日记', en: 'diary entry' };
const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

export function listDiaries(ctx: Context, filter: SentimentDiaryFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(SentimentDiary).createQueryBuilder('s');
  if (filter?.deputyId) qb.andWhere('s.deputyId = :d', { d: toId(filter.deputyId) });
  if (filter?.year) qb.andWhere('s.entryDate BETWEEN :from AND :to', yearRange(filter.year));
  if (filter?.tag) qb.andWhere(':tag = ANY(s.tags)', { tag: filter.tag });
  if (filter?.search) qb.andWhere('(s.title ILIKE :q OR s.content ILIKE :q)', { q: `%${escapeLike(filter.search)}%` });
  applyDeputyScope(qb, ctx, 's.deputy_id');
  qb.orderBy('s.entryDate', 'DESC').addOrderBy('s.id', 'DESC');
  return paginate(qb, page);
}

export async function getDiary(ctx: Context, id: number): Promise<SentimentDiary> {
  const row = await ctx.db.getRepository(SentimentDiary).findOneBy({ id });
  if (!row) throw notFound(LABEL, id);
  await assertMayReadDeputy(ctx, row.deputyId);
  return row;
}

/** A deputy writes only their own diary; staff enter one for a named deputy. */
function authorOf(ctx: Context, given: string | null | undefined): number {
  const scope = dutyScope(ctx);
  if (scope.kind === 'deputy') {
    if (given && toId(given) !== scope.deputyId) throw new AppError('FORBIDDEN', 'duty.notOwnRecord');
    return scope.deputyId;
  }
  if (!given) throw badInput('common.invalidInput', { details: 'deputyId' });
  return toId(given, 'deputyId');
}

export function writeDiary(ctx: Context, input: SentimentDiaryInput): Promise<SentimentDiary> {
  const deputyId = authorOf(ctx, input.deputyId);
  return ctx.db.transaction(async (em) => {
    if (!(await em.getRepository(Deputy).existsBy({ id: deputyId }))) throw notFound({ zh: '代表', en: 'deputy' }, deputyId);
    const repo = em.getRepository(SentimentDiary);
    return repo.save(repo.create({ deputyId, entryDate: checkDate(input.entryDate), title: input.title.trim(), content: input.content, tags: cleanTags(input.tags), suggestionId: null }));
  });
}

export function updateDiary(ctx: Context, id: number, input: UpdateSentimentDiaryInput): Promise<SentimentDiary> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, SentimentDiary, id, input.version, LABEL);
    authorOf(ctx, String(row.deputyId));
    if (input.entryDate) row.entryDate = checkDate(input.entryDate);
    if (input.title) row.title = input.title.trim();
    if (input.content) row.content = input.content;
    if (input.tags) row.tags = cleanTags(input.tags);
    return em.getRepository(SentimentDiary).save(row);
  });
}

export function deleteDiary(ctx: Context, id: number, version: number): Promise<boolean> {
  return ctx.db.transaction(async (em) => {
    const row = await lockForChange(em, SentimentDiary, id, version, LABEL);
    authorOf(ctx, String(row.deputyId));
    if (row.suggestionId || (await em.getRepository(VoterOpinion).existsBy({ diaryId: id }))) throw conflict('duty.alreadyConverted', { what: { zh: '民意或建议', en: 'opinion or suggestion' } });
    await em.getRepository(SentimentDiary).remove(row);
    return true;
  });
}

/** Staff turn an entry into a voter's opinion, to be answered, referred or made a suggestion. */
export function diaryToOpinion(ctx: Context, id: number, input: DiaryToOpinionInput): Promise<VoterOpinion> {
  return ctx.db.transaction(async (em) => {
    const diary = await lockForChange(em, SentimentDiary, id, input.version, LABEL);
    if (await em.getRepository(VoterOpinion).existsBy({ diaryId: id })) throw conflict('duty.alreadyConverted', { what: { zh: '民意', en: 'opinion' } });
    const repo = em.getRepository(VoterOpinion);
    const opinion = await repo.save(repo.create({
      contactId: null, diaryId: id, deputyId: diary.deputyId, content: input.content?.trim() || diary.content.trim(),
      voterName: input.voterName?.trim() || null, voterPhone: input.voterPhone?.trim() || null, status: 'OPEN',
    }));
    // The diary's version moves too, so a second screen holding it sees the change.
    diary.updatedAt = new Date();
    await em.getRepository(SentimentDiary).save(diary);
    return opinion;
  });
}
