import type { DataSource } from 'typeorm';
import { runAsSystem } from '../common/request-context';
import { seedUsers, type DemoAccount } from './users.seed';
import { seedAnalytics } from './analytics.seed';

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
      await seedUsers(em, BASE_ACCOUNTS);
      await seedAnalytics(em);
    }),
  );
}
