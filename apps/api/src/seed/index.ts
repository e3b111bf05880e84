import type { DataSource, EntityManager } from 'typeorm';
import { linkFindingsToSuggestion } from '../modules/activities/finding-suggestion.service';
import { Suggestion } from '../modules/suggestions/suggestion.entity';
import { runAsSystem } from '../common/request-context';
import { seedUsers, type DemoAccount } from './users.seed';
import { seedRegistry } from './registry.seed';
import { seedAnalytics } from './analytics.seed';
import { seedActivities } from './activities.seed';
import { seedSuggestions } from './suggestions.seed';
import { seedDuty } from './duty.seed';

export { DEMO_PASSWORD } from './users.seed';

/** The accounts that every demo has; domains add scoped ones (a unit clerk, a deputy). */
export const BASE_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'staff', displayName: '代表工作室 王明', role: 'STAFF' },
  { username: 'analyst', displayName: '数据分析 李娜', role: 'ANALYST' },
];

/**
 * Loads the demo data set that retells the source document, in one transaction: either all of
 * it is there or none.
 */
/**
 * The 2005 inspection's 8 findings became the 8 suggestions to the 3rd session of the 12th city
 * congress: linked both ways. Findings are in visiting order, suggestions in registration order.
 */
const FINDING_TO_SUGGESTION = [0, 1, 5, 2, 3, 4, 6, 7];

async function linkInspection(em: EntityManager, findingIds: number[], suggestionIds: number[]): Promise<void> {
  for (const [f, s] of FINDING_TO_SUGGESTION.entries()) {
    const findingId = findingIds[f]!;
    const suggestionId = suggestionIds[s]!;
    await linkFindingsToSuggestion(em, [findingId], suggestionId);
    const suggestion = await em.getRepository(Suggestion).findOneByOrFail({ id: suggestionId });
    suggestion.sourceKind = 'INSPECTION_FINDING';
    suggestion.sourceId = findingId;
    await em.getRepository(Suggestion).save(suggestion);
  }
}

export async function seedDemo(db: DataSource): Promise<void> {
  await runAsSystem('seedDemo', () =>
    db.transaction(async (em) => {
      const registry = await seedRegistry(em);
      // The ids later seeds build on (the 2005 inspection's 8 findings become suggestions).
      const activities = await seedActivities(em, registry);
      await seedUsers(em, [
        ...BASE_ACCOUNTS,
        { username: 'unit', displayName: '区教育局 办理员', role: 'HANDLING_UNIT', scopeOrganizationId: registry.org.edu },
        { username: 'deputy', displayName: '市人大代表(演示)', role: 'DEPUTY', scopeDeputyId: registry.cityDeputyIds[0] },
        { username: 'leader', displayName: '城关街道代表小组组长', role: 'GROUP_LEADER', scopeGroupId: registry.districtGroupIds[0] },
      ]);
      await seedAnalytics(em);
      const suggestions = await seedSuggestions(em, registry);
      await linkInspection(em, activities.inspectionFindingIds, suggestions.inspectionSuggestionIds);
      // After every seed whose records the duty record counts: it ranks deputies for commendations.
      await seedDuty(em, registry);
    }),
  );
}
