import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIdleInTransaction, fingerprintTables, REQUEST_BOOKKEEPING_TABLES } from '../db-checks';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../helpers';

let app: TestApp;
let admin: { id: number; username: string; token: string };

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  admin = await app.userWithRole('ADMIN');
  // Test-only: a trigger function that fails a statement on demand, to break a multi-step
  // operation at a chosen step (armed per case with CREATE TRIGGER ... WHEN (...)).
  await app.db.query(`CREATE FUNCTION zz_injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure (%)', TG_ARGV[0]; END $$`);
});

afterEach(async () => {
  // Whatever a test did, no connection may be left inside a transaction.
  if (app) await expectNoIdleInTransaction(app.db);
});

afterAll(() => app?.close());

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id version displayName } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { version displayName } }`;

async function createUser(username: string) {
  const r = await app.gql(CREATE, { i: { username, displayName: username, password: 'long-enough-pw', role: 'STAFF' } }, { token: admin.token });
  if (!r.data?.createUser) throw new Error(JSON.stringify(r.errors));
  return r.data.createUser as { id: string; version: number };
}

describe('optimistic locking', () => {
  it.each([2, 3, 8])('lets exactly one of %i concurrent updates with the same version through', async (n) => {
    const user = await createUser(`race${n}`);
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => app.gql(UPDATE, { id: user.id, i: { version: user.version, displayName: `writer ${i}` } }, { token: admin.token })),
    );
    const won = results.filter((r) => r.data?.updateUser);
    const lost = results.filter((r) => !r.data?.updateUser);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(n - 1).fill('CONFLICT'));
    const [row] = await app.db.query(`SELECT display_name, version FROM app_user WHERE id = $1`, [user.id]);
    expect(row).toEqual({ display_name: won[0]!.data.updateUser.displayName, version: user.version + 1 });
    // One change, one audit row.
    const [audit] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'User' AND entity_id = $1 AND action = 'UPDATE'`, [user.id]);
    expect(audit.n).toBe(1);
  });

  it('creates one user when several ask for the same name at once; the others hear CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(CREATE, { i: { username: 'samename', displayName: 'x', password: 'long-enough-pw', role: 'STAFF' } }, { token: admin.token })),
    );
    expect(results.filter((r) => r.data?.createUser)).toHaveLength(1);
    expect(results.filter((r) => !r.data?.createUser).map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(5).fill('CONFLICT'));
    const [row] = await app.db.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'samename'`);
    expect(row.n).toBe(1);
  });
});

/**
 * Multi-step operations, each broken at one step by a trigger that raises: the request fails
 * and every table is exactly as before. Domains add their operations to this table.
 */
interface BrokenStep {
  name: string;
  /** CREATE TRIGGER zz_fail ... EXECUTE FUNCTION zz_injected_failure('...'). */
  trigger: string;
  /** Writes the case needs before the failing call (a user, a second session). */
  setup?(): Promise<void>;
  act(): Promise<{ errors?: unknown[]; data?: any }>;
  /** What must still hold after the failure, beyond "no table changed". */
  after?(): Promise<void>;
}

const steps: BrokenStep[] = [
  {
    name: 'createUser, when its audit row cannot be written',
    trigger: `CREATE TRIGGER zz_fail BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.entity = 'User' AND NEW.action = 'INSERT') EXECUTE FUNCTION zz_injected_failure('audit')`,
    act: () => app.gql(CREATE, { i: { username: 'broken-create', displayName: '失败', password: 'long-enough-pw', role: 'STAFF' } }, { token: admin.token }),
  },
  {
    name: 'updateUser, when its audit row cannot be written',
    trigger: `CREATE TRIGGER zz_fail BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'UPDATE') EXECUTE FUNCTION zz_injected_failure('audit')`,
    act: async () => {
      const [u] = await app.db.query(`SELECT id, version FROM app_user WHERE username = 'staff'`);
      return app.gql(UPDATE, { id: String(u.id), i: { version: u.version, displayName: '不应保存' } }, { token: admin.token });
    },
  },
  {
    name: 'changePassword, when the other sessions cannot be ended',
    trigger: `CREATE TRIGGER zz_fail BEFORE UPDATE ON user_session FOR EACH ROW EXECUTE FUNCTION zz_injected_failure('sessions')`,
    setup: async () => {
      caseUser = await app.userWithRole('STAFF');
      await app.login(caseUser.username); // a second session, which the change would end
    },
    act: () => app.gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "a-new-password-1") }`, {}, { token: caseUser!.token }),
    after: async () => {
      // The old password still signs in: the hash was not changed without the sessions ending.
      expect(await app.login(caseUser!.username, TEST_PASSWORD)).toBeTruthy();
    },
  },
  {
    name: 'login, when the last sign-in time cannot be recorded',
    trigger: `CREATE TRIGGER zz_fail BEFORE UPDATE OF last_login_at ON app_user FOR EACH ROW EXECUTE FUNCTION zz_injected_failure('last login')`,
    setup: async () => {
      caseUser = await app.userWithRole('STAFF');
    },
    act: () => app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: caseUser!.username, p: TEST_PASSWORD }),
  },
];
let caseUser: { username: string; token: string } | undefined;

describe('multi-step operations under an injected failure', () => {
  it.each(steps.map((s) => [s.name, s] as const))('%s: fails and leaves nothing behind', async (_name, step) => {
    await step.setup?.();
    await app.db.query(step.trigger);
    const before = await fingerprintTables(app.db, { except: REQUEST_BOOKKEEPING_TABLES });
    let result;
    try {
      result = await step.act();
    } finally {
      await app.db.query(`DROP TRIGGER IF EXISTS zz_fail ON ${/ ON (\w+)/.exec(step.trigger)![1]}`);
    }
    expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
    expect(JSON.stringify(result.errors)).not.toMatch(/injected failure/);
    expect(await fingerprintTables(app.db, { except: REQUEST_BOOKKEEPING_TABLES })).toEqual(before);
    await step.after?.();
  });
});

describe('sessions left open', () => {
  it('finds a transaction a test leaves open, so the check can fail', async () => {
    const runner = app.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('SELECT 1');
    try {
      await expect(expectNoIdleInTransaction(app.db, 2)).rejects.toThrow(/idle in a transaction/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
