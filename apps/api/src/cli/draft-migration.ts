import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDataSource } from '../db/data-source';
import { EmbeddedPostgres } from '../db/embedded';

/**
 * Prints the SQL that would bring a database migrated with the existing migrations in line with
 * the entities (a draft for a new migration: name it, review it, add what TypeORM cannot see such
 * as GIN indexes). Uses a throw-away embedded PostgreSQL, or DATABASE_URL's server.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-draft-'));
fs.chmodSync(dir, 0o755);
const embedded = process.env.DATABASE_URL ? null : new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), settings: { fsync: 'off' } });
const server = embedded ? (await embedded.start(), embedded.url) : process.env.DATABASE_URL!;
const name = `luzhi_draft_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const ds = createDataSource({ url: url.toString(), poolSize: 2 });
try {
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const sql = await ds.driver.createSchemaBuilder().log();
  const q = (s: string) => `    await q.query(\`${s.replace(/`/g, '\\`')}\`);`;
  console.log('  async up(q: QueryRunner): Promise<void> {');
  console.log(sql.upQueries.map((x) => q(x.query)).join('\n'));
  console.log('  }\n\n  async down(q: QueryRunner): Promise<void> {');
  console.log(sql.downQueries.reverse().map((x) => q(x.query)).join('\n'));
  console.log('  }');
} finally {
  await ds.destroy();
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
