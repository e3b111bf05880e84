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
 * 1. the rate limit per user (PostgreSQL counters, so every API process counts the same; `RateCounter`);
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

/** A request counted in its user's rate-limit window (by `RateCounter.count`). */
export interface RateCount {
  requests: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
}

/** How often a process adds the requests it counted in memory to the shared counters. */
export const RATE_FLUSH_MS = 1000;

/** Within this many requests of the limit, every request is counted in PostgreSQL at once. */
export const rateLimitMargin = (limit: number) => Math.max(50, Math.ceil(limit * 0.2));

/** A process holds at most this many of a user's requests before adding them to the shared counter. */
export const RATE_BURST = 20;

// Adds each subject's requests to its window's shared counter; the window start is aligned to the
// epoch, so every process agrees where a window starts.
const ADD_SQL = `INSERT INTO api_rate_limit AS r (subject, window_start, requests)
  SELECT s, to_timestamp(w), n FROM unnest($1::text[], $2::float8[], $3::int[]) AS x(s, w, n)
  ON CONFLICT (subject, window_start) DO UPDATE SET requests = r.requests + excluded.requests
  RETURNING subject, requests`;

interface Tally {
  /** The window's start, seconds since the epoch. */
  window: number;
  /** The shared counter as this process last read it (its own flushed requests included). */
  shared: number;
  /** Requests this process counted and has not yet added to the shared counter. */
  pending: number;
}

/**
 * The per-user rate limit, counted in PostgreSQL so that every API process counts the same
 * (fixed windows of `rateLimitWindowSeconds`). Counting each request there was a write on every
 * read: the session check was an upsert of one hot row per user, and one user's parallel requests
 * queued on that row's lock. A process now counts in memory and adds its counts to the shared
 * counters once a second (one statement for all users), reading back the shared totals. It holds
 * at most `RATE_BURST` of a user's requests before adding them (a busy user's 300 requests a
 * second are 15 writes), and once a user is within `rateLimitMargin` of the limit (the shared
 * total as last read plus the process's own) it counts each of their requests in PostgreSQL
 * before answering it; past the limit it refuses without writing. So what the processes do not
 * yet know of each other is at most `RATE_BURST` requests each, within the margin for up to three
 * processes; with more, the limit can be passed by up to `RATE_BURST` a process beyond those.
 * Windows are the processes' clocks' (keep them synchronised, as NTP does).
 */
export class RateCounter {
  private readonly tallies = new Map<string, Tally>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  /** Counters added since the last sweep of windows long past. */
  private addedSinceSweep = 0;

  constructor(private readonly db: DataSource, private readonly config: Config, onError: (err: unknown) => void, flushMs = RATE_FLUSH_MS) {
    this.timer = setInterval(() => void this.flush().catch(onError), flushMs);
    this.timer.unref();
  }

  /** Counts one request of a user; null when their role has no limit. */
  async count(userId: number, role: Role, now = Date.now()): Promise<RateCount | null> {
    const limit = this.config.rateLimits[role];
    if (!limit) return null;
    const seconds = this.config.rateLimitWindowSeconds;
    const window = Math.floor(now / 1000 / seconds) * seconds;
    const retryAfter = Math.max(1, Math.ceil(window + seconds - now / 1000));
    const subject = `user:${userId}`;
    let tally = this.tallies.get(subject);
    if (!tally || tally.window !== window) this.tallies.set(subject, (tally = { window, shared: 0, pending: 0 }));
    tally.pending++;
    const known = tally.shared + tally.pending;
    // Over the limit as last read: refused without another write (counted at the next flush).
    if (tally.shared >= limit) return { requests: known, retryAfter };
    if (known < limit - rateLimitMargin(limit) && tally.pending < RATE_BURST) return { requests: known, retryAfter };
    await this.add([[subject, tally]]);
    return { requests: tally.shared + tally.pending, retryAfter };
  }

  /** Adds every pending count to the shared counters (each second, and on shutdown). */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        const now = Date.now() / 1000;
        const due: [string, Tally][] = [];
        for (const [subject, tally] of this.tallies) {
          if (tally.pending) due.push([subject, tally]);
          else if (tally.window + this.config.rateLimitWindowSeconds < now) this.tallies.delete(subject);
        }
        if (due.length) await this.add(due);
        // Housekeeping, not shared state: any process may sweep windows long past.
        if ((this.addedSinceSweep += due.length) >= 500) {
          this.addedSinceSweep = 0;
          await this.db.query(`DELETE FROM api_rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [this.config.rateLimitWindowSeconds * 2]);
        }
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private async add(entries: [string, Tally][]): Promise<void> {
    // Rows locked in one order by every process: two flushes never wait on each other in a cycle.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const counts = entries.map(([, t]) => t.pending);
    for (const [, t] of entries) t.pending = 0;
    try {
      const rows = (await this.db.query(ADD_SQL, [entries.map(([s]) => s), entries.map(([, t]) => t.window), counts])) as { subject: string; requests: number }[];
      const bySubject = new Map(rows.map((r) => [r.subject, r.requests]));
      // Counters only grow within a window: the larger of two answers arriving out of order.
      for (const [subject, t] of entries) t.shared = Math.max(t.shared, bySubject.get(subject) ?? 0);
    } catch (err) {
      entries.forEach(([, t], i) => (t.pending += counts[i]!));
      throw err;
    }
  }

  /** Stops the timer and adds what is pending (after a flush already under way, what came since). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing?.catch(() => undefined);
    await this.flush();
  }
}

/** Throws a 429 with Retry-After when the user is past their role's limit. */
export function enforceRateLimit(config: Config, viewer: { role: Role }, rate: RateCount | null, lang: Lang): void {
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
