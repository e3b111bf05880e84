import pg from 'pg';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { createDataSource } from '../db/data-source';
import { openDatabase } from '../db/bootstrap';
import {
  DEFAULT_SUGGESTIONS_PER_DEPUTY, HELPERS, dropSecondaryIndexes, prepareSession, rebuildSummaries, recreateIndexes, resetIdentities,
  type GenerateParams, type GenerateStep,
} from './generator';
import { registryStep } from './steps/registry';
import { activityStep } from './steps/activity';
import { suggestionStep } from './steps/suggestions';
import { dutyStep } from './steps/duty';

/** In order; each domain adds its step after the ones it builds on. */
export const STEPS: GenerateStep[] = [registryStep, activityStep, suggestionStep, dutyStep];

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * `npm run db:generate -- --deputies N [--seed S] [--suggestions-per-deputy X] [--database NAME]`: drops and re-creates the
 * database NAME (default luzhi_generated) on the server of DATABASE_URL, or on the embedded
 * server, migrates it and fills it. Never touches the demo database.
 */
export async function generate(serverUrl: string, database: string, params: GenerateParams, log: (m: string) => void = console.log): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2, applicationName: 'luzhi-generate' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  try {
    await prepareSession(client);
    await client.query(HELPERS);
    const indexes = await dropSecondaryIndexes(client);
    for (const step of STEPS) {
      log(`[${elapsed()}] ${step.name}`);
      await client.query('BEGIN');
      await step.run(client, params, (m) => log(`[${elapsed()}]   ${m}`));
      await client.query('COMMIT');
    }
    // Facts and rollups first: their rebuild joins whole tables and needs no index; then the
    // indexes of every table, theirs included, are built once over the full data.
    log(`[${elapsed()}] summaries`);
    await rebuildSummaries(client, (m) => log(`[${elapsed()}]   ${m}`));
    log(`[${elapsed()}] indexes`);
    await recreateIndexes(client, indexes, (m) => log(`[${elapsed()}]   ${m}`));
    await resetIdentities(client);
    await client.query(`INSERT INTO audit_log (username, operation, action, entity, after) VALUES ('system', 'db:generate', 'INSERT', 'GeneratedDataSet', $1)`, [JSON.stringify(params)]);
    log(`[${elapsed()}] VACUUM ANALYZE`);
    await client.query('VACUUM ANALYZE');
    log(`[${elapsed()}] done: ${url.pathname.slice(1)}`);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return url.toString();
}

if (process.argv[1]?.endsWith('generate/index.ts')) {
  const params: GenerateParams = { deputies: Number(argument('deputies', '10000')), seed: Number(argument('seed', '1')), year: Number(argument('year', String(new Date().getFullYear()))), suggestionsPerDeputy: Number(argument('suggestions-per-deputy', String(DEFAULT_SUGGESTIONS_PER_DEPUTY))) };
  if (!Number.isInteger(params.deputies) || params.deputies < 100) throw new Error('--deputies must be a whole number of at least 100');
  if (!(params.suggestionsPerDeputy! >= 0)) throw new Error('--suggestions-per-deputy must be a number of at least 0');
  const config = loadConfig();
  const database = await openDatabase(config, createLogger('warn'));
  const serverUrl = database.embedded ? database.embedded.url : config.databaseUrl!;
  let code = 0;
  try {
    const url = await generate(serverUrl, argument('database', 'luzhi_generated'), params);
    if (!database.embedded) console.log(`generated into ${new URL(url).pathname.slice(1)}`);
  } catch (err) {
    console.error(err);
    code = 1;
  } finally {
    await database.embedded?.stop();
  }
  process.exit(code);
}
