import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '@luzhi/shared';

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
  /** Largest operation cost per role (docs/analysts.md, "Cost"); ANONYMOUS: signed out. */
  costLimits: Record<Role | 'ANONYMOUS', number>;
  /** Requests per user per window (fixed windows counted in PostgreSQL). */
  rateLimits: Record<Role, number>;
  rateLimitWindowSeconds: number;
  /** Every statement of an ANALYST's request is cancelled past this (0: no limit). */
  analystStatementTimeoutMs: number;
  /** Connections of the analysts' own pool, so their queries cannot take the others'. */
  analystPoolSize: number;
  /** Console runs kept per user. */
  queryHistorySize: number;
  /** How old the dashboard's deputy ranking may be before a request computes it again (0: always). */
  dutyRankingMaxAgeSeconds: number;
}

/** Defaults: analysts explore freely but cheaper than the office's own screens; signed-out minimal. */
export const DEFAULT_COST_LIMITS: Record<Role | 'ANONYMOUS', number> = {
  ADMIN: 20000,
  STAFF: 20000,
  GROUP_LEADER: 10000,
  HANDLING_UNIT: 10000,
  DEPUTY: 5000,
  ANALYST: 5000,
  ANONYMOUS: 10,
};

export const DEFAULT_RATE_LIMITS: Record<Role, number> = {
  ADMIN: 600,
  STAFF: 600,
  GROUP_LEADER: 300,
  HANDLING_UNIT: 300,
  DEPUTY: 300,
  ANALYST: 120,
};

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
    costLimits: Object.fromEntries(
      [...ROLES, 'ANONYMOUS' as const].map((r) => [r, int(`COST_LIMIT_${r}`, DEFAULT_COST_LIMITS[r])]),
    ) as Record<Role | 'ANONYMOUS', number>,
    rateLimits: Object.fromEntries(ROLES.map((r) => [r, int(`RATE_LIMIT_${r}`, DEFAULT_RATE_LIMITS[r])])) as Record<Role, number>,
    rateLimitWindowSeconds: Math.max(1, int('RATE_LIMIT_WINDOW_SECONDS', 60)),
    analystStatementTimeoutMs: int('ANALYST_STATEMENT_TIMEOUT_MS', 15000),
    // A bulkhead: analysts' statements together never take more than half the cores (at least one).
    analystPoolSize: Math.max(1, int('ANALYST_POOL_SIZE', Math.min(5, Math.floor(os.availableParallelism() / 2)))),
    queryHistorySize: Math.max(1, int('QUERY_HISTORY_SIZE', 50)),
    dutyRankingMaxAgeSeconds: Math.max(0, int('DUTY_RANKING_MAX_AGE_SECONDS', 300)),
  };
}
