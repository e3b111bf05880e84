import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, ROLE_PERMISSIONS, type Role } from '@luzhi/shared';
import { getSchema } from '../../src/schema';
import { runAsSystem } from '../../src/common/request-context';
import { hashPassword } from '../../src/modules/users/auth.service';
import { expectOnlyOwnerReaches } from '../access';
import { expectNoIdleInTransaction } from '../db-checks';
import { startTestApp, type GqlResult, type TestApp } from '../helpers';
import { allows, isAuthRefusal, issueToken, operationFor, requirement, rootFields, type RootField } from '../schema-walk';

/**
 * Every root field × every role and signed out: the auth checker lets exactly the holders of the
 * field's permission through (packages/shared ROLE_PERMISSIONS × the field's @Allow). The
 * operations are built from the schema, so fields that domains add are walked too.
 *
 * For a field a role may call, any answer but an auth refusal is right (dummy arguments often
 * earn BAD_USER_INPUT or NOT_FOUND); an internal error is not.
 */
let app: TestApp;
const users = new Map<Role, number>();
let roots: RootField[] = [];

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  roots = rootFields(await getSchema());
  const passwordHash = await hashPassword('access-test-password');
  for (const role of ROLES) {
    // A scoped role points where a demo user of that role points, when the demo has one.
    const [demo] = await app.db.query(`SELECT scope_organization_id, scope_deputy_id, scope_group_id FROM app_user WHERE role = $1 ORDER BY id LIMIT 1`, [role]);
    const [row] = await runAsSystem('test', () =>
      app.db.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_organization_id, scope_deputy_id, scope_group_id, version)
         VALUES ($1, $1, $2, $3, $4, $5, $6, 1) RETURNING id`,
        [`access-${role.toLowerCase()}`, passwordHash, role, demo?.scope_organization_id ?? null, demo?.scope_deputy_id ?? null, demo?.scope_group_id ?? null],
      ),
    );
    users.set(role, row.id);
  }
});

afterAll(async () => {
  if (app) await expectNoIdleInTransaction(app.db);
  await app?.close();
});

type Viewer = Role | null;
const VIEWERS: Viewer[] = [...ROLES, null];

async function call(root: RootField, viewer: Viewer): Promise<GqlResult> {
  // A fresh session per call: a field such as logout or endUserSessions may end the caller's.
  const token = viewer ? await issueToken(app.db, users.get(viewer)!) : undefined;
  const op = operationFor(root);
  return app.gql(op.query, op.variables, { token });
}

describe('access: every root field × every role', () => {
  it('knows the permission of every root field, and every permission it names exists', async () => {
    const known = new Set(Object.values(ROLE_PERMISSIONS).flat());
    for (const root of roots) {
      const req = requirement(root.kind, root.name);
      for (const p of req.permissions) expect(known, `${root.name} needs ${p}, which no role holds`).toContain(p);
    }
    expect(roots.length).toBeGreaterThanOrEqual(12);
  });

  it('lets exactly the allowed roles through, and refuses the others with FORBIDDEN / UNAUTHENTICATED', async () => {
    const wrong: string[] = [];
    const table: Record<string, string> = {};
    for (const root of roots) {
      const req = requirement(root.kind, root.name);
      const row: string[] = [];
      for (const viewer of VIEWERS) {
        const r = await call(root, viewer);
        const errors = r.errors ?? [];
        const refused = errors.some(isAuthRefusal);
        const expected = allows(req, viewer);
        const who = viewer ?? 'signed out';
        row.push(`${who}:${refused ? 'refused' : 'ok'}`);
        if (expected && refused) wrong.push(`${root.kind} ${root.name}: ${who} should be let through, got ${JSON.stringify(errors)}`);
        if (!expected && !refused) wrong.push(`${root.kind} ${root.name}: ${who} should be refused, got ${JSON.stringify(r.data ?? errors)}`);
        if (!expected && refused) {
          // A refusal is whole: no data of the field, the right code for who asked.
          expect(r.data?.[root.name] ?? null, `${root.name} for ${who}`).toBeNull();
          expect(errors[0]!.extensions!.code).toBe(viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        }
        const internal = errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (internal.length) wrong.push(`${root.kind} ${root.name}: ${who} got an internal error for ${JSON.stringify(operationFor(root).variables)}`);
      }
      table[`${root.kind} ${root.name}`] = row.join(' ');
    }
    expect(wrong, JSON.stringify(table, null, 1)).toEqual([]);
  // Every root field × seven callers, one request each: over a thousand requests, so a loaded
  // machine needs longer than the default per-test limit.
  }, 300_000);

  it('walks at least one field that every role may call, and one that only ADMIN may', () => {
    const everyone = roots.filter((r) => ROLES.every((role) => allows(requirement(r.kind, r.name), role)));
    const adminOnly = roots.filter((r) => ROLES.every((role) => allows(requirement(r.kind, r.name), role) === (role === 'ADMIN')));
    expect(everyone.map((r) => r.name)).toContain('me');
    expect(adminOnly.map((r) => r.name)).toContain('users');
  });
});

describe('access: objects within a scope (the IDOR pattern)', () => {
  it('reaches a user record only with user:manage, whoever else asks', async () => {
    const admin = await issueToken(app.db, users.get('ADMIN')!);
    const others = await Promise.all(ROLES.filter((r) => r !== 'ADMIN').map((r) => issueToken(app.db, users.get(r)!)));
    await expectOnlyOwnerReaches(app, { query: `query($id: ID!) { user(id: $id) { id username } }`, variables: { id: String(users.get('STAFF')) }, field: 'user' }, admin, others);
  });
});
