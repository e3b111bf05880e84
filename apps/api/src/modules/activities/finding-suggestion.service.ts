import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { Activity, ActivityParticipant } from './activity.entity';
import { Finding } from './finding.entity';
import { Organization } from '../registry/organization.entity';

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
  return { title, content, leadDeputyId, coSignerDeputyIds, findingIds: ids, activityIds };
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
