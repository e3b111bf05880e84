import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PERMISSIONS as P, type DeputyStatus } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, paginate, toId } from '../../common/pagination';
import { escapeLike } from '../users/user.service';
import { Term } from '../registry/congress.entity';
import { DeputyStatusEnum } from '../registry/registry.enums';
import { GroupMembership } from '../groups/deputy-group.entity';
import { Deputy } from './deputy.entity';
import { Mandate } from './mandate.entity';

@ObjectType({ description: '代表分页列表 / A page of deputies' })
export class DeputyConnection extends Connection(Deputy, 'Deputy') {}

@InputType({ description: '代表筛选 / Deputy filter' })
export class DeputyFilter {
  @Field(() => String, { nullable: true, description: '姓名、全拼或拼音首字母(“zs”可找到张三)/ Name, pinyin or initials' })
  @IsOptional()
  @MaxLength(50)
  search?: string;

  @Field(() => ID, { nullable: true, description: '在该届有代表资格 / Holds a mandate in this term' })
  termId?: string;

  @Field(() => ID, { nullable: true, description: '当前在该小组 / Currently in this group' })
  groupId?: string;

  @Field(() => DeputyStatusEnum, { nullable: true, description: '状态 / Status' })
  status?: DeputyStatus;
}

export enum DeputySort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  BIRTH_DATE_ASC = 'BIRTH_DATE_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
}
registerEnumType(DeputySort, {
  name: 'DeputySort',
  description: '代表排序(姓名按拼音)/ Deputy order (names by pinyin)',
  valuesConfig: {
    NAME_ASC: { description: '姓名拼音升序 / Name (pinyin), A to Z' },
    NAME_DESC: { description: '姓名拼音降序 / Name (pinyin), Z to A' },
    BIRTH_DATE_ASC: { description: '年龄从大到小 / Oldest first' },
    CREATED_AT_DESC: { description: '最近录入 / Most recently added' },
  },
});

const SORTS: Record<DeputySort, [string, 'ASC' | 'DESC']> = {
  [DeputySort.NAME_ASC]: ['d.namePinyin', 'ASC'],
  [DeputySort.NAME_DESC]: ['d.namePinyin', 'DESC'],
  [DeputySort.BIRTH_DATE_ASC]: ['d.birthDate', 'ASC'],
  [DeputySort.CREATED_AT_DESC]: ['d.createdAt', 'DESC'],
};

@Resolver(() => Deputy)
export class DeputyResolver {
  @Allow(P.DEPUTY_READ)
  @Query(() => DeputyConnection, { description: '代表名册 / The deputy roster' })
  deputies(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DeputyFilter, { nullable: true }) filter?: DeputyFilter,
    @Arg('sort', () => DeputySort, { nullable: true }) sort?: DeputySort,
  ) {
    const qb = ctx.db.getRepository(Deputy).createQueryBuilder('d');
    if (filter?.search) {
      const s = filter.search.trim().toLowerCase();
      if (/^[a-z]+$/.test(s)) qb.andWhere('(d.nameInitials LIKE :p OR d.namePinyin LIKE :p)', { p: `${escapeLike(s)}%` });
      else qb.andWhere('d.name LIKE :c', { c: `%${escapeLike(filter.search.trim())}%` });
    }
    if (filter?.termId) qb.andWhere('EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = :termId)', { termId: toId(filter.termId) });
    if (filter?.groupId) qb.andWhere('EXISTS (SELECT 1 FROM group_membership gm WHERE gm.deputy_id = d.id AND gm.group_id = :groupId AND gm.end_date IS NULL)', { groupId: toId(filter.groupId) });
    if (filter?.status) qb.andWhere('d.status = :status', { status: filter.status });
    const [column, dir] = SORTS[sort ?? DeputySort.NAME_ASC];
    qb.orderBy(column, dir, 'NULLS LAST').addOrderBy('d.id', 'ASC');
    return paginate(qb, page);
  }

  @Allow(P.DEPUTY_READ, P.DUTY_READ)
  @Query(() => Deputy, { description: '一位代表 / One deputy' })
  async deputy(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Deputy> {
    const deputy = await loadById(ctx, Deputy, toId(id));
    if (!deputy) throw notFound('代表 / deputy', id);
    return deputy;
  }

  @FieldResolver(() => [Mandate], { description: '代表资格(各届)/ Mandates, one per term' })
  mandates(@Root() deputy: Deputy, @Ctx() ctx: Context): Promise<Mandate[]> {
    return byColumn(ctx, Mandate, 'deputyId', { orderBy: { startDate: 'DESC' } }).load(deputy.id);
  }

  @FieldResolver(() => [GroupMembership], { description: '当前所在小组(每届至多一个)/ Current group memberships, at most one per term' })
  groupMemberships(@Root() deputy: Deputy, @Ctx() ctx: Context): Promise<GroupMembership[]> {
    return byColumn(ctx, GroupMembership, 'deputyId', { where: 'x.end_date IS NULL', orderBy: { startDate: 'DESC' } }).load(deputy.id);
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
  async term(@Root() mandate: Mandate, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, mandate.termId))!;
  }
}
