import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import type { DataSource } from 'typeorm';
import { DEFAULT_COST_LIMITS, DEFAULT_RATE_LIMITS } from '../src/config';
import { enforceRateLimit, RateCounter } from '../src/common/limits';
import { createLogger } from '../src/common/logger';
import { createServer } from '../src/server';
import { DEMO_PASSWORD } from '../src/seed';
import { DEMO_SAVED_QUERIES } from '../src/seed/analytics.seed';
import { startTestApp, type GqlResult, type TestApp } from './helpers';

const HISTORY = 3;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    demo: true,
    config: {
      rateLimits: { ...DEFAULT_RATE_LIMITS, DEPUTY: 3 },
      analystStatementTimeoutMs: 500,
      queryHistorySize: HISTORY,
    },
  });
});
afterAll(() => app?.close());

/** Every statement the API sends on the given data sources while `fn` runs (TypeORM's logger hook). */
async function statementsDuring(sources: DataSource[], fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  // Pools may share one logger (the analysts' pool copies the main one's options): hook each once.
  const restore = [...new Set(sources.map((ds) => ds.logger))].map((logger) => {
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      seen.push(query.replace(/\s+/g, ' ').trim());
      return original(query, parameters, runner);
    };
    return () => (logger.logQuery = original);
  });
  try {
    await fn();
  } finally {
    for (const r of restore) r();
  }
  return seen;
}

/** The platform's own bookkeeping per request: who is signed in, and the rate-limit counter. */
const BOOKKEEPING = /FROM user_session s JOIN app_user|INSERT INTO api_rate_limit/;

