import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Role } from '@luzhi/shared';
import { DEFAULT_RATE_LIMITS, loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/db/data-source';
import { createServer, type RunningServer } from '../src/server';
import { hashPassword } from '../src/modules/users/auth.service';
import { runAsSystem } from '../src/common/request-context';
import { seedDemo } from '../src/seed';

export const TEST_PASSWORD = 'test-password-123';

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject('pgServerUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `luzhi_t_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  return {
    name,
    url: withDatabase(inject('pgServerUrl'), name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
  headers: Headers;
}

export interface TestApp {
  url: string;
  db: DataSource;
  database: TestDatabase;
  server: RunningServer;
  config: Config;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; lang?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  /** Signs in and returns the token; throws when it fails. */
  login(username: string, password?: string): Promise<string>;
  /** Creates a user directly in the database and signs in as them. */
  userWithRole(role: Role, scope?: { scopeOrganizationId?: number; scopeDeputyId?: number; scopeGroupId?: number }): Promise<{ id: number; username: string; token: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function startTestApp(options: { demo?: boolean; config?: Partial<Config>; database?: TestDatabase } = {}): Promise<TestApp> {
  // A caller may bring a migrated database of its own (e.g. on a server it restarts).
  const database = options.database ?? (await createTestDatabase());
  // Tests send far more requests a minute than a person: the rate limit is tested on its own.
  const unlimited = Object.fromEntries(Object.keys(DEFAULT_RATE_LIMITS).map((r) => [r, 1_000_000])) as Config['rateLimits'];
  const config: Config = { ...loadConfig({}), port: 0, databaseUrl: database.url, exposeStatementCount: true, rateLimits: unlimited, ...options.config };
  const log = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const db = createDataSource({ url: database.url, poolSize: 10, applicationName: 'luzhi-test', log });
  await db.initialize();
  if (options.demo) await seedDemo(db);
  const server = await createServer({ config, db, log });
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const gql: TestApp['gql'] = async (query, variables, opts = {}) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': opts.lang ?? 'zh-CN',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult, 'status' | 'headers'>;
    return { ...body, status: res.status, headers: res.headers };
  };

  const login = async (username: string, password = TEST_PASSWORD) => {
    const r = await gql<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
    if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };

  const userWithRole: TestApp['userWithRole'] = async (role, scope = {}) => {
    const username = `${role.toLowerCase().replace('_', '')}${++counter}${randomBytes(2).toString('hex')}`;
    const [row] = await runAsSystem('test', () =>
      db.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_organization_id, scope_deputy_id, scope_group_id, version)
         VALUES ($1, $1, $2, $3, $4, $5, $6, 1) RETURNING id`,
        [username, passwordHash, role, scope.scopeOrganizationId ?? null, scope.scopeDeputyId ?? null, scope.scopeGroupId ?? null],
      ),
    );
    return { id: row.id as number, username, token: await login(username) };
  };

  return {
    url: server.url,
    db,
    database,
    server,
    config,
    gql,
    login,
    userWithRole,
    async close() {
      await server.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/**
 * Every SQL statement this process sends to PostgreSQL while `fn` runs (the test's API server
 * included; prepared statements too), with `fn`'s result. The rate limit's counts, added by a
 * timer once a second whatever the request, are left out.
 */
export async function statementsWhile<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const original = pg.Client.prototype.query;
  const statements: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string } | undefined)?.text);
    if (!text.startsWith('INSERT INTO api_rate_limit')) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
