import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './common/logger';
import { isEmpty, openDatabase } from './db/bootstrap';
import { createDataSource } from './db/data-source';
import { createServer } from './server';
import { ReadRouting } from './db/read-routing';
import { BASE_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const db = createDataSource({ url: database.url, poolSize: config.poolSize, log });
  // One pool per replica; migrations only ever run on the primary.
  const replicas = config.replicaUrls.map((url, i) => createDataSource({ url, poolSize: config.poolSize, applicationName: `luzhi-api-replica-${i + 1}`, statementTimeoutMs: config.analystStatementTimeoutMs, log }));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server?.close().catch((err) => log.error({ err }, 'server close failed'));
    if (db.isInitialized) await db.destroy().catch((err) => log.warn({ err }, 'closing the database pool failed'));
    for (const r of replicas) if (r.isInitialized) await r.destroy().catch((err) => log.warn({ err }, 'closing a replica pool failed'));
    await database.embedded?.stop({ sessionsEndWithinMs: 3000 });
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let server: Awaited<ReturnType<typeof createServer>> | undefined;
  try {
    await db.initialize();
    // Several API processes may start at once: one migrates and seeds, the others wait for it.
    const lock = db.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(72610017)');
      const applied = await db.runMigrations({ transaction: 'each' });
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      if (config.seedDemo && (await isEmpty(db))) {
        log.info('empty database: loading the demo data');
        await seedDemo(db);
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock(72610017)').catch(() => undefined);
      await lock.release();
    }
    for (const r of replicas) await r.initialize();
    server = await createServer({ config, db, log, routing: new ReadRouting(db, replicas) });
  } catch (err) {
    log.error({ err }, 'start-up failed');
    await database.embedded?.stop();
    process.exit(1);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `  履职 Lüzhi is running (started in ${seconds}s)`,
    `  Admin:    ${server.url}/`,
    `  GraphQL:  ${server.url}/graphql`,
    database.embedded ? `  Database: embedded PostgreSQL on port ${database.embedded.port}, data in ${database.embedded.dataDir}` : '  Database: DATABASE_URL',
    ...(replicas.length ? [`  Read replicas: ${replicas.length} (analysts and dashboards read there)`] : []),
    `  Demo sign-in (demo only): ${BASE_ACCOUNTS.map((a) => a.username).join(' / ')}, password ${DEMO_PASSWORD}`,
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
