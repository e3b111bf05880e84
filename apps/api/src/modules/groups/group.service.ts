import { IsNull, type EntityManager } from 'typeorm';
import { dateRangeProblem, mergeGroupRules, GROUP_RULES_SETTING, type CongressLevel, type GroupRole, type GroupRules } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { toId } from '../../common/pagination';
import { assertVersion, searchWords } from '../../common/records';
import { getSetting } from '../settings/setting.service';
import { matchEveryWord, type ChoiceFilter } from '../registry/registry.service';
import { Term } from '../registry/congress.entity';
import { Division } from '../registry/division.entity';
import { Sector } from '../registry/sector.entity';
import { Deputy } from '../deputies/deputy.entity';
import { Mandate } from '../deputies/mandate.entity';
import { DeputyGroup, GroupMembership } from './deputy-group.entity';
import type { AddGroupMemberInput, EndGroupMemberInput, GroupInput, MoveGroupMemberInput } from './group.inputs';

const today = () => new Date().toISOString().slice(0, 10);

/** The group rules in force: the shared defaults with the app_setting override laid over them. */
export async function groupRules(em: EntityManager): Promise<Record<CongressLevel, GroupRules>> {
  return mergeGroupRules(await getSetting<unknown>(em, GROUP_RULES_SETTING, null));
}

export async function levelOfTerm(em: EntityManager, termId: number): Promise<CongressLevel> {
  const [row] = await em.query(`SELECT c.level FROM term t JOIN congress c ON c.id = t.congress_id WHERE t.id = $1`, [termId]);
  if (!row) throw notFound({ zh: '届', en: 'term' }, termId);
  return row.level as CongressLevel;
}

/** Locks the groups (in id order, so two moves never deadlock) and returns them. */
async function lockGroups(em: EntityManager, ids: number[]): Promise<Map<number, DeputyGroup>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out = new Map<number, DeputyGroup>();
  for (const id of sorted) {
    const g = await em.getRepository(DeputyGroup).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!g) throw notFound({ zh: '代表小组', en: 'group' }, id);
    out.set(id, g);
  }
  return out;
}

/**
 * Enforced role rules: at most one leader, at most the level's number of vice leaders. The group
 * row is locked by the caller, so two staff cannot both appoint the second leader.
 */
async function checkRole(em: EntityManager, group: DeputyGroup, role: GroupRole, exceptMembershipId?: number): Promise<void> {
  if (role === 'MEMBER') return;
  const current = await em.getRepository(GroupMembership).find({ where: { groupId: group.id, endDate: IsNull(), role } });
  const others = current.filter((m) => m.id !== exceptMembershipId);
  if (role === 'LEADER' && others.length) {
    const leader = await em.getRepository(Deputy).findOneBy({ id: others[0]!.deputyId });
    throw conflict('group.hasLeader', { name: leader?.name ?? '' });
  }
  if (role === 'VICE_LEADER') {
    const rules = (await groupRules(em))[await levelOfTerm(em, group.termId)];
    if (others.length >= rules.maxViceLeaders) throw conflict('group.tooManyViceLeaders', { max: rules.maxViceLeaders });
  }
}

/** A deputy joins a group only with a current mandate in its term, and only one group per term. */
async function checkCanJoin(em: EntityManager, group: DeputyGroup, deputy: Deputy, exceptMembershipId?: number): Promise<void> {
  const mandate = await em.getRepository(Mandate).findOneBy({ deputyId: deputy.id, termId: group.termId, endDate: IsNull() });
  if (!mandate) throw badInput('group.noMandate', { name: deputy.name });
  const current = await em.getRepository(GroupMembership).findOneBy({ deputyId: deputy.id, termId: group.termId, endDate: IsNull() });
  if (current && current.id !== exceptMembershipId) {
    const other = await em.getRepository(DeputyGroup).findOneBy({ id: current.groupId });
    throw conflict('group.alreadyInGroup', { name: deputy.name, group: other?.name ?? '' });
  }
}

function checkDate(value: string, start?: string): void {
  const problem = start ? dateRangeProblem(start, value) : dateRangeProblem(value, null);
  if (problem) throw badInput(problem, { value });
}

export async function addGroupMember(ctx: Context, input: AddGroupMemberInput): Promise<GroupMembership> {
  const groupId = toId(input.groupId, 'groupId');
  const deputyId = toId(input.deputyId, 'deputyId');
  const role = input.role ?? 'MEMBER';
  const startDate = input.startDate?.trim() || today();
  checkDate(startDate);
  return ctx.db.transaction(async (em) => {
    const group = (await lockGroups(em, [groupId])).get(groupId)!;
    const deputy = await em.getRepository(Deputy).findOneBy({ id: deputyId });
    if (!deputy) throw notFound({ zh: '代表', en: 'deputy' }, deputyId);
    await checkCanJoin(em, group, deputy);
    await checkRole(em, group, role);
    const repo = em.getRepository(GroupMembership);
    return repo.save(repo.create({ groupId, deputyId, termId: group.termId, role, startDate, endDate: null }));
  });
}

async function lockMembership(em: EntityManager, id: number, version: number): Promise<GroupMembership> {
  const m = await em.getRepository(GroupMembership).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!m) throw notFound({ zh: '小组成员', en: 'membership' }, id);
  assertVersion({ zh: '小组成员', en: 'membership' }, m.version, version);
  if (m.endDate) throw new AppError('CONFLICT', 'group.membershipEnded');
  return m;
}

