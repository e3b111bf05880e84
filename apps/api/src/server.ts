import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { GraphQLError, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { constraintText } from './common/validation-messages';
import { DataSource } from 'typeorm';
import { formatMessage, langFromAcceptLanguage, paramText, type Lang, type Localized, type MessageParams } from '@luzhi/shared';
import type { Config } from './config';
import { LoaderRegistry, type Context } from './common/context';
import { AppError, databaseRefusal, isDatabaseUnavailable } from './common/errors';
import { costPlugin, enforceRateLimit, isStatementTimeout, RateCounter, type RateCount } from './common/limits';
import type { Logger } from './common/logger';
import { startRollupCompaction } from './common/rollup-compaction';
import { currentScope, requestScope, type RequestScope } from './common/request-context';
import { resolveViewer } from './modules/users/auth.service';
import { queryHistoryPlugin } from './modules/analytics/query-history';
import { getSchema } from './schema';
import { mountFileRoutes } from './modules/files/files.routes';
import { readRoutingPlugin, type ReadRouting } from './db/read-routing';
import { mountDeputyRoutes } from './modules/deputies/deputy.routes';

export const LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxDirectives: 20 };

/**
 * Apollo keeps each parsed and validated document, and each automatic-persisted-query text, in
 * caches of 30 MiB by default, measured as JSON length: a parsed document takes about four times
 * that in the heap, so every distinct document (an analyst's console runs, a client writing values
 * into the query text) added to the heap up to ~120 MB that stayed. 4 MiB holds the admin's
 * operations several times over.
 */
export const DOCUMENT_CACHE_BYTES = 4 * 2 ** 20;

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED', 'QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** Turns any error into what a client may see: expected ones keep their code, others are masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, limits: { statementTimeoutMs?: number } = {}): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    // `http` (status, headers) is for the response, not for the client to read.
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...formatted, message: original.message, extensions };
  }
  if (isStatementTimeout(original)) {
    const params = { seconds: Math.round((limits.statementTimeoutMs ?? 0) / 100) / 10 };
    return { message: formatMessage('common.queryTimeout', params), path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', messageKey: 'common.queryTimeout', params } };
  }
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors as { property: string; constraints?: Record<string, string>; children?: unknown[] }[];
    const lines: Localized[] = [];
    const walk = (errs: typeof details, prefix: string) => {
      for (const e of errs ?? []) {
        const field = prefix ? `${prefix}.${e.property}` : e.property;
        for (const [constraint, text] of Object.entries(e.constraints ?? {})) lines.push(constraintText(field, constraint, text));
        walk(e.children as typeof details, field);
      }
    };
    walk(details, '');
    const joined = { zh: lines.map((l) => l.zh).join(';'), en: lines.map((l) => l.en).join('; ') };
    return {
      message: formatMessage('common.invalidInput', { details: joined }),
      locations: formatted.locations,
      path: formatted.path,
      // `fields`: one line per failed constraint, put into the request's language by `localize`.
      extensions: { code: 'BAD_USER_INPUT', messageKey: 'common.invalidInput', params: { details: joined }, fields: lines },
    };
  }
  const refusal = databaseRefusal(original);
  if (refusal) return { message: refusal.message, path: formatted.path, extensions: { ...refusal.extensions } };
  if (isDatabaseUnavailable(original)) {
    return { message: formatMessage('common.unavailable'), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'common.unavailable' } };
  }
  const code = formatted.extensions?.code as string | undefined;
  // Apollo's own refusals of a malformed request carry an HTTP 4xx but sometimes no code
  // (a persisted query whose hash does not match): a client's mistake, not an internal error.
  const status = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  // (Apollo has filled in INTERNAL_SERVER_ERROR as `code` by now; the error itself has none.)
  if (original instanceof GraphQLError && original.extensions.code === undefined && !original.originalError && status?.status && status.status >= 400 && status.status < 500) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  if (code && KNOWN_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: rest };
  }
  return { message: formatMessage('common.internal'), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'common.internal' } };
}

function localize(errors: readonly GraphQLFormattedError[], lang: Lang, requestId: string, signedIn: boolean): GraphQLFormattedError[] {
  return errors.map((e) => {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    let message = e.message;
    if (typeof ext.messageKey === 'string') {
      message = formatMessage(ext.messageKey, { ...(ext.params as MessageParams), requestId }, lang);
    }
    if (Array.isArray(ext.fields)) ext.fields = ext.fields.map((line: unknown) => (typeof line === 'string' ? line : paramText(line as Localized, lang)));
    // Field suggestions reveal the schema: only for signed-in users.
    if (!signedIn) message = message.replace(/ ?Did you mean .+\?$/, '');
    const extensions = ext.code === 'INTERNAL_SERVER_ERROR' ? { ...ext, requestId } : ext;
    return { ...e, message, extensions };
  });
}