describe('cost limit', () => {
  const EXPENSIVE = `{ myQueryRuns(first: 10000) { id query } }`;

  it('refuses an operation over the role\'s limit before any SQL, naming the cost and the limit', async () => {
    const analyst = await app.userWithRole('ANALYST');
    let refused: GqlResult | undefined;
    const statements = await statementsDuring([app.db, app.server.analystDb], async () => {
      refused = await app.gql(EXPENSIVE, {}, { token: analyst.token, lang: 'en' });
    });
    expect(refused!.status).toBe(400);
    const error = refused!.errors![0]!;
    expect(error.extensions!.code).toBe('COST_LIMIT_EXCEEDED');
    expect(error.extensions!.cost).toEqual({ requested: 10000, limit: DEFAULT_COST_LIMITS.ANALYST });
    expect(error.message).toBe(`This query costs 10000, above your limit of ${DEFAULT_COST_LIMITS.ANALYST}: ask for fewer items per page (first) or less nesting`);
    expect(refused!.data).toBeUndefined();
    expect(statements.filter((s) => !BOOKKEEPING.test(s))).toEqual([]);
    // One statement of bookkeeping: the session, with the request counted for the rate limit.
    expect(statements.length, statements.join("\n")).toBe(1);

    // The same operation is within an administrator's limit, and then it does reach the database.
    const admin = await app.userWithRole('ADMIN');
    const accepted = await statementsDuring([app.db], () => app.gql(EXPENSIVE, {}, { token: admin.token }));
    expect(accepted.some((s) => /FROM "query_run"/.test(s))).toBe(true);
  });

  it('refuses in Chinese by default', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const r = await app.gql(EXPENSIVE, {}, { token: analyst.token });
    expect(r.errors![0]!.message).toBe(`查询代价为 10000,超过了您的角色上限 ${DEFAULT_COST_LIMITS.ANALYST}:请减少每页条数(first)或嵌套层次后重试`);
  });

  it('returns the cost of an accepted operation in extensions', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const r = await app.gql(`{ savedQueries(first: 5) { totalCount nodes { id name } } me { id } }`, {}, { token: analyst.token });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.cost).toEqual({ requested: 1 + 5 + 1, limit: DEFAULT_COST_LIMITS.ANALYST });
  });

  it('gives signed-out callers a minimal budget for sign-in, and UNAUTHENTICATED for anything else', async () => {
    const logins = Array.from({ length: 11 }, (_, i) => `a${i}: login(username: "x", password: "y") { token }`).join(' ');
    const r = await app.gql(`mutation { ${logins} }`);
    expect(r.errors![0]!.extensions!.code).toBe('COST_LIMIT_EXCEEDED');
    expect(r.errors![0]!.extensions!.cost.limit).toBe(DEFAULT_COST_LIMITS.ANONYMOUS);
    const other = await app.gql(`{ savedQueries(first: 100) { nodes { id } } }`);
    expect(other.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets an analyst load the whole schema (introspection is free), as the console does', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const r = await app.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, { token: analyst.token });
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.types.some((t: { name: string }) => t.name === 'AuditStats')).toBe(true);
    expect(r.extensions!.cost.requested).toBe(0);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-user limit, counted in PostgreSQL across API processes', async () => {
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: 1 });
    // A second API process on the same database: it must see the same counter.
    const other = await createServer({ config: app.config, db: app.db, log: createLogger('silent') });
    try {
      const viaOther = async () => {
        const res = await fetch(`${other.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${deputy.token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
        return { status: res.status, headers: res.headers, body: (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] } };
      };
      // The sign-in counted nothing (signed out); three requests are allowed, in either process.
      expect((await app.gql(`{ me { id } }`, {}, { token: deputy.token })).status).toBe(200);
      expect((await viaOther()).status).toBe(200);
      expect((await app.gql(`{ me { id } }`, {}, { token: deputy.token })).status).toBe(200);
      const limited = await viaOther();
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(app.config.rateLimitWindowSeconds);
      expect(limited.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      expect(limited.body.errors![0]!.message).toContain('请求过于频繁');
      expect((await app.gql(`{ me { id } }`, {}, { token: deputy.token })).status).toBe(429);
    } finally {
      await other.close();
    }
    // Refused requests are counted too, without a write each: they reach the table with the next flush.
    await app.server.rateCounter.flush();
    const rows = await app.db.query(`SELECT requests FROM api_rate_limit WHERE subject = $1`, [`user:${deputy.id}`]);
    expect(rows).toEqual([{ requests: 5 }]);

    // The next window starts from zero (the processes' clock moved on by one window).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + app.config.rateLimitWindowSeconds * 1000);
      expect((await app.gql(`{ me { id } }`, {}, { token: deputy.token })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts far from the limit in memory and adds the counts to the shared counter in one statement', async () => {
    const config = { ...app.config, rateLimits: { ...app.config.rateLimits, DEPUTY: 100, ADMIN: 0 } };
    // Two processes' counters; no timer (an hour), so the test decides when they flush.
    const one = new RateCounter(app.db, config, (err) => { throw err; }, 3_600_000);
    const two = new RateCounter(app.db, config, (err) => { throw err; }, 3_600_000);
    const user = await app.userWithRole('DEPUTY', { scopeDeputyId: 1 });
    const shared = async () => ((await app.db.query(`SELECT requests FROM api_rate_limit WHERE subject = $1`, [`user:${user.id}`])) as { requests: number }[])[0]?.requests ?? 0;
    try {
      const count = async (counter: RateCounter) => (await counter.count(user.id, 'DEPUTY'))!.requests;
      for (let i = 1; i <= 30; i++) expect(await count(one)).toBe(i);
      expect(await count(two)).toBe(1);
      // A process holds at most RATE_BURST (20) of a user's requests before adding them.
      expect(await shared()).toBe(20);
      // The timer's flush: one statement adds each process's counts and reads the total back.
      await one.flush();
      await two.flush();
      expect(await shared()).toBe(31);
      // Far from the limit a process knows the others' counts as of its last flush ...
      for (let i = 31; i <= 49; i++) expect(await count(one)).toBe(i);
      // ... and within the margin (50) of it, it counts every request in PostgreSQL at once.
      expect(await count(one)).toBe(51);
      expect(await count(two)).toBe(32);
      await two.flush();
      for (let i = 53; i <= 100; i++) expect(await count(i % 2 ? one : two)).toBe(i);
      expect(await shared()).toBe(100);
      const over = (await one.count(user.id, 'DEPUTY'))!;
      expect(over.requests).toBe(101);
      expect(() => enforceRateLimit(config, { role: 'DEPUTY' }, over, 'en')).toThrow(/Too many requests/);
      // Roles without a limit are not counted.
      expect(await one.count(user.id, 'ADMIN')).toBeNull();
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('counts each user separately', async () => {
    const a = await app.userWithRole('DEPUTY', { scopeDeputyId: 1 });
    const b = await app.userWithRole('DEPUTY', { scopeDeputyId: 2 });
    for (let i = 0; i < 3; i++) expect((await app.gql(`{ me { id } }`, {}, { token: a.token })).status).toBe(200);
    expect((await app.gql(`{ me { id } }`, {}, { token: a.token })).status).toBe(429);
    expect((await app.gql(`{ me { id } }`, {}, { token: b.token })).status).toBe(200);
  });
});

describe('statement timeout', () => {
  it('cancels an analyst\'s statement past the limit, while staff keep waiting as long as it takes', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const staff = await app.userWithRole('STAFF');
    const Q = `{ auditStats(groupBy: [ENTITY]) { total { changes } } }`;
    // Another session holds a lock on the audit trail: any reader waits for it.
    const locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
      const staffRun = app.gql(Q, {}, { token: staff.token });
      const analystRun = await app.gql(Q, {}, { token: analyst.token, lang: 'en' });
      expect(analystRun.errors![0]!.extensions!.code).toBe('QUERY_TIMEOUT');
      expect(analystRun.errors![0]!.message).toBe('The query ran longer than its limit of 0.5 seconds and was cancelled: narrow the filter or group by less');
      // Staff's statement is waiting on the lock (no timeout on the main pool)...
      let waiting = 0;
      for (let i = 0; i < 200 && waiting === 0; i++) {
        if (i) await new Promise((r) => setTimeout(r, 25));
        const { rows } = await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'luzhi-test' AND wait_event_type = 'Lock' AND query LIKE '%audit_log%'`);
        waiting = rows[0].n;
      }
      expect(waiting).toBe(1);
      await locker.query('COMMIT');
      // ...and completes once the lock is gone.
      const done = await staffRun;
      expect(done.errors).toBeUndefined();
      expect(done.data.auditStats.total.changes).toBeGreaterThan(0);
    } finally {
      await locker.end();
    }
    const [{ timeout }] = await app.server.analystDb.query(`SELECT current_setting('statement_timeout') AS timeout`);
    expect(timeout).toBe('500ms');
  });
});

