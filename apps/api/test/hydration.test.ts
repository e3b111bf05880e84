import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/common/context';
import { hydrate, hydrateAliased, preparedQueryOn } from '../src/common/prefetch';
import { startTestApp, type TestApp } from './helpers';

/**
 * Entities built from rows the API reads by other means than TypeORM (a page's prepared statement,
 * `row_to_json` in a prefetch) must be the entities TypeORM itself would have read: same class,
 * same values, dates as Dates. Checked on a row of every table of the demo data.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
});
afterAll(() => app?.close());

describe('hydration outside TypeORM', () => {
  it('gives what TypeORM reads, for a row of every entity with data', async () => {
    const ctx = { db: app.db } as Context;
    let compared = 0;
    for (const metadata of app.db.entityMetadatas) {
      if (metadata.tableType !== 'regular' || metadata.primaryColumns.length !== 1) continue;
      const pk = metadata.primaryColumns[0]!;
      const qb = app.db.getRepository(metadata.target).createQueryBuilder('x').orderBy(`x.${pk.propertyName}`, 'DESC').limit(1);
      const read = await qb.getOne();
      if (!read) continue;
      const [text, values] = qb.getQueryAndParameters();
      const [raw] = (await app.db.query(text, values)) as Record<string, unknown>[];
      expect(hydrateAliased(app.db, metadata, 'x', raw!), metadata.name).toEqual(read);
      const [{ j }] = (await app.db.query(`SELECT row_to_json(x) AS j FROM ${metadata.tablePath} x WHERE x."${pk.databaseName}" = $1`, [pk.getEntityValue(read)])) as { j: Record<string, unknown> }[];
      const fromJson = hydrate(ctx, metadata.target, j);
      expect(fromJson, metadata.name).toEqual(read);
      expect(Object.getPrototypeOf(fromJson)).toBe(Object.getPrototypeOf(read));
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('runs a prepared statement again unnamed, on another connection, once a migration changed its result', async () => {
    await app.db.query(`CREATE TABLE prepared_probe (v integer)`);
    try {
      await app.db.query(`INSERT INTO prepared_probe VALUES (1)`);
      for (let i = 0; i < 3; i++) expect(await preparedQueryOn(app.db, `SELECT v FROM prepared_probe`, [])).toEqual([{ v: 1 }]);
      await app.db.query(`ALTER TABLE prepared_probe ALTER v TYPE text`);
      for (let i = 0; i < 3; i++) expect(await preparedQueryOn(app.db, `SELECT v FROM prepared_probe`, [])).toEqual([{ v: '1' }]);
    } finally {
      await app.db.query(`DROP TABLE prepared_probe`);
    }
  });
});
