import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const API_ROOT = path.resolve(here, '..');
export const REPO_ROOT = path.resolve(API_ROOT, '..', '..');

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function list(name: string): string[] {
  return (process.env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export interface Config {
  port: number;
  /** Unset: an embedded PostgreSQL is started with its data in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  replicaUrls: string[];
  embeddedDataDir: string;
  embeddedPort: number;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  corsOrigins: string[];
  bodyLimit: string;
  adminDist: string;
  logLevel: string;
  poolSize: number;
  /** Loads the demo data set on the first start of an empty database. */
  seedDemo: boolean;
  /** Adds `extensions.sqlStatements` to every GraphQL answer (tests and the benchmark). */
  exposeStatementCount: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int('PORT', 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    replicaUrls: list('DATABASE_REPLICA_URLS'),
    embeddedDataDir: env.LUZHI_DATA_DIR || path.join(REPO_ROOT, '.data', 'postgres'),
    embeddedPort: int('LUZHI_EMBEDDED_PG_PORT', 54329),
    sessionTtlHours: int('SESSION_TTL_HOURS', 12),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15),
    corsOrigins: list('CORS_ORIGINS'),
    bodyLimit: env.BODY_LIMIT || '2mb',
    adminDist: env.ADMIN_DIST || path.join(REPO_ROOT, 'apps', 'admin', 'dist'),
    logLevel: env.LOG_LEVEL || 'info',
    poolSize: int('DATABASE_POOL_SIZE', 20),
    seedDemo: env.LUZHI_SEED_DEMO !== 'false',
    exposeStatementCount: env.LUZHI_EXPOSE_SQL_COUNT === '1',
  };
}
