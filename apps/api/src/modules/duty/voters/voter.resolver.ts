import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allowedActions, PERMISSIONS as P, VOTER_OPINION_MACHINE, type VoterOpinionAction } from '@luzhi/shared';
import { Allow } from '../../../common/auth-checker';
import type { Context } from '../../../common/context';
import { byColumn, loadById } from '../../../common/loaders';
import { Connection, PageArgs, toId } from '../../../common/pagination';
import { LiaisonStation } from '../../registry/liaison-station.entity';
import { Organization } from '../../registry/organization.entity';
import { Deputy } from '../../deputies/deputy.entity';
import { VoterOpinionActionEnum } from '../duty.enums';
import { IdVersionArgs } from '../duty.common';
import { ReceptionDay, ReceptionDuty, VoterContact, VoterOpinion } from './voter.entity';
import { DisposeVoterOpinionInput, ReceptionDayFilter, ReceptionDayInput, UpdateReceptionDayInput, VoterContactFilter, VoterContactInput, VoterOpinionFilter, VoterOpinionInput } from './voter.inputs';
import {
  addVoterOpinion, createReceptionDay, createVoterContact, deleteVoterContact, disposeVoterOpinion, exportVoterOpinions, getVoterOpinion,
  listReceptionDays, listVoterContacts, listVoterOpinions, updateReceptionDay,
} from './voter.service';
import { SuggestionDraft, suggestionDraftFromOpinion } from './suggestion-draft';

@ObjectType({ description: 'ReceptionDay 的分页列表 / A page of reception days' })
export class ReceptionDayConnection extends Connection(ReceptionDay, 'ReceptionDay') {}
@ObjectType({ description: 'VoterContact 的分页列表 / A page of voter contacts' })
export class VoterContactConnection extends Connection(VoterContact, 'VoterContact') {}
@ObjectType({ description: 'VoterOpinion 的分页列表 / A page of voter opinions' })
export class VoterOpinionConnection extends Connection(VoterOpinion, 'VoterOpinion') {}

@Resolver(() => ReceptionDay)
export class ReceptionDayResolver {
  @Allow(P.DUTY_READ)
  @Query(() => ReceptionDayConnection, { description: '选民接待日 / Reception days' })
  receptionDays(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => ReceptionDayFilter, { nullable: true }) filter?: ReceptionDayFilter) {
    return listReceptionDays(ctx, filter, page);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => ReceptionDay, { description: '安排选民接待日及值班代表 / Schedule a reception day with its deputies on duty' })
  createReceptionDay(@Ctx() ctx: Context, @Arg('input', () => ReceptionDayInput) input: ReceptionDayInput): Promise<ReceptionDay> {
    return createReceptionDay(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => ReceptionDay, { description: '修改接待日 / Change a reception day' })
  updateReceptionDay(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateReceptionDayInput) input: UpdateReceptionDayInput): Promise<ReceptionDay> {
    return updateReceptionDay(ctx, toId(id), input);
  }

  @FieldResolver(() => LiaisonStation, { description: '联络站 / Liaison station' })
  async station(@Root() d: ReceptionDay, @Ctx() ctx: Context): Promise<LiaisonStation> {
    return (await loadById(ctx, LiaisonStation, d.stationId))!;
  }

  @FieldResolver(() => [ReceptionDuty], { description: '值班代表 / Deputies on duty' })
  duties(@Root() d: ReceptionDay, @Ctx() ctx: Context): Promise<ReceptionDuty[]> {
    return byColumn(ctx, ReceptionDuty, 'receptionDayId').load(d.id);
  }

  @FieldResolver(() => [VoterContact], { description: '当日接待记录 / Contacts made that day' })
  contacts(@Root() d: ReceptionDay, @Ctx() ctx: Context): Promise<VoterContact[]> {
    return byColumn(ctx, VoterContact, 'receptionDayId').load(d.id);
  }
}

@Resolver(() => ReceptionDuty)
export class ReceptionDutyFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() d: ReceptionDuty, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, d.deputyId))!;
  }
}

