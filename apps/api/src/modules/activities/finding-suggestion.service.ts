import { In, LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import { Activity, ActivityParticipant } from './activity.entity';
import { Finding } from './finding.entity';
import { assertFindingsVisible } from './finding.service';
import { Organization } from '../registry/organization.entity';
import { Session, Term } from '../registry/congress.entity';

/**
 * From finding to suggestion (DOMAIN.md: findings of an inspection can become suggestions). The
 * suggestions domain calls these two functions; nothing here knows its tables.
 */
export interface SuggestionDraft {
  title: string;
  content: string;
  /** Proposed lead: the attending deputy who raised most of these findings. */
  leadDeputyId: number | null;
  /** Proposed co-signers: the other deputies who attended, those who raised findings first. */
  coSignerDeputyIds: number[];
  findingIds: number[];
  activityIds: number[];
  /** The term of the activities' congress in force when they ended (the latest begun by then). */
  termId: number | null;
  /** That term's next plenary session after the activities, if one is recorded: else it goes in recess. */
  sessionId: number | null;
}

/** Where a suggestion from these activities goes: one congress's term and its next session, or nothing for mixed congresses. */
async function targetOf(em: EntityManager, activities: Activity[]): Promise<{ termId: number | null; sessionId: number | null }> {
  const congressIds = new Set(activities.map((a) => a.congressId));
  if (congressIds.size !== 1) return { termId: null, sessionId: null };
  const ended = activities.map((a) => a.endDate).sort().at(-1)!;
  const term = await em.getRepository(Term).findOne({ where: { congressId: [...congressIds][0]!, startDate: LessThanOrEqual(ended) }, order: { startDate: 'DESC', id: 'DESC' } });
  if (!term) return { termId: null, sessionId: null };
  const session = await em.getRepository(Session).findOne({ where: { termId: term.id, startDate: MoreThan(ended) }, order: { startDate: 'ASC', id: 'ASC' } });
  return { termId: term.id, sessionId: session?.id ?? null };
}

/**
 * Drafts one suggestion from one or more findings. Refuses findings that already became a
 * suggestion. The lead is the attending deputy who raised most of them (ties: the organising
 * group's leader, then the lowest id); co-signers are the other attending deputies.
 */
export async function draftSuggestionFromFindings(em: EntityManager, findingIds: number[]): Promise<SuggestionDraft> {
  const ids = [...new Set(findingIds)];
  if (!ids.length) throw badInput('finding.noneSelected');
  const findings = await em.getRepository(Finding).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
  if (findings.length !== ids.length) throw notFound({ zh: '问题', en: 'finding' }, ids.filter((id) => !findings.some((f) => f.id === id)).join(','));
  const linked = findings.find((f) => f.suggestionId != null);
  if (linked) throw conflict('finding.alreadyLinked', { title: linked.title });

  const activityIds = [...new Set(findings.map((f) => f.activityId))];
  const activities = await em.getRepository(Activity).findBy({ id: In(activityIds) });
  const attended = await em.getRepository(ActivityParticipant).find({ where: { activityId: In(activityIds), status: 'ATTENDED' }, order: { deputyId: 'ASC' } });
  const raised = new Map<number, number>();
  for (const f of findings) if (f.raisedByDeputyId != null) raised.set(f.raisedByDeputyId, (raised.get(f.raisedByDeputyId) ?? 0) + 1);
  const groupIds = activities.map((a) => a.organizerGroupId).filter((g): g is number => g != null);
  const leaders = new Set<number>(
    groupIds.length
      ? (await em.query(`SELECT deputy_id FROM group_membership WHERE group_id = ANY($1) AND role = 'LEADER' AND end_date IS NULL`, [groupIds])).map((r: { deputy_id: number }) => r.deputy_id)
      : [],
  );
  const candidates = [...new Set([...attended.map((p) => p.deputyId), ...raised.keys()])];
  candidates.sort((a, b) => (raised.get(b) ?? 0) - (raised.get(a) ?? 0) || Number(leaders.has(b)) - Number(leaders.has(a)) || a - b);
  const [leadDeputyId = null, ...coSignerDeputyIds] = candidates;

  const orgIds = [...new Set(findings.map((f) => f.responsibleOrganizationId).filter((o): o is number => o != null))];
  const orgs = new Map((orgIds.length ? await em.getRepository(Organization).findBy({ id: In(orgIds) }) : []).map((o) => [o.id, o.name]));
  const first = findings[0]!.title.replace(/^关于/, '').replace(/的(问题|建议)$/, '');
  const title = findings.length === 1 ? `关于${first}的建议` : `关于${first}等${findings.length}个问题的建议`;
  const source = activities.map((a) => `${a.title}(${a.startDate === a.endDate ? a.startDate : `${a.startDate} 至 ${a.endDate}`})`).join('、');
  const body = findings.map((f, i) => {
    const unit = f.responsibleOrganizationId ? `(责任单位:${orgs.get(f.responsibleOrganizationId)})` : '';
    return `${i + 1}. ${f.title}${unit}${f.description ? `\n${f.description}` : ''}`;
  });
  const content = [`代表在${source}中发现以下问题:`, ...body, '建议有关部门认真研究,切实加以解决。'].join('\n\n');
  return { title, content, leadDeputyId, coSignerDeputyIds, findingIds: ids, activityIds, ...(await targetOf(em, activities)) };
}

/**
 * Locks the findings a suggestion is being made from, inside the suggestions domain's
 * transaction, in id order (two such writers never wait on each other in a circle). A finding the
 * viewer may not see answers as not found; which are linked already is the caller's to judge,
 * since only it can say what it may show of that other suggestion.
 */
export async function lockFindingsForSuggestion(em: EntityManager, ctx: Context, findingIds: number[]): Promise<Finding[]> {
  const ids = [...new Set(findingIds)].sort((a, b) => a - b);
  if (!ids.length) throw badInput('finding.noneSelected');
  await assertFindingsVisible(ctx, ids);
  const rows = await em.getRepository(Finding).find({ where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  if (rows.length !== ids.length) throw notFound({ zh: '问题', en: 'finding' }, ids.filter((id) => !rows.some((f) => f.id === id)).join(','));
  return rows;
}

/**
 * Links findings to the suggestion made from them, inside the suggestions domain's transaction.
 * Refuses (CONFLICT) when one of them is linked to another suggestion already; linking again to
 * the same suggestion is harmless.
 */
export async function linkFindingsToSuggestion(em: EntityManager, findingIds: number[], suggestionId: number): Promise<Finding[]> {
  const ids = [...new Set(findingIds)];
  if (!ids.length) throw badInput('finding.noneSelected');
  const repo = em.getRepository(Finding);
  const rows = await repo.find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } });
  if (rows.length !== ids.length) throw notFound({ zh: '问题', en: 'finding' }, ids.join(','));
  const taken = rows.find((f) => f.suggestionId != null && f.suggestionId !== suggestionId);
  if (taken) throw conflict('finding.alreadyLinked', { title: taken.title });
  for (const f of rows) f.suggestionId = suggestionId;
  return repo.save(rows);
}

/** The findings a suggestion came from (for the suggestion's side of the link). */
export function findingsOfSuggestion(em: EntityManager, suggestionId: number): Promise<Finding[]> {
  return em.getRepository(Finding).find({ where: { suggestionId }, order: { id: 'ASC' } });
}

/** Unlinks (e.g. when a draft suggestion is discarded). */
export async function unlinkFindingsFromSuggestion(em: EntityManager, suggestionId: number): Promise<number> {
  const repo = em.getRepository(Finding);
  const rows = await repo.findBy({ suggestionId });
  for (const f of rows) f.suggestionId = null;
  await repo.save(rows);
  return rows.length;
}
