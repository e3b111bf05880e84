import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { byColumn, loadById } from '../../common/loaders';
import { toId } from '../../common/pagination';
import { escapeLike } from '../users/user.service';
import { Term } from '../registry/congress.entity';
import { Division } from '../registry/division.entity';
import { Sector } from '../registry/sector.entity';
import { Deputy } from '../deputies/deputy.entity';
import { DeputyGroup, GroupMembership } from './deputy-group.entity';

@InputType({ description: '小组筛选 / Group filter' })
export class GroupFilter {
  @Field(() => ID, { nullable: true, description: '届 / Term' })
  termId?: string;

  @Field(() => String, { nullable: true, description: '名称包含 / Name contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@Resolver(() => DeputyGroup)
export class GroupResolver {
  @Allow(P.GROUP_READ, P.ACTIVITY_READ)
  @Query(() => [DeputyGroup], { description: '代表活动小组 / Activity groups' })
  groups(@Ctx() ctx: Context, @Arg('filter', () => GroupFilter, { nullable: true }) filter?: GroupFilter): Promise<DeputyGroup[]> {
    const qb = ctx.db.getRepository(DeputyGroup).createQueryBuilder('g');
    if (filter?.termId) qb.andWhere('g.termId = :t', { t: toId(filter.termId) });
    if (filter?.search) qb.andWhere('g.name ILIKE :s', { s: `%${escapeLike(filter.search)}%` });
    return qb.orderBy('g.termId', 'ASC').addOrderBy('g.id', 'ASC').getMany();
  }

  @Allow(P.GROUP_READ, P.ACTIVITY_READ)
  @Query(() => DeputyGroup, { description: '一个小组 / One group' })
  async group(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DeputyGroup> {
    const group = await loadById(ctx, DeputyGroup, toId(id));
    if (!group) throw notFound('代表小组 / group', id);
    return group;
  }

  @FieldResolver(() => Term, { description: '届 / Term' })
  async term(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, group.termId))!;
  }

  @FieldResolver(() => Division, { nullable: true, description: '对应区划 / Division' })
  division(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<Division | null> {
    return loadById(ctx, Division, group.divisionId);
  }

  @FieldResolver(() => Sector, { nullable: true, description: '对应系统 / Sector' })
  sector(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<Sector | null> {
    return loadById(ctx, Sector, group.sectorId);
  }

  @FieldResolver(() => [GroupMembership], { description: '当前成员 / Current members' })
  members(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<GroupMembership[]> {
    return byColumn(ctx, GroupMembership, 'groupId', { where: 'x.end_date IS NULL' }).load(group.id);
  }

  @FieldResolver(() => Int, { description: '当前人数 / Current size' })
  async memberCount(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<number> {
    return (await byColumn(ctx, GroupMembership, 'groupId', { where: 'x.end_date IS NULL' }).load(group.id)).length;
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() m: GroupMembership, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, m.deputyId))!;
  }

  @FieldResolver(() => DeputyGroup, { description: '小组 / Group' })
  async group(@Root() m: GroupMembership, @Ctx() ctx: Context): Promise<DeputyGroup> {
    return (await loadById(ctx, DeputyGroup, m.groupId))!;
  }
}
