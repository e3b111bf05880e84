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

/** A request counted in its user's rate-limit window (by `resolveViewer`, in the session's statement). */
export interface RateCount {
  requests: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
}

let requestsSinceSweep = 0;
const SWEEP_EVERY = 500;

/** The roles with a rate limit, for the statement that counts a request (`resolveViewer`). */
export function rateLimitedRoles(config: Config): Role[] {
  return (Object.keys(config.rateLimits) as Role[]).filter((role) => config.rateLimits[role]);
}

/**
 * After `resolveViewer` has counted the request in the user's window: throws a 429 with
 * Retry-After when the user is past their role's limit. Every few hundred requests, sweeps
 * windows long past (housekeeping, not shared state: any process may sweep, the result is the same).
 */
export async function enforceRateLimit(db: DataSource, config: Config, viewer: { role: Role }, rate: RateCount | null, lang: Lang): Promise<void> {
  if (++requestsSinceSweep >= SWEEP_EVERY) {
    requestsSinceSweep = 0;
    await db.query(`DELETE FROM api_rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [config.rateLimitWindowSeconds * 2]);
  }
  const limit = config.rateLimits[viewer.role];
  if (!limit || !rate || rate.requests <= limit) return;
  const params = { limit, window: config.rateLimitWindowSeconds, retryAfter: rate.retryAfter };
  throw new GraphQLError(formatMessage('common.rateLimited', params, lang), {
    extensions: {
      code: 'RATE_LIMITED',
      messageKey: 'common.rateLimited',
      params,
      http: { status: 429, headers: new Map([['retry-after', String(rate.retryAfter)]]) },
    },
  });
}

/** PostgreSQL's "canceling statement due to statement timeout". */
export function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return e?.code === '57014' || e?.driverError?.code === '57014';
}
