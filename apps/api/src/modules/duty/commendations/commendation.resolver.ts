import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P, type CommendationKind } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { Deputy } from '../../deputies/deputy.entity';
import { DeputyGroup } from '../../groups/deputy-group.entity';
import { CommendationKindEnum } from '../duty.enums';
import { IdVersionArgs } from '../duty.common';
import { Commendation } from './commendation.entity';
import { CommendationCandidate, CommendationFilter, RecordCommendationsInput, UpdateCommendationInput } from './commendation.types';
import { deleteCommendation, listCandidates, listCommendations, recordCommendations, updateCommendation } from './commendation.service';

@ObjectType({ description: 'Commendation 的分页列表 / A page of commendations' })
export class CommendationConnection extends Connection(Commendation, 'Commendation') {}
@ObjectType({ description: 'CommendationCandidate 的分页列表 / A page of commendation candidates' })
export class CommendationCandidateConnection extends Connection(CommendationCandidate, 'CommendationCandidate') {}

@Resolver(() => Commendation)
export class CommendationResolver {
  @Allow(P.DUTY_READ, P.COMMENDATION_MANAGE)
  @Query(() => CommendationConnection, { description: '表彰 / Commendations' })
  commendations(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => CommendationFilter, { nullable: true }) filter?: CommendationFilter) {
    return listCommendations(ctx, filter, page);
  }

  @Allow(P.COMMENDATION_MANAGE)
  @Query(() => CommendationCandidateConnection, { description: '表彰候选:按履职积分与出勤率计算 / Candidates, computed from scores and attendance' })
  commendationCandidates(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => CommendationKindEnum) kind: CommendationKind,
    @Arg('termId', () => ID) termId: string,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listCandidates(ctx, year, kind, toId(termId), page);
  }

  @Allow(P.COMMENDATION_MANAGE)
  @Mutation(() => [Commendation], { description: '记录表彰(附评选时的积分与依据)/ Record commendations with the scores they were chosen on' })
  recordCommendations(@Ctx() ctx: Context, @Arg('input', () => RecordCommendationsInput) input: RecordCommendationsInput): Promise<Commendation[]> {
    return recordCommendations(ctx, input);
  }

  @Allow(P.COMMENDATION_MANAGE)
  @Mutation(() => Commendation, { description: '修改表彰 / Change a commendation' })
  updateCommendation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCommendationInput) input: UpdateCommendationInput): Promise<Commendation> {
    return updateCommendation(ctx, toId(id), input);
  }

  @Allow(P.COMMENDATION_MANAGE)
  @Mutation(() => Boolean, { description: '撤销表彰 / Delete a commendation' })
  deleteCommendation(@Ctx() ctx: Context, @Args(() => IdVersionArgs) args: IdVersionArgs): Promise<boolean> {
    return deleteCommendation(ctx, toId(args.id), args.version);
  }

  @FieldResolver(() => Deputy, { nullable: true, description: '受表彰代表 / Deputy' })
  deputy(@Root() c: Commendation, @Ctx() ctx: Context): Promise<Deputy | null> {
    return loadById(ctx, Deputy, c.deputyId);
  }

  @FieldResolver(() => DeputyGroup, { nullable: true, description: '受表彰小组 / Group' })
  group(@Root() c: Commendation, @Ctx() ctx: Context): Promise<DeputyGroup | null> {
    return loadById(ctx, DeputyGroup, c.groupId);
  }
}

@Resolver(() => CommendationCandidate)
export class CommendationCandidateFieldsResolver {
  @FieldResolver(() => Deputy, { nullable: true, description: '代表 / Deputy' })
  deputy(@Root() c: CommendationCandidate, @Ctx() ctx: Context): Promise<Deputy | null> {
    return loadById(ctx, Deputy, c.deputyId);
  }

  @FieldResolver(() => DeputyGroup, { nullable: true, description: '小组 / Group' })
  group(@Root() c: CommendationCandidate, @Ctx() ctx: Context): Promise<DeputyGroup | null> {
    return loadById(ctx, DeputyGroup, c.groupId);
  }
}
