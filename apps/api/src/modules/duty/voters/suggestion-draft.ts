import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { VOTER_OPINION_MACHINE, VOTER_OPINION_STATUS_LABELS } from '@luzhi/shared';
import { transition } from '../duty.errors';
import { conflict, notFound } from '../../../common/errors';
import { VoterContact, VoterOpinion } from './voter.entity';
import { SentimentDiary } from '../diaries/sentiment-diary.entity';

/**
 * What the suggestions module needs to start a suggestion from a voter's opinion or a diary entry:
 * a title, the content, and the lead deputy. The suggestions side creates the suggestion in its own
 * transaction and then calls `markOpinionSuggested` / `markDiarySuggested` in the same transaction,
 * so the link and the suggestion are committed together.
 */
@ObjectType('VoterSuggestionDraft', { description: '由民意或民情日记生成的建议草稿 / A suggestion draft made from a voter opinion or a diary entry' })
export class SuggestionDraft {
  @Field(() => String, { description: '标题 / Title' })
  title: string;

  @Field(() => String, { description: '内容 / Content' })
  content: string;

  @Field(() => ID, { description: '领衔代表 / Lead deputy' })
  leadDeputyId: number;

  @Field(() => String, { description: '来源,如 VoterOpinion:12 / Where it came from, e.g. VoterOpinion:12' })
  source: string;
}

const headline = (text: string) => {
  const first = text.replace(/\s+/g, ' ').trim().split(/[。!?;.!?;]/)[0] ?? '';
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
};

export async function suggestionDraftFromOpinion(em: EntityManager, opinionId: number): Promise<SuggestionDraft> {
  const opinion = await em.getRepository(VoterOpinion).findOneBy({ id: opinionId });
  if (!opinion) throw notFound({ zh: '民意', en: 'opinion' }, opinionId);
  const contact = opinion.contactId ? await em.getRepository(VoterContact).findOneBy({ id: opinion.contactId }) : null;
  const origin = contact ? `(${contact.contactedOn} 联系选民时收集)` : '';
  return {
    title: `关于${headline(opinion.content)}的建议`,
    // Voters' names and phones stay out: a suggestion is read by handling units.
    content: `选民反映:${opinion.content.trim()}${origin}`,
    leadDeputyId: opinion.deputyId,
    source: `VoterOpinion:${opinion.id}`,
  };
}

export async function suggestionDraftFromDiary(em: EntityManager, diaryId: number): Promise<SuggestionDraft> {
  const diary = await em.getRepository(SentimentDiary).findOneBy({ id: diaryId });
  if (!diary) throw notFound({ zh: '民情日记', en: 'diary entry' }, diaryId);
  return {
    title: `关于${headline(diary.title)}的建议`,
    content: `${diary.content.trim()}(摘自 ${diary.entryDate} 民情日记)`,
    leadDeputyId: diary.deputyId,
    source: `SentimentDiary:${diary.id}`,
  };
}

/** Links an opinion to the suggestion made from it (inside the suggestion's transaction). */
export async function markOpinionSuggested(em: EntityManager, opinionId: number, suggestionId: number, handledOn: string): Promise<VoterOpinion> {
  const repo = em.getRepository(VoterOpinion);
  const opinion = await repo.findOne({ where: { id: opinionId }, lock: { mode: 'pessimistic_write' } });
  if (!opinion) throw notFound({ zh: '民意', en: 'opinion' }, opinionId);
  if (opinion.suggestionId) throw conflict('duty.alreadyConverted', { what: { zh: '建议', en: 'suggestion' } });
  opinion.status = transition(VOTER_OPINION_MACHINE, VOTER_OPINION_STATUS_LABELS, { zh: '民意', en: 'opinion' }, opinion.status, 'TO_SUGGESTION');
  opinion.suggestionId = suggestionId;
  opinion.handledOn = handledOn;
  return repo.save(opinion);
}

export async function markDiarySuggested(em: EntityManager, diaryId: number, suggestionId: number): Promise<SentimentDiary> {
  const repo = em.getRepository(SentimentDiary);
  const diary = await repo.findOne({ where: { id: diaryId }, lock: { mode: 'pessimistic_write' } });
  if (!diary) throw notFound({ zh: '民情日记', en: 'diary entry' }, diaryId);
  if (diary.suggestionId) throw conflict('duty.alreadyConverted', { what: { zh: '建议', en: 'suggestion' } });
  diary.suggestionId = suggestionId;
  return repo.save(diary);
}
