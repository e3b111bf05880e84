import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../common/logger';
import { EmbeddedPostgres } from './embedded';

export const DEFAULT_DATABASE = 'luzhi';

export interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
}

/** Creates the database on a server if it is missing (the embedded server starts with none). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose data stays in the repo. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = new EmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    log: (line) => log.debug({ postgres: line }),
  });
  const fresh = await embedded.start();
  log.info({ dataDir: embedded.dataDir, port: embedded.port, fresh }, 'embedded PostgreSQL started');
  await ensureDatabase(embedded.url, DEFAULT_DATABASE);
  return { url: embedded.urlFor(DEFAULT_DATABASE), embedded };
}

export async function isEmpty(db: DataSource): Promise<boolean> {
  const [row] = (await db.query('SELECT count(*)::int AS n FROM app_user')) as { n: number }[];
  return row!.n === 0;
}