const INTROSPECTION = /\b__(schema|type)\b/;

/** The first string holding U+0000 in a value (variables, nested inputs, lists), by its path. */
function nulIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || depth > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulIn(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function nulInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.includes('\u0000')) found = `"${node.value.replace(/\u0000/g, '\\u0000').slice(0, 40)}"`;
    },
  });
  return found;
}

/** Logs unexpected errors with the request id; localizes messages; gates introspection. */
function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request, operation, document }) {
          // The schema has no subscription type: GraphQL would fail it as an unexplained error.
          if (operation?.operation === 'subscription') throw new AppError('BAD_USER_INPUT', 'common.subscriptionUnsupported');
          if (!contextValue.viewer && request.query && INTROSPECTION.test(request.query)) {
            throw new AppError('UNAUTHENTICATED', 'auth.required');
          }
          // PostgreSQL text cannot hold U+0000: refused once per request, naming where it was,
          // instead of a middleware on every field.
          const nul = nulIn(request.variables, 'variables') ?? nulInDocument(document);
          if (nul) throw new AppError('BAD_USER_INPUT', 'common.nulCharacter', { field: nul });
          // Every audit row names the mutation that made it (a field middleware would cost every field).
          if (operation?.operation === 'mutation') {
            const scope = currentScope();
            const first = operation.selectionSet.selections.find((s) => s.kind === 'Field');
            if (scope && first?.kind === 'Field') scope.operation = first.name.value;
          }
        },
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = error.originalError ?? error;
            const code = (error.extensions?.code as string | undefined) ?? '';
            if (original instanceof AppError || original instanceof ArgumentValidationError || KNOWN_CODES.has(code)) continue;
            const level = isDatabaseUnavailable(original) ? 'warn' : 'error';
            contextValue?.log?.[level]({ requestId: contextValue.requestId, operationName, path: error.path, err: original }, 'request failed');
          }
        },
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('cache-control', 'no-store');
          if (contextValue.config.exposeStatementCount && response.body.kind === 'single') {
            const statements = currentScope()?.statements ?? 0;
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
          }
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            const errors = response.body.singleResult.errors;
            // Apollo answers 500 to a request refused before execution unless the error names a
            // status (graphql-armor's token limit does not): a refusal of the client's request is 4xx.
            if (response.http.status === 500 && !errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
              response.http.status = errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') ? 503 : 400;
            }
            response.body.singleResult.errors = localize(errors, contextValue.lang, contextValue.requestId, !!contextValue.viewer);
          }
        },
      };
    },
  };
}

export interface AppDeps {
  config: Config;
  db: DataSource;
  log: Logger;
  /** Read replicas (DATABASE_REPLICA_URLS); absent: everything on `db`. */
  routing?: ReadRouting;
}

export interface RunningServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** The analysts' pool (the main one when their statement timeout is off). */
  analystDb: DataSource;
  /** This process's share of the per-user rate-limit counters (flushed each second). */
  rateCounter: RateCounter;
  url: string;
  close(): Promise<void>;
}

