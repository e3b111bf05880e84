import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { dataSourceOptions } from '../../src/db/data-source';
import { migrations } from '../../src/db/migrations';
import { seedDemo } from '../../src/seed';
import { expectNoIdleInTransaction } from '../db-checks';
import { dumpSchema, withoutExtensions, type SchemaDump } from '../schema-dump';

/**
 * Every migration goes up, down and up again, on an empty database and on one holding the demo
 * data, and the schema after each step equals the schema the same step produced before. New
 * migrations are covered as they are appended to `migrations/index.ts`.
 */

const dropped: string[] = [];

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: inject('pgServerUrl') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `luzhi_m_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  dropped.push(name);
  const u = new URL(inject('pgServerUrl'));
  u.pathname = `/${name}`;
  return u.toString();
}

afterAll(async () => {
  for (const name of dropped) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
});

const silent = pino({ level: 'silent' });

/** A data source that knows only the first `count` migrations. */
async function withMigrations<T>(url: string, count: number, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ ...dataSourceOptions({ url, poolSize: 1, applicationName: 'luzhi-test-migrations', log: silent }), migrations: migrations.slice(0, count) } as ConstructorParameters<typeof DataSource>[0]);
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

async function dumpAt(url: string): Promise<SchemaDump> {
  return withMigrations(url, 0, (ds) => dumpSchema(ds));
}

async function applied(url: string): Promise<number> {
  return withMigrations(url, 0, async (ds) => (await ds.query(`SELECT count(*)::int AS n FROM migrations`))[0].n);
}

/** Up all, down one at a time, up one at a time: each step's schema must match. */
async function upDownUp(url: string, afterFirstUp?: (ds: DataSource) => Promise<void>) {
  const n = migrations.length;
  const firstUp = await withMigrations(url, n, async (ds) => {
    await ds.runMigrations({ transaction: 'each' });
    await afterFirstUp?.(ds);
    return dumpSchema(ds);
  });
  expect(await applied(url)).toBe(n);

  const downTo: SchemaDump[] = [];
  downTo[n] = firstUp;
  await withMigrations(url, n, async (ds) => {
    for (let i = n; i > 0; i--) {
      await ds.undoLastMigration({ transaction: 'each' });
      downTo[i - 1] = await dumpSchema(ds);
    }
    await expectNoIdleInTransaction(ds);
  });
  expect(await applied(url)).toBe(0);

  for (let i = 1; i <= n; i++) {
    const up = await withMigrations(url, i, async (ds) => {
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual([migrations[i - 1]!.name]);
      return dumpSchema(ds);
    });
    expect(up, `schema after migration ${i} (${migrations[i - 1]!.name}) going up differs from the same point going down`).toEqual(downTo[i]);
  }
  return { firstUp, downTo };
}

describe('migrations', () => {
  it('go up, down and up again on an empty database, to the same schema', async () => {
    const url = await emptyDatabase();
    const before = await dumpAt(url);
    const { downTo } = await upDownUp(url);
    // All the way down is where we started, but for the migrations' own bookkeeping table and
    // the extensions (an extension is not dropped: other databases' objects may come to use it).
    const bottom = withoutExtensions(downTo[0]!);
    const strip = (d: SchemaDump) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as string[]).filter((l) => !/^public\.migrations\b|ON public\.migrations |migrations_id_seq/.test(l))]));
    expect(strip(bottom)).toEqual(strip(withoutExtensions(before)));
    expect(before.tables).toEqual([]);
  });

  it('go up, down and up again on a database with the demo data, to the same schema', async () => {
    const url = await emptyDatabase();
    const { firstUp } = await upDownUp(url, async (ds) => {
      await seedDemo(ds);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM app_user`);
      expect(n).toBeGreaterThan(0);
    });
    const final = await dumpAt(url);
    expect(final).toEqual(firstUp);
    expect(final.tables.length).toBeGreaterThanOrEqual(5);
    expect(final.indexes.length).toBeGreaterThan(0);
    expect(final.constraints.some((c) => / FOREIGN KEY /.test(c))).toBe(true);
  });
});
