import pg from 'pg';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { createDataSource } from '../db/data-source';
import { openDatabase } from '../db/bootstrap';
import {
  CONNECTIONS, DEFAULT_SUGGESTIONS_PER_DEPUTY, SCRATCH_SCHEMA, dropSecondaryIndexes, openSession, rebuildSummaries, recreateIndexes, resetIdentities,
  runOnSessions, vacuumAnalyze, type GenerateParams, type GenerateStep,
} from './generator';
import { registryStep } from './steps/registry';
import { activityStep } from './steps/activity';
import { suggestionEventStep, suggestionHandlingStep, suggestionStep } from './steps/suggestions';
import { dutyStep } from './steps/duty';

/**
 * Every step, each after the ones named in its `after`. The order is the priority among steps that
 * are ready: the longest chain (suggestions, then their events) starts first, and the other domains
 * fill the second connection.
 */
export const STEPS: GenerateStep[] = [registryStep, suggestionStep, suggestionEventStep, activityStep, suggestionHandlingStep, dutyStep];

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * `npm run db:generate -- --deputies N [--seed S] [--suggestions-per-deputy X] [--connections C] [--database NAME]`: drops and re-creates the
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

  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const sessions: pg.Client[] = [];
  try {
    for (let i = 0; i < (params.connections ?? CONNECTIONS); i++) sessions.push(await openSession(url.toString()));
    const [main] = sessions as [pg.Client];
    await main.query(`CREATE SCHEMA ${SCRATCH_SCHEMA}`);
    const indexes = await dropSecondaryIndexes(main);
    log(`[${elapsed()}] ${indexes.length} secondary indexes dropped for the load`);
    await runOnSessions(
      sessions,
      STEPS,
      async (client, step) => {
        const label = step.name.split(':')[0];
        log(`[${elapsed()}] ${step.name}`);
        await client.query('BEGIN');
        await step.run(client, params, (m) => log(`[${elapsed()}]   ${label}: ${m}`));
        await client.query('COMMIT');
      },
      (step, done) => (step.after ?? []).every((s) => done.has(s)),
    );
    log(`[${elapsed()}] indexes`);
    await recreateIndexes(sessions, indexes, (m) => log(`[${elapsed()}]   ${m}`));
    await resetIdentities(main);
    await rebuildSummaries(main, (m) => log(`[${elapsed()}]   ${m}`));
    await main.query(`DROP SCHEMA ${SCRATCH_SCHEMA} CASCADE`);
    await main.query(`INSERT INTO audit_log (username, operation, action, entity, after) VALUES ('system', 'db:generate', 'INSERT', 'GeneratedDataSet', $1)`, [JSON.stringify(params)]);
    log(`[${elapsed()}] VACUUM ANALYZE`);
    await vacuumAnalyze(sessions);
    log(`[${elapsed()}] done: ${url.pathname.slice(1)}`);
  } catch (err) {
    for (const client of sessions) await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    for (const client of sessions) await client.end().catch(() => undefined);
  }
  return url.toString();
}

if (process.argv[1]?.endsWith('generate/index.ts')) {
  const params: GenerateParams = { deputies: Number(argument('deputies', '10000')), seed: Number(argument('seed', '1')), year: Number(argument('year', String(new Date().getFullYear()))), suggestionsPerDeputy: Number(argument('suggestions-per-deputy', String(DEFAULT_SUGGESTIONS_PER_DEPUTY))), connections: Number(argument('connections', String(CONNECTIONS))) };
  if (!Number.isInteger(params.deputies) || params.deputies < 100) throw new Error('--deputies must be a whole number of at least 100');
  if (!(params.suggestionsPerDeputy! >= 0)) throw new Error('--suggestions-per-deputy must be a number of at least 0');
  if (!Number.isInteger(params.connections) || params.connections! < 1) throw new Error('--connections must be a whole number of at least 1');
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