describe('auditStats (the stats engine on the audit trail)', () => {
  it('groups in one statement and agrees with counting by hand', async () => {
    const staff = await app.userWithRole('STAFF');
    let r: GqlResult | undefined;
    const statements = await statementsDuring([app.db], async () => {
      r = await app.gql(`{ auditStats(groupBy: [ENTITY, ACTION]) { groupBy rows { entity action changes records } total { changes records users } truncated } }`, {}, { token: staff.token });
    });
    expect(r!.errors).toBeUndefined();
    expect(statements.filter((s) => !BOOKKEEPING.test(s))).toHaveLength(1);
    const expected = await app.db.query(`SELECT entity, action, count(*)::int AS changes, count(DISTINCT entity_id)::int AS records FROM audit_log GROUP BY 1, 2 ORDER BY 1, 2`);
    const stats = r!.data.auditStats;
    expect(stats.groupBy).toEqual(['ENTITY', 'ACTION']);
    expect(stats.rows).toEqual(expected);
    expect(stats.total.changes).toBe(expected.reduce((n: number, e: { changes: number }) => n + e.changes, 0));
    expect(stats.total.users).toBeTypeOf('number');
    expect(stats.truncated).toBe(false);
    // Measures not asked for are not computed.
    const sql = statements.find((s) => /GROUPING SETS/.test(s))!;
    expect(sql).toContain('count(DISTINCT a.user_id) AS m');
    expect(sql).not.toContain(`FILTER (WHERE a.action = 'DELETE')`);
  });

  it('filters, sorts by a measure, limits and says when rows were cut', async () => {
    const staff = await app.userWithRole('STAFF');
    const r = await app.gql(
      `query($f: AuditStatsFilter) { auditStats(groupBy: [ENTITY], filter: $f, orderBy: changes, limit: 1) { rows { entity changes } total { changes } truncated } }`,
      { f: { actions: ['INSERT'], from: '2000-01-01T00:00:00Z' } },
      { token: staff.token },
    );
    expect(r.errors).toBeUndefined();
    const [top] = await app.db.query(`SELECT entity, count(*)::int AS changes FROM audit_log WHERE action = 'INSERT' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'INSERT'`);
    const [{ groups }] = await app.db.query(`SELECT count(DISTINCT entity)::int AS groups FROM audit_log WHERE action = 'INSERT'`);
    expect(r.data.auditStats.rows).toEqual([top]);
    expect(r.data.auditStats.total.changes).toBe(n);
    expect(r.data.auditStats.truncated).toBe(groups > 1);
  });

  it('reports days in the committee\'s time zone', async () => {
    const admin = await app.userWithRole('ADMIN');
    // 2026-01-01 20:00 UTC is already 2 January in Beijing.
    await app.db.query(`INSERT INTO audit_log (at, action, entity, entity_id, username) VALUES ('2026-01-01T20:00:00Z', 'UPDATE', 'TzProbe', '1', 'tz')`);
    const r = await app.gql(`{ auditStats(groupBy: [DAY], filter: { entities: ["TzProbe"] }) { rows { day changes } } }`, {}, { token: admin.token });
    expect(r.data.auditStats.rows).toEqual([{ day: '2026-01-02', changes: 1 }]);
  });

  it('keeps grouping by person to those who may read the audit trail', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const denied = await app.gql(`{ auditStats(groupBy: [USER]) { rows { user changes } } }`, {}, { token: analyst.token, lang: 'en' });
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(denied.errors![0]!.message).toContain('"USER"');
    const admin = await app.userWithRole('ADMIN');
    const allowed = await app.gql(`{ auditStats(groupBy: [USER]) { rows { user changes } } }`, {}, { token: admin.token });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data.auditStats.rows.length).toBeGreaterThan(0);
    // Deputies have no statistics at all.
    const deputy = await app.userWithRole('DEPUTY', { scopeDeputyId: 9 });
    expect((await app.gql(`{ auditStats { total { changes } } }`, {}, { token: deputy.token })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('costs its declared price, not its row count', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const r = await app.gql(`{ auditStats(groupBy: [DAY], limit: 10000) { rows { day changes } total { changes } } }`, {}, { token: analyst.token });
    expect(r.extensions!.cost.requested).toBe(100);
  });
});

const SAVE = `mutation($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name shared version mine ownerName } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name shared version } }`;
const DELETE = `mutation($id: ID!) { deleteSavedQuery(id: $id) }`;
const LIST = `query($f: SavedQueryFilter) { savedQueries(first: 100, filter: $f) { totalCount nodes { id name mine ownerName query variables } } }`;

describe('saved queries', () => {
  it('keeps private queries to their owner and shares the shared ones', async () => {
    const a = await app.userWithRole('ANALYST');
    const b = await app.userWithRole('ANALYST');
    const mine = await app.gql(SAVE, { input: { name: '私有', query: '{ me { id } }' } }, { token: a.token });
    expect(mine.data.createSavedQuery).toMatchObject({ name: '私有', shared: false, mine: true, ownerName: a.username });
    const shared = await app.gql(SAVE, { input: { name: '共享', query: 'query Q($n: Int) { savedQueries(first: $n) { totalCount } }', variables: { n: 3 }, shared: true } }, { token: a.token });
    const privateId = mine.data.createSavedQuery.id;
    const sharedId = shared.data.createSavedQuery.id;

    const seenByB = await app.gql(LIST, {}, { token: b.token });
    const ids = seenByB.data.savedQueries.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(sharedId);
    expect(ids).not.toContain(privateId);
    expect(seenByB.data.savedQueries.nodes.find((n: { id: string }) => n.id === sharedId)).toMatchObject({ mine: false, ownerName: a.username, variables: { n: 3 } });
    expect((await app.gql(`query($id: ID!) { savedQuery(id: $id) { id } }`, { id: privateId }, { token: b.token })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    // The demo analyst's shared queries are visible to every analyst.
    for (const demo of DEMO_SAVED_QUERIES) expect(seenByB.data.savedQueries.nodes.map((n: { name: string }) => n.name)).toContain(demo.name);
    const onlyMine = await app.gql(LIST, { f: { mine: true } }, { token: b.token });
    expect(onlyMine.data.savedQueries.totalCount).toBe(0);
  });

  it('lets only the owner change or delete, with optimistic locking', async () => {
    const a = await app.userWithRole('ANALYST');
    const b = await app.userWithRole('ANALYST');
    const created = (await app.gql(SAVE, { input: { name: '可改', query: '{ me { id } }', shared: true } }, { token: a.token })).data.createSavedQuery;
    const byOther = await app.gql(UPDATE, { id: created.id, input: { version: created.version, name: '别人改' } }, { token: b.token });
    expect(byOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(DELETE, { id: created.id }, { token: b.token })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const changed = await app.gql(UPDATE, { id: created.id, input: { version: created.version, name: '改过', shared: false } }, { token: a.token });
    expect(changed.data.updateSavedQuery).toMatchObject({ name: '改过', shared: false, version: created.version + 1 });
    const stale = await app.gql(UPDATE, { id: created.id, input: { version: created.version, name: '旧版本' } }, { token: a.token });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    // Now private: to the other analyst it is gone.
    expect((await app.gql(DELETE, { id: created.id }, { token: b.token })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(DELETE, { id: created.id }, { token: a.token })).data.deleteSavedQuery).toBe(true);

    const audit = await app.db.query(`SELECT action FROM audit_log WHERE entity = 'SavedQuery' AND entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
  });

  it('refuses duplicate names, text that is not GraphQL, and roles without the console', async () => {
    const a = await app.userWithRole('ANALYST');
    await app.gql(SAVE, { input: { name: '同名', query: '{ me { id } }' } }, { token: a.token });
    expect((await app.gql(SAVE, { input: { name: '同名', query: '{ me { id } }' } }, { token: a.token })).errors![0]!.extensions!.code).toBe('CONFLICT');
    const bad = await app.gql(SAVE, { input: { name: '坏的', query: '{ me { id ' } }, { token: a.token });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.messageKey).toBe('analytics.invalidQuery');
    const staff = await app.userWithRole('STAFF');
    expect((await app.gql(LIST, {}, { token: staff.token })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('runs every demo saved query without errors as the demo analyst', async () => {
    const token = await app.login('analyst', DEMO_PASSWORD);
    for (const q of DEMO_SAVED_QUERIES) {
      const r = await app.gql(q.query, q.variables ?? undefined, { token });
      expect(r.errors, q.name).toBeUndefined();
      expect(r.data.auditStats.rows.length, q.name).toBeGreaterThan(0);
    }
  });
});

describe('console run history', () => {
  const CONSOLE = { 'x-luzhi-console': '1' };

  it('records the console\'s runs (not its schema fetch), refused ones too, keeping the last N', async () => {
    const a = await app.userWithRole('ANALYST');
    await app.gql(getIntrospectionQuery(), {}, { token: a.token, headers: CONSOLE });
    await app.gql(`{ me { id } }`, {}, { token: a.token }); // not from the console
    await app.gql(`query Refused { myQueryRuns(first: 10000) { id } }`, {}, { token: a.token, headers: CONSOLE });
    await app.gql(`query Failing { savedQuery(id: "999999") { id } }`, {}, { token: a.token, headers: CONSOLE });
    await app.gql(`query Fine($n: Int) { savedQueries(first: $n) { totalCount } }`, { n: 2 }, { token: a.token, headers: CONSOLE });
    const runs = await app.gql(`{ myQueryRuns(first: 10) { operationName status errorCode cost variables query durationMs } }`, {}, { token: a.token });
    expect(runs.data.myQueryRuns.map((r: { operationName: string; status: string; errorCode: string | null; cost: number }) => [r.operationName, r.status, r.errorCode, r.cost])).toEqual([
      ['Fine', 'OK', null, 1],
      ['Failing', 'ERROR', 'NOT_FOUND', 1],
      ['Refused', 'REFUSED', 'COST_LIMIT_EXCEEDED', 10000],
    ]);
    expect(runs.data.myQueryRuns[0].variables).toEqual({ n: 2 });
    expect(runs.data.myQueryRuns[0].durationMs).toBeTypeOf('number');

    await app.gql(`query Newest { me { id } }`, {}, { token: a.token, headers: CONSOLE });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM query_run WHERE user_id = $1`, [a.id]);
    expect(n).toBe(HISTORY);
    const again = await app.gql(`{ myQueryRuns { operationName } }`, {}, { token: a.token });
    expect(again.data.myQueryRuns.map((r: { operationName: string }) => r.operationName)).toEqual(['Newest', 'Fine', 'Failing']);

    // Someone else's history is not visible, and leaves no audit rows (it is bookkeeping).
    const b = await app.userWithRole('ANALYST');
    expect((await app.gql(`{ myQueryRuns { id } }`, {}, { token: b.token })).data.myQueryRuns).toEqual([]);
    expect((await app.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'QueryRun'`))[0].n).toBe(0);
  });
});
