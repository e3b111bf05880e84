import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { groupHealth, PERMISSIONS as P, GROUP_RULES_SETTING, type CongressLevel, type GroupRole } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { byColumn, loadById, loadByIdNow } from '../../common/loaders';
import { toId } from '../../common/pagination';
import { putSetting } from '../settings/setting.service';
import { Congress, Term } from '../registry/congress.entity';
import { Division } from '../registry/division.entity';
import { Sector } from '../registry/sector.entity';
import { CongressLevelEnum, GroupRoleEnum } from '../registry/registry.enums';
import { deleteRecord } from '../registry/registry.service';
import { Deputy } from '../deputies/deputy.entity';
import { DeputyGroup, GroupMembership } from './deputy-group.entity';
import { AddGroupMemberInput, EndGroupMemberInput, GroupChoiceArgs, GroupInput, MoveGroupMemberInput } from './group.inputs';
import { addGroupMember, createGroup, findGroups, endGroupMember, groupRules, moveGroupMember, setGroupMemberRole, updateGroup } from './group.service';

@InputType({ description: '小组筛选 / Group filter' })
export class GroupFilter {
  @Field(() => ID, { nullable: true, description: '届 / Term' })
  termId?: string;

  @Field(() => CongressLevelEnum, { nullable: true, description: '人大层级 / Congress level' })
  level?: CongressLevel;

  @Field(() => ID, { nullable: true, description: '只看该人大各届的小组 / Only groups of this congress\'s terms' })
  congressId?: string;