function sendJsonError(res: Response, status: number, code: string, message: string) {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export async function createServer({ config, db, log, routing }: AppDeps): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const schema = await getSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    // graphql-armor's token limit parses the document a second time in a hook that runs before
    // Apollo's own parse, so that any syntax error escaped the pipeline as an HTTP 500. GraphQL's
    // parser counts tokens itself (parseOptions below): a syntax error stays a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Replaced by our own cost model (common/cost.ts): per role, with page sizes and @Cost overrides.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  // Analysts get their own small pool (by default half the cores, at most 5) whose connections
  // run without parallel workers and cancel any statement past the timeout:
  // every query of their request (resolvers, DataLoaders, services) goes through `ctx.db`, so
  // nothing needs to remember it, and a heavy analysis can never take the office's connections.
  const analystDb = config.analystStatementTimeoutMs
    ? new DataSource({
        ...db.options,
        extra: {
          ...(db.options.extra as Record<string, unknown>),
          max: config.analystPoolSize,
          application_name: 'luzhi-analyst',
          statement_timeout: config.analystStatementTimeoutMs,
          // One core per analyst statement: parallel workers would take the cores the office's
          // requests need (the pool's size is the other half of this bulkhead).
          options: '-c max_parallel_workers_per_gather=0',
        },
      } as typeof db.options)
    : db;
  if (!analystDb.isInitialized) await analystDb.initialize();

  const apollo = new ApolloServer<Context>({
    schema,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_BYTES }),
    cache: new InMemoryLRUCache({ maxSize: DOCUMENT_CACHE_BYTES }),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, { statementTimeoutMs: config.analystStatementTimeoutMs }),
    plugins: [
      // Apollo's cache-control plugin is on unless disabled: it wraps every resolved field to
      // collect cache hints, which this API never sets (every answer is per user), allocating
      // several objects per field, a million for a statistics table. The header it ended up
      // sending, no-store, is set in requestPlugin.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      costPlugin(config),
      requestPlugin(),
      ...(routing?.enabled ? [readRoutingPlugin(routing)] : []),
      queryHistoryPlugin(db, config),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  // Request id and the audit scope for everything that follows.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{6,40}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const scope: RequestScope = { requestId, userId: null, username: null, ip: req.ip ?? null, operation: null };
    res.locals.requestId = requestId;
    res.locals.scope = scope;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (req.path !== '/healthz') log.info({ requestId, method: req.method, url: req.originalUrl.slice(0, 200), status: res.statusCode, ms: Math.round(ms * 10) / 10, userId: scope.userId }, 'request');
    });
    requestScope.run(scope, next);
  });

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([db.query('SELECT 1'), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)))]);
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).setHeader('Retry-After', '5').json({ status: 'unavailable', database: 'down' });
    } finally {
      clearTimeout(timer);
    }
  });

  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'accept-language', 'apollo-require-preflight', 'x-request-id'],
    maxAge: 600,
  });

  const rateCounter = new RateCounter(db, config, (err) => log.warn({ err }, 'rate-limit counters not saved; retried in a second'));
  app.use(
    '/graphql',
    corsMiddleware,
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const scope = res.locals.scope as RequestScope;
        const ctx: Context = {
          requestId: scope.requestId,
          lang: langFromAcceptLanguage(req.header('accept-language')),
          ip: req.ip ?? null,
          userAgent: req.header('user-agent') ?? null,
          viewer: null,
          sessionProblem: null,
          db,
          config,
          loaders: new LoaderRegistry(),
          log,
          servedBy: 'primary',
        };
        const auth = req.header('authorization');
        const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
        let rate: RateCount | null = null;
        if (token) {
          try {
            const { viewer, problem } = await resolveViewer(db, token);
            ctx.viewer = viewer;
            ctx.sessionProblem = problem;
            if (viewer) rate = await rateCounter.count(viewer.id, viewer.role);
          } catch (err) {
            if (isDatabaseUnavailable(err)) {
              throw new GraphQLError(formatMessage('common.unavailable', {}, ctx.lang), { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
            }
            throw err;
          }
          if (ctx.viewer) {
            scope.userId = ctx.viewer.id;
            scope.username = ctx.viewer.username;
            enforceRateLimit(config, ctx.viewer, rate, ctx.lang);
            if (ctx.viewer.role === 'ANALYST') ctx.db = analystDb;
          }
        }
        return ctx;
      },
    }),
  );

  mountFileRoutes(app, { db, config, log });
  mountDeputyRoutes(app, { db, config, log });

  // The built admin, with client-side routes falling back to index.html.
  const indexHtml = path.join(config.adminDist, 'index.html');
  app.use(express.static(config.adminDist, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } }));
  app.get(/^(?!\/(graphql|files)(\/|$)).*/, (_req, res) => {
    if (fs.existsSync(indexHtml)) res.setHeader('Cache-Control', 'no-cache').sendFile(indexHtml);
    else res.status(404).type('text/plain').send('The admin is not built: run `npm run build` (or `npm start`, which builds it).');
  });

  // Body-parser failures: too large (413) or not JSON (400), in GraphQL's error shape.
  app.use((err: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const lang = langFromAcceptLanguage(req.header('accept-language'));
    if (err.type === 'entity.too.large') return sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', formatMessage('common.requestTooLarge', { max: config.bodyLimit.toUpperCase() }, lang));
    if (err.type === 'entity.parse.failed') return sendJsonError(res, 400, 'BAD_REQUEST', formatMessage('common.notJson', {}, lang));
    log.error({ err, requestId: res.locals.requestId }, 'unhandled http error');
    return sendJsonError(res, err.status && err.status < 500 ? err.status : 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const stopCompaction = startRollupCompaction(db, log);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    analystDb,
    url: `http://localhost:${port}`,
    rateCounter,
    close: () => (closing ??= apollo.stop().then(async () => {
      stopCompaction();
      await rateCounter.close().catch((err: unknown) => log.warn({ err }, 'rate-limit counters not saved at shutdown'));
      if (analystDb !== db && analystDb.isInitialized) await analystDb.destroy();
    })),
  };
}
