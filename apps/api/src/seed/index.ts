import type { DataSource } from 'typeorm';
import { runAsSystem } from '../common/request-context';
import { seedUsers, type DemoAccount } from './users.seed';
import { seedRegistry } from './registry.seed';
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
export async function seedDemo(db: DataSource): Promise<void> {
  await runAsSystem('seedDemo', () =>
    db.transaction(async (em) => {
      const registry = await seedRegistry(em);
      // After every seed whose records the duty record counts: it ranks deputies for commendations.
      await seedDuty(em, registry);
      await seedUsers(em, [
        ...BASE_ACCOUNTS,
        { username: 'unit', displayName: '区教育局 办理员', role: 'HANDLING_UNIT', scopeOrganizationId: registry.org.edu },
        { username: 'deputy', displayName: '市人大代表(演示)', role: 'DEPUTY', scopeDeputyId: registry.cityDeputyIds[0] },
        { username: 'leader', displayName: '城关街道代表小组组长', role: 'GROUP_LEADER', scopeGroupId: registry.districtGroupIds[0] },
      ]);
    }),
  );
}
