import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { createLogger, type Logger } from '../common/logger';
import { SnakeNamingStrategy } from '../common/naming';
import { entities, subscribers } from '../modules';
import { migrations } from './migrations';
import { currentScope } from '../common/request-context';

// `date` columns stay 'YYYY-MM-DD' strings: no time zone may shift a deputy's birthday.
pg.types.setTypeParser(1082, (v) => v);
// int8 (counts) as numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric as numbers (rates, scores).
pg.types.setTypeParser(1700, (v) => Number(v));

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  logging?: boolean;
  /** Cancels any statement running longer (analysts' and replica pools). */
  statementTimeoutMs?: number;
  /** Where TypeORM's and the pool's complaints go; a logger at LOG_LEVEL when not given. */
  log?: Logger;
}

/**
 * TypeORM's messages as structured log lines. Never the parameters of a failed query: they may
 * hold password hashes, session-token hashes or personal data.
 */
class StructuredTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly out: Logger,
    private readonly queries: boolean,
  ) {}
  logQuery(query: string) {
    // Every statement counts against the request that issued it (the N+1 tests and the benchmark).
    const scope = currentScope();
    if (scope) scope.statements = (scope.statements ?? 0) + 1;
    if (this.queries) this.out.info({ query }, 'query');
  }
  logQueryError(error: string | Error, query: string) {
    const e = error as { code?: string; message?: string };
    this.out.warn({ code: e.code, error: typeof error === 'string' ? error : e.message, query: query.slice(0, 500) }, 'query failed');
  }
  logQuerySlow(ms: number, query: string) {
    this.out.warn({ ms, query: query.slice(0, 500) }, 'slow query');
  }
  logSchemaBuild(message: string) {
    this.out.debug({ schema: message });
  }
  logMigration(message: string) {
    this.out.debug({ migration: message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    this.out[level === 'warn' ? 'warn' : 'debug']({ typeorm: String(message) });
  }
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const log = settings.log ?? createLogger();
  const extra = {
    max: settings.poolSize ?? 20,
    application_name: settings.applicationName ?? 'luzhi-api',
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
    // A transaction left open by a bug must not hold locks for ever.
    idle_in_transaction_session_timeout: 60000,
    ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
    // A server that vanished without closing the socket is noticed instead of waited on for ever.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10000,
  };
  const common: Omit<PostgresDataSourceOptions, 'url' | 'replication'> = {
    type: 'postgres',
    entities,
    subscribers,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: settings.logging ? ['query', 'error', 'warn'] : ['error', 'warn'],
    logger: new StructuredTypeOrmLogger(log, !!settings.logging),
    // An idle pooled connection whose server went away (restart, failover) emits 'error': it is
    // dropped from the pool and the next query opens a new one. Unhandled, it would end the process.
    poolErrorHandler: (err: Error) => log.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'database connection lost (idle in the pool)'),
    extra,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  };
  return { ...common, url: settings.url };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
