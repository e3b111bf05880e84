import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { byColumn, byId, loadById, loadByIdNow } from '../../common/loaders';
import { hydrate } from '../../common/prefetch';
import { Connection, PageArgs, paginate, toId } from '../../common/pagination';
import { Term } from '../registry/congress.entity';
import { Division } from '../registry/division.entity';
import { ElectoralDistrict } from '../registry/electoral-district.entity';
import { DeputyGroup, GroupMembership } from '../groups/deputy-group.entity';
import { deputyPageExtras, prefetchDeputyPage, registerDeputyPrefetch } from './deputy.prefetch';
import { Deputy } from './deputy.entity';
import { DeputySort } from './deputy.enums';
import { CreateDeputyInput, DeputyFilter, DeputyInput, EndMandateInput, MandateInput } from './deputy.inputs';
import { addMandate, createDeputy, deputyQuery, endMandate, levelOnlyCount, narrowFilter, searchOnlyPage, updateDeputy } from './deputy.service';
import { Mandate } from './mandate.entity';

export { DeputyFilter, DeputySort };

@ObjectType({ description: '代表名册的一页 / A page of the deputy roster' })
export class DeputyConnection extends Connection(Deputy, 'Deputy') {}

const ID_ARG = { description: '编号 / Id' };

/** The loaders of a deputy's mandates and current memberships, shared by the field resolvers and the page prefetch. */
const MANDATES = { orderBy: { startDate: 'DESC' } } as const;
const CURRENT_MEMBERSHIPS = { where: 'x.end_date IS NULL', orderBy: { startDate: 'DESC' } } as const;

registerDeputyPrefetch({
  field: 'mandates',
  sql: `(SELECT coalesce(json_agg(json_build_object('m', row_to_json(m), 't', row_to_json(t)) ORDER BY m.start_date DESC), '[]'::json)
           FROM mandate m JOIN term t ON t.id = m.term_id WHERE m.deputy_id = d.id)`,
  prime(ctx, deputyId, value) {
    const list = value as { m: Record<string, unknown>; t: Record<string, unknown> }[];
    byColumn(ctx, Mandate, 'deputyId', MANDATES).prime(deputyId, list.map((x) => hydrate(ctx, Mandate, x.m)));
    for (const x of list) byId(ctx, Term).primeWith(x.t.id as number, () => hydrate(ctx, Term, x.t));
  },
});

registerDeputyPrefetch({
  field: 'groupMemberships',
  sql: `(SELECT coalesce(json_agg(json_build_object('m', row_to_json(gm), 'g', row_to_json(g), 'd', row_to_json(dv)) ORDER BY gm.start_date DESC), '[]'::json)
           FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id LEFT JOIN division dv ON dv.id = g.division_id
          WHERE gm.deputy_id = d.id AND gm.end_date IS NULL)`,
  prime(ctx, deputyId, value) {
    const list = value as { m: Record<string, unknown>; g: Record<string, unknown>; d: Record<string, unknown> | null }[];
    byColumn(ctx, GroupMembership, 'deputyId', CURRENT_MEMBERSHIPS).prime(deputyId, list.map((x) => hydrate(ctx, GroupMembership, x.m)));
    for (const x of list) {
      byId(ctx, DeputyGroup).primeWith(x.g.id as number, () => hydrate(ctx, DeputyGroup, x.g));
      if (x.d) byId(ctx, Division).primeWith(x.d.id as number, () => hydrate(ctx, Division, x.d!));
    }
  },
});
const VERSION_ARG = { description: '读取时的版本号 / The version you read' };