/** Moves a member to another group of the same term: the old membership ends, a new one starts. */
export async function moveGroupMember(ctx: Context, membershipId: number, input: MoveGroupMemberInput): Promise<GroupMembership> {
  const toGroupId = toId(input.toGroupId, 'toGroupId');
  const date = input.date?.trim() || today();
  const role = input.role ?? 'MEMBER';
  return ctx.db.transaction(async (em) => {
    const probe = await em.getRepository(GroupMembership).findOneBy({ id: membershipId });
    if (!probe) throw notFound({ zh: '小组成员', en: 'membership' }, membershipId);
    const groups = await lockGroups(em, [probe.groupId, toGroupId]);
    const m = await lockMembership(em, membershipId, input.version);
    const target = groups.get(toGroupId)!;
    if (target.id === m.groupId) throw badInput('group.sameGroup');
    if (target.termId !== m.termId) throw badInput('group.otherTerm');
    checkDate(date, m.startDate);
    const deputy = (await em.getRepository(Deputy).findOneBy({ id: m.deputyId }))!;
    await checkCanJoin(em, target, deputy, m.id);
    await checkRole(em, target, role);
    m.endDate = date;
    await em.getRepository(GroupMembership).save(m);
    const repo = em.getRepository(GroupMembership);
    return repo.save(repo.create({ groupId: target.id, deputyId: m.deputyId, termId: m.termId, role, startDate: date, endDate: null }));
  });
}

export async function setGroupMemberRole(ctx: Context, membershipId: number, version: number, role: GroupRole): Promise<GroupMembership> {
  return ctx.db.transaction(async (em) => {
    const probe = await em.getRepository(GroupMembership).findOneBy({ id: membershipId });
    if (!probe) throw notFound({ zh: '小组成员', en: 'membership' }, membershipId);
    const group = (await lockGroups(em, [probe.groupId])).get(probe.groupId)!;
    const m = await lockMembership(em, membershipId, version);
    await checkRole(em, group, role, m.id);
    m.role = role;
    return em.getRepository(GroupMembership).save(m);
  });
}

export async function endGroupMember(ctx: Context, membershipId: number, input: EndGroupMemberInput): Promise<GroupMembership> {
  return ctx.db.transaction(async (em) => {
    const m = await lockMembership(em, membershipId, input.version);
    const endDate = input.endDate?.trim() || today();
    checkDate(endDate, m.startDate);
    m.endDate = endDate;
    return em.getRepository(GroupMembership).save(m);
  });
}

async function groupValues(em: EntityManager, input: GroupInput) {
  const termId = toId(input.termId, 'termId');
  if (!(await em.getRepository(Term).existsBy({ id: termId }))) throw notFound({ zh: '届', en: 'term' }, termId);
  const divisionId = input.divisionId ? toId(input.divisionId, 'divisionId') : null;
  const sectorId = input.sectorId ? toId(input.sectorId, 'sectorId') : null;
  if ((input.basis === 'DIVISION' && !divisionId) || (input.basis === 'SECTOR' && !sectorId)) throw badInput('group.basisNeedsTarget');
  if (divisionId && !(await em.getRepository(Division).existsBy({ id: divisionId }))) throw notFound({ zh: '区划', en: 'division' }, divisionId);
  if (sectorId && !(await em.getRepository(Sector).existsBy({ id: sectorId }))) throw notFound({ zh: '系统', en: 'sector' }, sectorId);
  return {
    termId,
    name: input.name.trim(),
    basis: input.basis,
    divisionId: input.basis === 'DIVISION' ? divisionId : null,
    sectorId: input.basis === 'SECTOR' ? sectorId : null,
    description: input.description?.trim() || null,
  };
}

export async function createGroup(ctx: Context, input: GroupInput): Promise<DeputyGroup> {
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(DeputyGroup);
    return repo.save(repo.create(await groupValues(em, input)));
  });
}

export async function updateGroup(ctx: Context, id: number, version: number, input: GroupInput): Promise<DeputyGroup> {
  return ctx.db.transaction(async (em) => {
    const group = (await lockGroups(em, [id])).get(id)!;
    assertVersion({ zh: '代表小组', en: 'group' }, group.version, version);
    const values = await groupValues(em, input);
    if (values.termId !== group.termId && (await em.getRepository(GroupMembership).existsBy({ groupId: id }))) throw badInput('group.otherTerm');
    Object.assign(group, values);
    return em.getRepository(DeputyGroup).save(group);
  });
}


/**
 * Groups by term, congress, level, search (the group's name, its term's name or its congress's name or
 * region) and ids, in term and id order; `first` caps the list. Group names repeat from one
 * congress to the next ("第一代表小组"), so a select finds them by their congress as well.
 */
export function findGroups(ctx: Context, filter: ChoiceFilter & { termId?: string | null; congressId?: string | null }): Promise<DeputyGroup[]> {
  if (filter.ids?.length === 0 || filter.first === 0) return Promise.resolve([]);
  const qb = ctx.db.getRepository(DeputyGroup).createQueryBuilder('g').orderBy('g.termId', 'ASC').addOrderBy('g.id', 'ASC');
  if (filter.termId) qb.andWhere('g.termId = :t', { t: toId(filter.termId) });
  if (filter.level) qb.andWhere('g.term_id IN (SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = :level)', { level: filter.level });
  if (filter.congressId) qb.andWhere('g.term_id IN (SELECT t.id FROM term t WHERE t.congress_id = :c)', { c: toId(filter.congressId) });
  if (filter.ids) qb.andWhere('g.id IN (:...ids)', { ids: filter.ids.map((id) => toId(id)) });
  if (searchWords(filter.search).length) {
    // One term and one congress to a group: the joins add no rows, so LIMIT counts groups.
    qb.innerJoin('g.term', 'gt').innerJoin('gt.congress', 'gc');
    matchEveryWord(qb, ['g.name', 'gt.name', 'gc.name', 'gc.region'], filter.search);
  }
  if (filter.first != null) qb.limit(filter.first);
  return qb.getMany();
}