  @Field(() => String, { nullable: true, description: '搜索:以空格或“·”分开的每个词都须出现在小组名称、届名或所属人大的名称或地区中(不区分大小写),如“第一小组 · 柳河” / Search: every word (split at spaces or "·") must occur in the group\'s name, its term\'s name or its congress\'s name or region, ignoring case, e.g. "第一小组 · 柳河"' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ObjectType({ description: '小组规则(按人大层级,可配置)/ Group rules of one congress level (configurable)' })
export class GroupRulesOfLevel {
  @Field(() => CongressLevelEnum, { description: '层级 / Level' }) level: CongressLevel;
  @Field(() => Int, { description: '最少人数(健康检查)/ Fewest members (health check)' }) minSize: number;
  @Field(() => Int, { description: '最多人数(健康检查)/ Most members (health check)' }) maxSize: number;
  @Field(() => Int, { description: '副组长上限(强制)/ Most vice leaders (enforced)' }) maxViceLeaders: number;
}

@InputType({ description: '修改一个层级的小组规则 / New group rules for one level' })
export class GroupRulesInput {
  @Field(() => CongressLevelEnum, { description: '层级 / Level' }) level: CongressLevel;
  @Field(() => Int, { description: '最少人数 / Fewest members' }) @Min(0) @Max(1000) minSize: number;
  @Field(() => Int, { description: '最多人数 / Most members' }) @Min(0) @Max(1000) maxSize: number;
  @Field(() => Int, { description: '副组长上限 / Most vice leaders' }) @Min(0) @Max(20) maxViceLeaders: number;
}

@ObjectType({ description: '小组健康检查(提示,不阻止操作)/ A group\'s health: shown, never a reason to refuse' })
export class GroupHealthReport {
  @Field(() => Int, { description: '当前人数 / Current size' }) size: number;
  @Field(() => Int, { description: '规定最少人数 / Fewest members the rules want' }) minSize: number;
  @Field(() => Int, { description: '规定最多人数 / Most members the rules want' }) maxSize: number;
  @Field(() => Boolean, { description: '人数在范围内 / Size within the range' }) sizeOk: boolean;
  @Field(() => Boolean, { description: '有组长 / Has a leader' }) hasLeader: boolean;
  @Field(() => Int, { description: '副组长人数 / Vice leaders' }) viceLeaders: number;
  @Field(() => Int, { description: '副组长上限 / Most vice leaders allowed' }) maxViceLeaders: number;
  @Field(() => [String], { description: '问题:TOO_SMALL、TOO_LARGE、NO_LEADER / Problems: TOO_SMALL, TOO_LARGE, NO_LEADER' }) problems: string[];
}

const ID_ARG = { description: '编号 / Id' };
const VERSION_ARG = { description: '读取时的版本号 / The version you read' };
const currentMembers = (ctx: Context) => byColumn(ctx, GroupMembership, 'groupId', { where: 'x.end_date IS NULL' });

@Resolver(() => DeputyGroup)
export class GroupResolver {
  @Allow(P.GROUP_READ, P.ACTIVITY_READ)
  @Query(() => [DeputyGroup], { description: '代表活动小组,按届和编号排序 / Activity groups, in term and id order' })
  groups(
    @Ctx() ctx: Context,
    @Args(() => GroupChoiceArgs) choice: GroupChoiceArgs,
    @Arg('filter', () => GroupFilter, { nullable: true, description: '筛选条件 / Filter' }) filter?: GroupFilter,
  ): Promise<DeputyGroup[]> {
    return findGroups(ctx, { ...filter, ...choice });
  }

  @Allow(P.GROUP_READ, P.ACTIVITY_READ)
  @Query(() => DeputyGroup, { description: '一个小组 / One group' })
  async group(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<DeputyGroup> {
    const group = await loadById(ctx, DeputyGroup, toId(id));
    if (!group) throw notFound({ zh: '代表小组', en: 'group' }, id);
    return group;
  }

  @Allow(P.GROUP_READ, P.REGISTRY_READ)
  @Query(() => [GroupRulesOfLevel], { description: '各层级的小组规则 / Group rules per congress level' })
  async groupRules(@Ctx() ctx: Context): Promise<GroupRulesOfLevel[]> {
    const rules = await groupRules(ctx.db.manager);
    return (Object.keys(rules) as CongressLevel[]).map((level) => ({ level, ...rules[level] }));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => [GroupRulesOfLevel], { description: '修改一个层级的小组规则 / Change the group rules of one level' })
  async setGroupRules(@Ctx() ctx: Context, @Arg('input', () => GroupRulesInput, { description: '内容 / The values' }) input: GroupRulesInput): Promise<GroupRulesOfLevel[]> {
    if (input.minSize > input.maxSize) throw badInput('common.invalidInput', { details: 'minSize > maxSize' });
    await ctx.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('groups.rules'))`);
      const [row] = await em.query(`SELECT value FROM app_setting WHERE key = $1`, [GROUP_RULES_SETTING]);
      const value = { ...(row?.value ?? {}), [input.level]: { minSize: input.minSize, maxSize: input.maxSize, maxViceLeaders: input.maxViceLeaders } };
      await putSetting(em, GROUP_RULES_SETTING, value);
    });
    return this.groupRules(ctx);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => DeputyGroup, { description: '新建代表小组 / Create a group' })
  createGroup(@Ctx() ctx: Context, @Arg('input', () => GroupInput, { description: '内容 / The values' }) input: GroupInput): Promise<DeputyGroup> {
    return createGroup(ctx, input);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => DeputyGroup, { description: '修改代表小组 / Change a group' })
  updateGroup(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => GroupInput, { description: '内容 / The values' }) input: GroupInput): Promise<DeputyGroup> {
    return updateGroup(ctx, toId(id), version, input);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => Boolean, { description: '删除代表小组(从未有成员时)/ Delete a group that never had members' })
  deleteGroup(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, DeputyGroup, { zh: '代表小组', en: 'group' }, toId(id), version);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => GroupMembership, { description: '把代表加入小组(每届一个小组;组长一名,副组长有上限)/ Add a deputy to a group (one group per term; one leader; limited vice leaders)' })
  addGroupMember(@Ctx() ctx: Context, @Arg('input', () => AddGroupMemberInput, { description: '内容 / The values' }) input: AddGroupMemberInput): Promise<GroupMembership> {
    return addGroupMember(ctx, input);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => GroupMembership, { description: '把成员调整到同届另一小组,返回新的成员关系 / Move a member to another group of the term; returns the new membership' })
  moveGroupMember(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '当前成员关系 / Current membership' }) id: string, @Arg('input', () => MoveGroupMemberInput, { description: '内容 / The values' }) input: MoveGroupMemberInput): Promise<GroupMembership> {
    return moveGroupMember(ctx, toId(id), input);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => GroupMembership, { description: '设置成员职务 / Set a member\'s role' })
  setGroupMemberRole(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: '成员关系 / Membership' }) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('role', () => GroupRoleEnum, { description: '职务 / Role' }) role: GroupRole,
  ): Promise<GroupMembership> {
    return setGroupMemberRole(ctx, toId(id), version, role);
  }

  @Allow(P.GROUP_WRITE)
  @Mutation(() => GroupMembership, { description: '成员离开小组 / End a membership' })
  endGroupMember(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '成员关系 / Membership' }) id: string, @Arg('input', () => EndGroupMemberInput, { description: '内容 / The values' }) input: EndGroupMemberInput): Promise<GroupMembership> {
    return endGroupMember(ctx, toId(id), input);
  }

  @FieldResolver(() => Term, { description: '届 / Term' })
  async term(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, group.termId))!;
  }

  @FieldResolver(() => CongressLevelEnum, { description: '人大层级 / Congress level' })
  async level(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<CongressLevel> {
    const term = (await loadById(ctx, Term, group.termId))!;
    return (await loadById(ctx, Congress, term.congressId))!.level;
  }

  @FieldResolver(() => Division, { nullable: true, description: '对应区划 / Division' })
  division(@Root() group: DeputyGroup, @Ctx() ctx: Context): Division | null | Promise<Division | null> {
    return loadByIdNow(ctx, Division, group.divisionId);
  }

  @FieldResolver(() => Sector, { nullable: true, description: '对应系统 / Sector' })
  sector(@Root() group: DeputyGroup, @Ctx() ctx: Context): Sector | null | Promise<Sector | null> {
    return loadByIdNow(ctx, Sector, group.sectorId);
  }

  @FieldResolver(() => [GroupMembership], { description: '当前成员(组长、副组长在前,姓名按拼音)/ Current members: leader, vice leaders, then by name in pinyin' })
  async members(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<GroupMembership[]> {
    const members = await currentMembers(ctx).load(group.id);
    const deputies = await Promise.all(members.map((m) => loadById(ctx, Deputy, m.deputyId)));
    const rank: Record<GroupRole, number> = { LEADER: 0, VICE_LEADER: 1, MEMBER: 2 };
    const pinyin = new Map(members.map((m, i) => [m.id, deputies[i]?.namePinyin ?? '']));
    return [...members].sort((a, b) => rank[a.role] - rank[b.role] || pinyin.get(a.id)!.localeCompare(pinyin.get(b.id)!) || a.id - b.id);
  }

  @FieldResolver(() => Int, { description: '当前人数 / Current size' })
  async memberCount(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<number> {
    return (await currentMembers(ctx).load(group.id)).length;
  }

  @FieldResolver(() => GroupHealthReport, { description: '健康检查:人数和组长(按层级规则)/ Health: size and leader, by the level\'s rules' })
  async health(@Root() group: DeputyGroup, @Ctx() ctx: Context): Promise<GroupHealthReport> {
    const level = await this.level(group, ctx);
    const rules = (await ctx.loaders.get('groupRules', () => groupRules(ctx.db.manager)))[level];
    const h = groupHealth(rules, await currentMembers(ctx).load(group.id));
    return { ...h, minSize: rules.minSize, maxSize: rules.maxSize, maxViceLeaders: rules.maxViceLeaders };
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  deputy(@Root() m: GroupMembership, @Ctx() ctx: Context): Deputy | Promise<Deputy> {
    return loadByIdNow(ctx, Deputy, m.deputyId) as Deputy | Promise<Deputy>;
  }

  @FieldResolver(() => DeputyGroup, { description: '小组 / Group' })
  group(@Root() m: GroupMembership, @Ctx() ctx: Context): DeputyGroup | Promise<DeputyGroup> {
    return loadByIdNow(ctx, DeputyGroup, m.groupId) as DeputyGroup | Promise<DeputyGroup>;
  }
}
