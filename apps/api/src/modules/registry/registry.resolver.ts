import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PERMISSIONS as P, type CongressLevel, type OrganizationKind } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { loadById } from '../../common/loaders';
import { Connection, PageArgs, paginate, toId } from '../../common/pagination';
import { escapeLike } from '../../common/records';
import { Congress, Session, Term } from './congress.entity';
import { Division } from './division.entity';
import { ElectoralDistrict } from './electoral-district.entity';
import { findCongresses, findDivisions, findSessions, findTerms, hasPinyinCollation } from './registry.service';
import { CongressChoiceArgs, DivisionChoiceArgs, SessionListArgs, TermChoiceArgs } from './registry.inputs';
import { LiaisonStation } from './liaison-station.entity';
import { Organization } from './organization.entity';
import { CongressLevelEnum, OrganizationKindEnum } from './registry.enums';
import { Regulation } from './regulation.entity';
import { Sector } from './sector.entity';

@ObjectType({ description: '单位列表的一页 / A page of organizations' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}

@InputType({ description: '单位筛选 / Organization filter' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: '名称包含 / Name contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => OrganizationKindEnum, { nullable: true, description: '类型 / Kind' })
  kind?: OrganizationKind;

  @Field(() => Boolean, { nullable: true, description: '只看承办单位 / Only units that handle suggestions' })
  handlesSuggestions?: boolean;
}

@Resolver()
export class RegistryResolver {
  @Allow(P.REGISTRY_READ, P.SUGGESTION_READ, P.ACTIVITY_READ)
  @Query(() => [Congress], { description: '各级人大,按编号排序 / Congresses, in id order' })
  congresses(
    @Ctx() ctx: Context,
    @Args(() => CongressChoiceArgs) choice: CongressChoiceArgs,
    @Arg('level', () => CongressLevelEnum, { nullable: true, description: '只看该层级 / Only this level' }) level?: CongressLevel,
  ): Promise<Congress[]> {
    return findCongresses(ctx, { ...choice, level });
  }

  @Allow(P.REGISTRY_READ, P.SUGGESTION_READ, P.ACTIVITY_READ)
  @Query(() => [Term], { description: '届,按人大和届次排序 / Terms, in congress and ordinal order' })
  terms(
    @Ctx() ctx: Context,
    @Args(() => TermChoiceArgs) choice: TermChoiceArgs,
    @Arg('congressId', () => ID, { nullable: true, description: '只看该人大 / Only this congress' }) congressId?: string,
    @Arg('level', () => CongressLevelEnum, { nullable: true, description: '只看该层级人大的届 / Only terms of congresses of this level' }) level?: CongressLevel,
  ): Promise<Term[]> {
    return findTerms(ctx, { ...choice, congressId, level });
  }

  @Allow(P.REGISTRY_READ, P.SUGGESTION_READ, P.ACTIVITY_READ)
  @Query(() => [Session], { description: '次会议,按届和会次排序 / Plenary sessions, in term and ordinal order' })
  sessions(
    @Ctx() ctx: Context,
    @Args(() => SessionListArgs) list: SessionListArgs,
    @Arg('termId', () => ID, { nullable: true, description: '只看该届 / Only this term' }) termId?: string,
    @Arg('level', () => CongressLevelEnum, { nullable: true, description: '只看该层级人大的会议 / Only sessions of congresses of this level' }) level?: CongressLevel,
  ): Promise<Session[]> {
    return findSessions(ctx, { ...list, termId, level });
  }

  @Allow(P.REGISTRY_READ)
  @Query(() => [Division], { description: '行政区划,按编号排序(不带条件时为全部,按上级组织成树)/ Divisions in id order; without arguments all of them, to build the tree from parentId' })
  divisions(@Ctx() ctx: Context, @Args(() => DivisionChoiceArgs) choice: DivisionChoiceArgs): Promise<Division[]> {
    return findDivisions(ctx, choice);
  }

  @Allow(P.REGISTRY_READ)
  @Query(() => [Sector], { description: '系统 / Sectors' })
  sectors(@Ctx() ctx: Context): Promise<Sector[]> {
    return ctx.db.getRepository(Sector).find({ order: { id: 'ASC' } });
  }

  @Allow(P.REGISTRY_READ, P.SUGGESTION_READ, P.ACTIVITY_READ, P.FINDING_READ)
  @Query(() => OrganizationConnection, { description: '单位 / Organizations' })
  async organizations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: '筛选条件 / Filter' }) filter?: OrganizationFilter,
  ) {
    const qb = ctx.db.getRepository(Organization).createQueryBuilder('o');
    if (filter?.search) qb.andWhere('o.name ILIKE :s', { s: `%${escapeLike(filter.search)}%` });
    if (filter?.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter?.handlesSuggestions != null) qb.andWhere('o.handlesSuggestions = :h', { h: filter.handlesSuggestions });
    // Chinese names in pinyin order where the server has the ICU collation for it.
    qb.orderBy((await hasPinyinCollation(ctx.db.manager)) ? 'o.name COLLATE "zh-x-icu"' : 'o.name', 'ASC').addOrderBy('o.id', 'ASC');
    return paginate(qb, page);
  }

  @Allow(P.REGISTRY_READ, P.SUGGESTION_READ, P.ACTIVITY_READ, P.FINDING_READ)
  @Query(() => Organization, { description: '一个单位 / One organization' })
  async organization(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '编号 / Id' }) id: string): Promise<Organization> {
    const org = await loadById(ctx, Organization, toId(id));
    if (!org) throw notFound({ zh: '单位', en: 'organization' }, id);
    return org;
  }

  @Allow(P.REGISTRY_READ)
  @Query(() => [ElectoralDistrict], { description: '选区和选举单位 / Electoral districts, of one congress or all' })
  electoralDistricts(@Ctx() ctx: Context, @Arg('congressId', () => ID, { nullable: true, description: '只看该人大 / Only this congress' }) congressId?: string): Promise<ElectoralDistrict[]> {
    return ctx.db.getRepository(ElectoralDistrict).find({ where: congressId ? { congressId: toId(congressId) } : {}, order: { congressId: 'ASC', id: 'ASC' } });
  }

  @Allow(P.REGISTRY_READ)
  @Query(() => [LiaisonStation], { description: '代表联络站 / Liaison stations' })
  liaisonStations(@Ctx() ctx: Context): Promise<LiaisonStation[]> {
    return ctx.db.getRepository(LiaisonStation).find({ order: { id: 'ASC' } });
  }

  @Allow(P.REGISTRY_READ, P.DUTY_READ)
  @Query(() => [Regulation], { description: '规章制度 / Regulations' })
  regulations(@Ctx() ctx: Context): Promise<Regulation[]> {
    return ctx.db.getRepository(Regulation).find({ order: { adoptedOn: 'DESC', id: 'DESC' } });
  }
}

@Resolver(() => Term)
export class TermFieldsResolver {
  @FieldResolver(() => Congress, { description: '所属人大 / Congress' })
  async congress(@Root() term: Term, @Ctx() ctx: Context): Promise<Congress> {
    return (await loadById(ctx, Congress, term.congressId))!;
  }
}

@Resolver(() => Session)
export class SessionFieldsResolver {
  @FieldResolver(() => Term, { description: '所属届 / Term' })
  async term(@Root() session: Session, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, session.termId))!;
  }
}

@Resolver(() => Organization)
export class OrganizationFieldsResolver {
  @FieldResolver(() => Organization, { nullable: true, description: '上级单位 / Parent' })
  parent(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, org.parentId);
  }
}

@Resolver(() => Division)
export class DivisionFieldsResolver {
  @FieldResolver(() => Division, { nullable: true, description: '上级区划 / Parent division' })
  parent(@Root() division: Division, @Ctx() ctx: Context): Promise<Division | null> {
    return loadById(ctx, Division, division.parentId);
  }
}