@Resolver(() => VoterContact)
export class VoterContactResolver {
  @Allow(P.DUTY_READ)
  @Query(() => VoterContactConnection, { description: '联系选民(按代表、年度等)/ Voter contacts, by deputy, year...' })
  voterContacts(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => VoterContactFilter, { nullable: true }) filter?: VoterContactFilter) {
    return listVoterContacts(ctx, filter, page);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => VoterContact, { description: '登记联系选民及收集的意见(一个事务)/ Record a contact and its opinions, in one transaction' })
  createVoterContact(@Ctx() ctx: Context, @Arg('input', () => VoterContactInput) input: VoterContactInput): Promise<VoterContact> {
    return createVoterContact(ctx, input);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => Boolean, { description: '删除误登记的联系选民 / Delete a contact recorded by mistake' })
  deleteVoterContact(@Ctx() ctx: Context, @Args(() => IdVersionArgs) args: IdVersionArgs): Promise<boolean> {
    return deleteVoterContact(ctx, toId(args.id), args.version);
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => VoterOpinion, { description: '为一次联系补充选民意见 / Add an opinion to a contact' })
  addVoterOpinion(@Ctx() ctx: Context, @Arg('contactId', () => ID) contactId: string, @Arg('input', () => VoterOpinionInput) input: VoterOpinionInput): Promise<VoterOpinion> {
    return addVoterOpinion(ctx, toId(contactId), input);
  }

  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() c: VoterContact, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, c.deputyId))!;
  }

  @FieldResolver(() => LiaisonStation, { nullable: true, description: '联络站 / Liaison station' })
  station(@Root() c: VoterContact, @Ctx() ctx: Context): Promise<LiaisonStation | null> {
    return loadById(ctx, LiaisonStation, c.stationId);
  }

  @FieldResolver(() => [VoterOpinion], { description: '收集的意见 / Opinions taken' })
  opinions(@Root() c: VoterContact, @Ctx() ctx: Context): Promise<VoterOpinion[]> {
    return byColumn(ctx, VoterOpinion, 'contactId').load(c.id);
  }
}

@Resolver(() => VoterOpinion)
export class VoterOpinionResolver {
  @Allow(P.DUTY_READ)
  @Query(() => VoterOpinionConnection, { description: '民意 / Voters\' opinions' })
  voterOpinions(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => VoterOpinionFilter, { nullable: true }) filter?: VoterOpinionFilter) {
    return listVoterOpinions(ctx, filter, page);
  }

  @Allow(P.DUTY_READ)
  @Query(() => String, { description: '导出民意(CSV;无个人信息权限时选民姓名、电话为掩码)/ Opinions as CSV; voters\' names and phones masked without personal:read' })
  voterOpinionsCsv(@Ctx() ctx: Context, @Arg('filter', () => VoterOpinionFilter, { nullable: true }) filter?: VoterOpinionFilter): Promise<string> {
    return exportVoterOpinions(ctx, filter);
  }

  @Allow(P.DUTY_READ)
  @Query(() => SuggestionDraft, { description: '由民意生成的建议草稿 / The suggestion draft an opinion would make' })
  async voterOpinionSuggestionDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SuggestionDraft> {
    await getVoterOpinion(ctx, toId(id));
    return suggestionDraftFromOpinion(ctx.db.manager, toId(id));
  }

  @Allow(P.DUTY_WRITE)
  @Mutation(() => VoterOpinion, { description: '处理民意:答复、转交单位或关联已创建的建议 / Answer, refer, or link to the suggestion made from it' })
  disposeVoterOpinion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => DisposeVoterOpinionInput) input: DisposeVoterOpinionInput): Promise<VoterOpinion> {
    return disposeVoterOpinion(ctx, toId(id), input);
  }

  @FieldResolver(() => Deputy, { description: '收集意见的代表 / Deputy who took it' })
  async deputy(@Root() o: VoterOpinion, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, o.deputyId))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '转交单位 / Organization referred to' })
  referredOrganization(@Root() o: VoterOpinion, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, o.referredOrganizationId);
  }

  @FieldResolver(() => [VoterOpinionActionEnum], { description: '当前可执行的处理方式 / Actions allowed now' })
  allowedActions(@Root() o: VoterOpinion): VoterOpinionAction[] {
    return allowedActions(VOTER_OPINION_MACHINE, o.status);
  }
}
