import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { SnakeNamingStrategy } from '../common/naming';
import { entities, subscribers } from '../modules';
import { migrations } from './migrations';
import { StatementLogger } from './statement-logger';

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
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const extra = {
    max: settings.poolSize ?? 20,
    application_name: settings.applicationName ?? 'luzhi-api',
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
    // A transaction left open by a bug must not hold locks for ever.
    idle_in_transaction_session_timeout: 60000,
    ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
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
    logging: true,
    logger: new StatementLogger(settings.logging ?? false),
    extra,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  };
  return { ...common, url: settings.url };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
