import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { formatMessage, type Lang, type Role } from '@luzhi/shared';
import type { Config } from '../config';
import type { Context } from './context';
import { AppError } from './errors';
import { operationCost } from './cost';

/**
 * The limits every request meets, in the order it meets them (docs/analysts.md, "Limits"):
 * 1. the rate limit per user (PostgreSQL counters, so every API process counts the same);
 * 2. depth, aliases, tokens and directives (graphql-armor, in validation);
 * 3. the operation's cost against the role's limit, before any resolver runs;
 * 4. for analysts, a statement timeout on every statement (their own connection pool).
 */

/** Refuses an operation over the role's cost limit before execution: no resolver, no SQL. */
export function costPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          if (!operation) return;
          // Signed out, only sign-in is open: anything else is refused by the auth check before any
          // SQL, with the clearer UNAUTHENTICATED rather than a cost refusal.
          const roots = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
          if (!contextValue.viewer && roots.some((name) => name !== 'login' && name !== '__typename')) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const requested = operationCost(schema, operation, fragments, request.variables);
          const limit = config.costLimits[contextValue.viewer?.role ?? 'ANONYMOUS'];
          contextValue.cost = { requested, limit };
          if (requested > limit) {
            const error = new AppError('COST_LIMIT_EXCEEDED', 'common.costLimitExceeded', { cost: requested, limit });
            // A client error, like a validation failure (Apollo answers those with 400 too).
            Object.assign(error.extensions, { cost: { requested, limit }, http: { status: 400 } });
            throw error;
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single' && contextValue.cost) {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}

let requestsSinceSweep = 0;
const SWEEP_EVERY = 500;

export interface RateCount {
  requests: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
}

/**
 * Counts one request of a subject in the current fixed window: one upsert, on the primary.
 * Windows are aligned to the epoch, so every process agrees where a window starts.
 */
export async function countRequest(db: DataSource, subject: string, windowSeconds: number): Promise<RateCount> {
  const [row] = (await db.query(
    `INSERT INTO api_rate_limit (subject, window_start, requests)
     VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
     ON CONFLICT (subject, window_start) DO UPDATE SET requests = api_rate_limit.requests + 1
     RETURNING requests, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
    [subject, windowSeconds],
  )) as { requests: number; retry_after: number }[];
  if (++requestsSinceSweep >= SWEEP_EVERY) {
    requestsSinceSweep = 0;
    // Housekeeping, not shared state: any process may sweep, the result is the same.
    await db.query(`DELETE FROM api_rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [windowSeconds * 2]);
  }
  return { requests: row!.requests, retryAfter: Math.max(1, row!.retry_after) };
}

/** Throws a 429 with Retry-After when the user is past their role's limit in this window. */
export async function enforceRateLimit(db: DataSource, config: Config, viewer: { id: number; role: Role }, lang: Lang): Promise<void> {
  const limit = config.rateLimits[viewer.role];
  if (!limit) return;
  const window = config.rateLimitWindowSeconds;
  const { requests, retryAfter } = await countRequest(db, `user:${viewer.id}`, window);
  if (requests <= limit) return;
  const params = { limit, window, retryAfter };
  throw new GraphQLError(formatMessage('common.rateLimited', params, lang), {
    extensions: {
      code: 'RATE_LIMITED',
      messageKey: 'common.rateLimited',
      params,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    },
  });
}

/** PostgreSQL's "canceling statement due to statement timeout". */
export function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return e?.code === '57014' || e?.driverError?.code === '57014';
}
