import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { isObjectType } from 'graphql';
import { User } from '../src/modules/users/user.entity';
import { getSchema } from '../src/schema';
import { renderSchema, SCHEMA_FILE } from '../src/cli/write-schema';
import { startTestApp, TEST_PASSWORD, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ config: { loginMaxFailures: 5, loginLockMinutes: 15 } });
});
afterAll(() => app?.close());

const ME = `{ me { id username role } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username role version } }`;

describe('sign-in', () => {
  it('signs in, stores an argon2id hash and a hashed session', async () => {
    const { username, token } = await app.userWithRole('ADMIN');
    const me = await app.gql(ME, {}, { token });
    expect(me.data.me.username).toBe(username);
    const [u] = await app.db.query(`SELECT password_hash FROM app_user WHERE username = $1`, [username]);
    expect(u.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await app.db.query(`SELECT token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1`, [username]);
    expect(sessions).toHaveLength(1);
    expect(Buffer.isBuffer(sessions[0].token_hash)).toBe(true);
    expect(sessions[0].token_hash.toString('base64url')).not.toBe(token);
  });

  it('gives the same error for a wrong username and a wrong password', async () => {
    const { username } = await app.userWithRole('STAFF');
    const q = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const wrongPassword = await app.gql(q, { u: username, p: 'not-the-password' });
    const wrongUser = await app.gql(q, { u: 'nobody-here', p: 'not-the-password' });
    expect(wrongPassword.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0]!.message).toBe(wrongUser.errors![0]!.message);
    expect(wrongPassword.errors![0]!.message).toBe('用户名或密码错误');
  });

  it('locks an account for 15 minutes after 5 failed attempts, even against the right password', async () => {
    const { username } = await app.userWithRole('STAFF');
    const q = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    for (let i = 0; i < 5; i++) await app.gql(q, { u: username, p: 'wrong-password-x' });
    const locked = await app.gql(q, { u: username, p: TEST_PASSWORD }, { lang: 'en' });
    expect(locked.errors![0]!.message).toMatch(/locked, try again in 15 minutes/);
    // Time passes: the lock lifts and the right password works again.
    await app.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1`, [username]);
    expect(await app.login(username)).toBeTruthy();
  });

  it('locks unknown usernames too, so probing reveals nothing', async () => {
    const q = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    for (let i = 0; i < 5; i++) await app.gql(q, { u: 'ghost-user', p: 'wrong-password-x' });
    const r = await app.gql(q, { u: 'ghost-user', p: 'wrong-password-x' });
    expect(r.errors![0]!.extensions!.messageKey).toBe('auth.locked');
  });

  it('expires sessions and says so', async () => {
    const { id, token } = await app.userWithRole('STAFF');
    await app.db.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [id]);
    const r = await app.gql(ME, {}, { token });
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.extensions!.messageKey).toBe('auth.sessionExpired');
  });

  it('uses the configured session lifetime', async () => {
    const { id } = await app.userWithRole('STAFF');
    const [s] = await app.db.query(`SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM user_session WHERE user_id = $1`, [id]);
    expect(Math.round(s.seconds / 3600)).toBe(12);
  });

  it('revokes a session on logout and all of them when an admin ends them', async () => {
    const user = await app.userWithRole('STAFF');
    expect((await app.gql(`mutation { logout }`, {}, { token: user.token })).data.logout).toBe(true);
    expect((await app.gql(ME, {}, { token: user.token })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const other = await app.userWithRole('STAFF');
    const second = await app.login(other.username);
    const admin = await app.userWithRole('ADMIN');
    const ended = await app.gql(`mutation($id: ID!) { endUserSessions(id: $id) }`, { id: String(other.id) }, { token: admin.token });
    expect(ended.data.endUserSessions).toBe(2);
    for (const t of [other.token, second]) expect((await app.gql(ME, {}, { token: t })).errors).toBeDefined();
  });

  it('refuses passwords shorter than 10 characters, in the caller\'s language', async () => {
    const admin = await app.userWithRole('ADMIN');
    const input = { username: 'shortpw', displayName: '短密码', password: '123456789', role: 'STAFF' };
    const zh = await app.gql(CREATE_USER, { input }, { token: admin.token });
    expect(zh.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(zh.errors![0]!.message).toBe('密码至少需要 10 个字符');
    const en = await app.gql(CREATE_USER, { input }, { token: admin.token, lang: 'en-US,en;q=0.9' });
    expect(en.errors![0]!.message).toBe('The password needs at least 10 characters');
  });
});

describe('roles and permissions', () => {
  it('declares a permission on every root field but login', async () => {
    const schema = await getSchema();
    const authorized = new Set(getMetadataStorage().authorizedFields.map((f) => f.fieldName));
    const open: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      if (!type || !isObjectType(type)) continue;
      for (const name of Object.keys(type.getFields())) if (!authorized.has(name) && name !== 'login') open.push(`${type.name}.${name}`);
    }
    expect(open).toEqual([]);
  });

  it('answers FORBIDDEN to a role without the permission and UNAUTHENTICATED when signed out', async () => {
    const staff = await app.userWithRole('STAFF');
    const r = await app.gql(`{ users { totalCount } }`, {}, { token: staff.token });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // The refusal names what is missing in words, not as a code.
    expect(r.errors![0]!.message).toBe('没有权限执行此操作(需要:管理用户)');
    expect((await app.gql(`{ users { totalCount } }`, {}, { token: staff.token, lang: 'en' })).errors![0]!.message).toBe('You are not allowed to do this (it needs the right to manage users)');
    expect(r.data).toBeNull();
    const anon = await app.gql(`{ users { totalCount } }`);
    expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('says which input breaks which rule in the caller\'s language, field by field', async () => {
    const admin = await app.userWithRole('ADMIN');
    const input = { username: 'too-long-name', displayName: '长'.repeat(101), password: 'long-enough-pw', role: 'STAFF' };
    const zh = await app.gql(CREATE_USER, { input }, { token: admin.token });
    expect(zh.errors![0]!.message).toBe('输入有误:displayName 最多 100 个字符');
    expect(zh.errors![0]!.extensions!.fields).toEqual(['displayName 最多 100 个字符']);
    const en = await app.gql(CREATE_USER, { input }, { token: admin.token, lang: 'en' });
    expect(en.errors![0]!.message).toBe('Invalid input: displayName has at most 100 characters');
    expect(en.errors![0]!.extensions!.fields).toEqual(['displayName has at most 100 characters']);
  });

  it('requires the scope a role needs', async () => {
    const admin = await app.userWithRole('ADMIN');
    const r = await app.gql(CREATE_USER, { input: { username: 'unit-no-scope', displayName: '单位', password: 'long-enough-pw', role: 'HANDLING_UNIT' } }, { token: admin.token });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('承办单位');
  });
});

describe('audit trail', () => {
  it('writes who, what, before and after with the change, and never the password hash', async () => {
    const admin = await app.userWithRole('ADMIN');
    const created = await app.gql(CREATE_USER, { input: { username: 'audited1', displayName: '审计一', password: 'long-enough-pw', role: 'STAFF' } }, { token: admin.token, headers: { 'x-request-id': 'req-audit-1' } });
    const id = created.data.createUser.id;
    const updated = await app.gql(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { displayName version } }`, { id, input: { version: created.data.createUser.version, displayName: '审计二' } }, { token: admin.token });
    expect(updated.data.updateUser.displayName).toBe('审计二');
    const log = await app.gql(`query($f: AuditLogFilter) { auditLog(filter: $f) { totalCount nodes { action operation username entity entityId before after requestId ip } } }`, { f: { entity: 'User', entityId: id } }, { token: admin.token });
    const rows = log.data.auditLog.nodes;
    expect(rows.map((r: any) => `${r.action}:${r.operation}`)).toEqual(['UPDATE:updateUser', 'INSERT:createUser']);
    expect(rows[0].before).toEqual({ displayName: '审计一' });
    expect(rows[0].after).toEqual({ displayName: '审计二' });
    expect(rows[1].username).toBe(admin.username);
    expect(rows[1].requestId).toBe('req-audit-1');
    expect(rows[1].ip).toBeTruthy();
    expect(JSON.stringify(rows)).not.toMatch(/passwordHash|argon2/);
  });

  it('writes neither change nor audit row when a mutation fails', async () => {
    const admin = await app.userWithRole('ADMIN');
    const input = { username: 'dupname', displayName: '重复', password: 'long-enough-pw', role: 'STAFF' };
    await app.gql(CREATE_USER, { input }, { token: admin.token });
    const [{ n: before }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const again = await app.gql(CREATE_USER, { input: { ...input, displayName: '重复二' } }, { token: admin.token });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [{ n: after }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toBe(before);
    expect((await app.db.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'dupname'`))[0].n).toBe(1);
  });

  it('refuses an update with a stale version and changes nothing', async () => {
    const admin = await app.userWithRole('ADMIN');
    const created = await app.gql(CREATE_USER, { input: { username: 'versioned', displayName: '版本', password: 'long-enough-pw', role: 'STAFF' } }, { token: admin.token });
    const { id, version } = created.data.createUser;
    const upd = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { version } }`;
    expect((await app.gql(upd, { id, input: { version, displayName: '第一次' } }, { token: admin.token })).data.updateUser.version).toBe(version + 1);
    const stale = await app.gql(upd, { id, input: { version, displayName: '第二次' } }, { token: admin.token });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [row] = await app.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [id]);
    expect(row.display_name).toBe('第一次');
  });
});

describe('database conventions', () => {
  it('throws on a lookup by an undefined id instead of returning the first row', async () => {
    await expect(app.db.getRepository(User).findOneBy({ id: undefined as unknown as number })).rejects.toThrow(/undefined/i);
  });

  it('has migrations that match the entities exactly', async () => {
    const sql = await app.db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('caps pages at 100', async () => {
    const admin = await app.userWithRole('ADMIN');
    const r = await app.gql(`{ users(first: 101) { totalCount } }`, {}, { token: admin.token });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const ok = await app.gql(`{ users(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, { token: admin.token });
    expect(ok.data.users.nodes).toHaveLength(2);
    const next = await app.gql(`query($a: String) { users(first: 2, after: $a) { nodes { id } pageInfo { hasPreviousPage } } }`, { a: ok.data.users.pageInfo.endCursor }, { token: admin.token });
    expect(next.data.users.pageInfo.hasPreviousPage).toBe(true);
    expect(next.data.users.nodes[0].id).not.toBe(ok.data.users.nodes[0].id);
  });
});

describe('endpoint safety', () => {
  it('allows introspection and field suggestions only when signed in', async () => {
    const q = `{ __schema { queryType { name } } }`;
    expect((await app.gql(q)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const staff = await app.userWithRole('STAFF');
    expect((await app.gql(q, {}, { token: staff.token })).data.__schema.queryType.name).toBe('Query');
    const typo = `{ mee { id } }`;
    expect((await app.gql(typo)).errors![0]!.message).not.toMatch(/Did you mean/);
    expect((await app.gql(typo, {}, { token: staff.token })).errors![0]!.message).toMatch(/Did you mean "me"/);
  });

  it('refuses over-deep queries and too many aliases, naming the limit', async () => {
    const staff = await app.userWithRole('STAFF');
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await app.gql(`{ ${aliases} }`, {}, { token: staff.token });
    expect(r.errors![0]!.message).toMatch(/alias/i);
    expect(r.errors![0]!.message).toMatch(/20/);
  });

  it('answers 413 past the body limit and 400 to malformed JSON', async () => {
    const big = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { id } }`, variables: { x: 'x'.repeat(3 * 1024 * 1024) } }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0]).toEqual({ message: '请求内容超过 2MB 的上限:请分批提交,或把大文件作为附件上传', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(((await bad.clone().json()) as any).errors[0].message).toBe('The request body is not valid JSON');
    expect(JSON.stringify(await bad.json())).not.toMatch(/at .*\.js|stack/i);
  });

  it('blocks cross-site simple requests (CSRF) and sets security headers', async () => {
    const csrf = await fetch(`${app.url}/graphql?query=%7B__typename%7D`, { method: 'GET' });
    expect(csrf.status).toBe(400);
    const res = await fetch(`${app.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    // Answers are per user: no cache may keep them.
    const answer = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('does not grant CORS to origins outside the allow-list', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('schema', () => {
  it('has a committed schema.graphql that matches the code', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8'), 'run `npm run schema` and commit the result').toBe(await renderSchema());
  });
});
