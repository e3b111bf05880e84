import type { EntityManager } from 'typeorm';
import type { Role } from '@luzhi/shared';
import { hashPassword } from '../modules/users/auth.service';
import { User } from '../modules/users/user.entity';

/** Demo-only password for every demo account; printed on start and in the README. */
export const DEMO_PASSWORD = 'luzhi-demo-2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scopeOrganizationId?: number | null;
  scopeDeputyId?: number | null;
  scopeGroupId?: number | null;
}

export async function seedUsers(em: EntityManager, accounts: DemoAccount[]): Promise<User[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const repo = em.getRepository(User);
  const users = accounts.map((a) =>
    repo.create({
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      passwordHash,
      scopeOrganizationId: a.scopeOrganizationId ?? null,
      scopeDeputyId: a.scopeDeputyId ?? null,
      scopeGroupId: a.scopeGroupId ?? null,
      disabled: false,
      locale: 'zh-CN',
      lastLoginAt: null,
    }),
  );
  return repo.save(users);
}
