import type { EntityManager } from 'typeorm';
import { SavedQuery } from '../modules/analytics/saved-query.entity';
import { User } from '../modules/users/user.entity';

/** Queries the demo analyst shares, so the console has something to run on day one. */
export const DEMO_SAVED_QUERIES = [
  {
    name: '每日数据变更(按实体)',
    description: '每天各类数据被新增、修改、删除了多少次 / How many changes each kind of data had per day',
    query: `query ChangesPerDay($from: DateTimeISO) {
  auditStats(groupBy: [DAY, ENTITY], filter: { from: $from }) {
    rows { day entity changes records }
    total { changes records }
    truncated
  }
}
`,
    variables: { from: null },
  },
  {
    name: '变更动作构成',
    description: '新增、修改、删除各占多少 / The mix of inserts, updates and deletes',
    query: `query ChangesByAction {
  auditStats(groupBy: [ACTION], orderBy: changes) {
    rows { action changes }
    total { changes deleteShare }
  }
}
`,
    variables: null,
  },
];

export async function seedAnalytics(em: EntityManager, ownerUsername = 'analyst'): Promise<void> {
  const owner = await em.getRepository(User).findOneBy({ username: ownerUsername });
  if (!owner) return;
  const repo = em.getRepository(SavedQuery);
  await repo.save(DEMO_SAVED_QUERIES.map((q) => repo.create({ ...q, ownerId: owner.id, shared: true })));
}