@Resolver(() => Deputy)
export class DeputyResolver {
  @Allow(P.DEPUTY_READ)
  @Query(() => DeputyConnection, { description: '代表名册 / The deputy roster' })
  async deputies(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DeputyFilter, { nullable: true, description: '筛选条件 / Filter' }) filter?: DeputyFilter,
    @Arg('sort', () => DeputySort, { nullable: true, description: '排序(默认姓名拼音)/ Order (default: name by pinyin)' }) sort?: DeputySort,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const extra = deputyPageExtras(ctx, info);
    const result = (await searchOnlyPage(ctx, filter, sort, page, extra)) ?? (await paginate(await deputyQuery(ctx, filter, sort), page, extra, { countApart: !narrowFilter(filter), count: levelOnlyCount(ctx, filter) }));
    if (extra && !result.extraRead) await prefetchDeputyPage(ctx, extra, result.nodes);
    return result;
  }

  @Allow(P.DEPUTY_READ, P.DUTY_READ)
  @Query(() => Deputy, { description: '一位代表 / One deputy' })
  async deputy(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<Deputy> {
    const deputy = await loadById(ctx, Deputy, toId(id));
    if (!deputy) throw notFound({ zh: '代表', en: 'deputy' }, id);
    return deputy;
  }

  @Allow(P.DEPUTY_WRITE)
  @Mutation(() => Deputy, { description: '新建代表(可同时建立代表资格)/ Create a deputy, optionally with a mandate' })
  createDeputy(@Ctx() ctx: Context, @Arg('input', () => CreateDeputyInput, { description: '内容 / The values' }) input: CreateDeputyInput): Promise<Deputy> {
    return createDeputy(ctx, input);
  }

  @Allow(P.DEPUTY_WRITE)
  @Mutation(() => Deputy, { description: '修改代表信息 / Change a deputy\'s record' })
  updateDeputy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => DeputyInput, { description: '内容 / The values' }) input: DeputyInput,
  ): Promise<Deputy> {
    return updateDeputy(ctx, toId(id), version, input);
  }

  @Allow(P.DEPUTY_WRITE)
  @Mutation(() => Mandate, { description: '为代表建立一届的代表资格 / Give a deputy a mandate in a term' })
  addMandate(@Ctx() ctx: Context, @Arg('deputyId', () => ID, { description: '代表 / Deputy' }) deputyId: string, @Arg('input', () => MandateInput, { description: '内容 / The values' }) input: MandateInput): Promise<Mandate> {
    return addMandate(ctx, toId(deputyId, 'deputyId'), input);
  }

  @Allow(P.DEPUTY_WRITE)
  @Mutation(() => Mandate, { description: '终止代表资格(同时离开该届小组)/ End a mandate; the deputy leaves their group of that term' })
  endMandate(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('input', () => EndMandateInput, { description: '内容 / The values' }) input: EndMandateInput): Promise<Mandate> {
    return endMandate(ctx, toId(id), input);
  }

  @FieldResolver(() => [Mandate], { description: '代表资格(各届)/ Mandates, one per term' })
  mandates(@Root() deputy: Deputy, @Ctx() ctx: Context): Mandate[] | Promise<Mandate[]> {
    return byColumn(ctx, Mandate, 'deputyId', MANDATES).loadNow(deputy.id);
  }

  @FieldResolver(() => [GroupMembership], { description: '当前所在小组(每届至多一个)/ Current group memberships, at most one per term' })
  groupMemberships(@Root() deputy: Deputy, @Ctx() ctx: Context): GroupMembership[] | Promise<GroupMembership[]> {
    return byColumn(ctx, GroupMembership, 'deputyId', CURRENT_MEMBERSHIPS).loadNow(deputy.id);
  }

  @FieldResolver(() => [GroupMembership], { description: '小组经历(含已离开的)/ Every group membership, past ones included' })
  groupHistory(@Root() deputy: Deputy, @Ctx() ctx: Context): Promise<GroupMembership[]> {
    return byColumn(ctx, GroupMembership, 'deputyId', { orderBy: { startDate: 'DESC', id: 'DESC' } }).load(deputy.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: '年龄(按今天)/ Age today' })
  age(@Root() deputy: Deputy): number | null {
    if (!deputy.birthDate) return null;
    const [y, m, d] = deputy.birthDate.split('-').map(Number) as [number, number, number];
    const now = new Date();
    return now.getFullYear() - y - (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d) ? 1 : 0);
  }
}

@Resolver(() => Mandate)
export class MandateFieldsResolver {
  @FieldResolver(() => Term, { description: '届 / Term' })
  term(@Root() mandate: Mandate, @Ctx() ctx: Context): Term | Promise<Term> {
    return loadByIdNow(ctx, Term, mandate.termId) as Term | Promise<Term>;
  }

  @FieldResolver(() => ElectoralDistrict, { nullable: true, description: '选区或选举单位 / Electoral district' })
  electoralDistrict(@Root() mandate: Mandate, @Ctx() ctx: Context): Promise<ElectoralDistrict | null> {
    return loadById(ctx, ElectoralDistrict, mandate.electoralDistrictId);
  }
}
