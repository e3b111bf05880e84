import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { byColumn, loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { Deputy } from '../../deputies/deputy.entity';
import { IdVersionArgs } from '../duty.common';
import { VoterOpinion } from '../voters/voter.entity';
import { markDiarySuggested, SuggestionDraft, suggestionDraftFromDiary } from '../voters/suggestion-draft';
import { SentimentDiary } from './sentiment-diary.entity';
import { DiaryToOpinionInput, SentimentDiaryFilter, SentimentDiaryInput, UpdateSentimentDiaryInput } from './sentiment-diary.inputs';
import { deleteDiary, diaryToOpinion, getDiary, listDiaries, updateDiary, writeDiary } from './sentiment-diary.service';
import { lockForChange } from '../duty.common';

@ObjectType({ description: 'SentimentDiary 的分页列表 / A page of sentiment diarys' })
export class SentimentDiaryConnection extends Connection(SentimentDiary, 'SentimentDiary') {}

@Resolver(() => SentimentDiary)
export class SentimentDiaryResolver {
  @Allow(P.DUTY_READ, P.DIARY_WRITE)
  @Query(() => SentimentDiaryConnection, { description: '民情日记(代表只见本人的)/ Sentiment diaries; a deputy sees their own' })
  sentimentDiaries(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => SentimentDiaryFilter, { nullable: true }) filter?: SentimentDiaryFilter) {
    return listDiaries(ctx, filter, page);
  }

  @Allow(P.DUTY_READ, P.DIARY_WRITE)
  @Query(() => SentimentDiary, { description: '一篇民情日记 / One diary entry' })
  sentimentDiary(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SentimentDiary> {
    return getDiary(ctx, toId(id));
  }

  @Allow(P.DUTY_READ)
  @Query(() => SuggestionDraft, { description: '由日记生成的建议草稿 / The suggestion draft an entry would make' })
  async sentimentDiarySuggestionDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SuggestionDraft> {
    await getDiary(ctx, toId(id));
    return suggestionDraftFromDiary(ctx.db.manager, toId(id));
  }

  @Allow(P.DIARY_WRITE)
  @Mutation(() => SentimentDiary, { description: '写民情日记 / Write a diary entry' })
  writeSentimentDiary(@Ctx() ctx: Context, @Arg('input', () => SentimentDiaryInput) input: SentimentDiaryInput): Promise<SentimentDiary> {
    return writeDiary(ctx, input);
  }

  @Allow(P.DIARY_WRITE)
  @Mutation(() => SentimentDiary, { description: '修改民情日记 / Change a diary entry' })
  updateSentimentDiary(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateSentimentDiaryInput) input: UpdateSentimentDiaryInput): Promise<SentimentDiary> {
    return updateDiary(ctx, toId(id), input);
  }

  @Allow(P.DIARY_WRITE)
  @Mutation(() => Boolean, { description: '删除民情日记(已转为民意或建议的不能删除)/ Delete an entry not yet turned into an opinion or suggestion' })
  deleteSentimentDiary(@Ctx() ctx: Context, @Args(() => IdVersionArgs) args: IdVersionArgs): Promise<boolean> {
    return deleteDiary(ctx, toId(args.id), args.version);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => VoterOpinion, { description: '将日记转为民意 / Turn an entry into a voter\'s opinion' })
  sentimentDiaryToOpinion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => DiaryToOpinionInput) input: DiaryToOpinionInput): Promise<VoterOpinion> {
    return diaryToOpinion(ctx, toId(id), input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => SentimentDiary, { description: '关联由日记创建的建议 / Link the suggestion made from an entry' })
  linkSentimentDiarySuggestion(
    @Ctx() ctx: Context,
    @Args(() => IdVersionArgs) args: IdVersionArgs,
    @Arg('suggestionId', () => ID) suggestionId: string,
  ): Promise<SentimentDiary> {
    return ctx.db.transaction(async (em) => {
      await lockForChange(em, SentimentDiary, toId(args.id), args.version, { zh: '民情日记', en: 'diary entry' });
      return markDiarySuggested(em, toId(args.id), toId(suggestionId, 'suggestionId'));
    });
  }

  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() s: SentimentDiary, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, s.deputyId))!;
  }

  @FieldResolver(() => [VoterOpinion], { description: '由此转成的民意 / Opinions made from it' })
  opinions(@Root() s: SentimentDiary, @Ctx() ctx: Context): Promise<VoterOpinion[]> {
    return byColumn(ctx, VoterOpinion, 'diaryId').load(s.id);
  }
}
