import { expect } from 'vitest';
import type { TestApp } from './helpers';

/**
 * The pattern for objects a role reaches only within its scope (IDOR): fetch the same object as
 * its owner and as someone of the same role outside the scope; the stranger gets FORBIDDEN or
 * NOT_FOUND and no data. Domains call `expectOnlyOwnerReaches` with their own objects, e.g. a
 * handling unit's assignment or a deputy's suggestion.
 */
export async function expectOnlyOwnerReaches(
  app: TestApp,
  op: { query: string; variables: Record<string, unknown>; field: string },
  owner: string,
  strangers: string[],
): Promise<void> {
  const own = await app.gql(op.query, op.variables, { token: owner });
  expect(own.errors, 'the owner reaches it').toBeUndefined();
  expect(own.data?.[op.field]).toBeTruthy();
  for (const token of strangers) {
    const r = await app.gql(op.query, op.variables, { token });
    expect(r.data?.[op.field] ?? null).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.errors?.[0]?.extensions?.code);
  }
}
