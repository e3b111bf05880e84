import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { formatMessage, langFromAcceptLanguage, type Lang } from '@luzhi/shared';
import type { Config } from './config';
import { LoaderRegistry, type Context } from './common/context';
import { AppError, isDatabaseUnavailable } from './common/errors';
import type { Logger } from './common/logger';
import { requestScope, type RequestScope } from './common/request-context';
import { resolveViewer } from './modules/users/auth.service';
import { getSchema } from './schema';
import { mountFileRoutes } from './modules/files/files.routes';
import { mountDeputyRoutes } from './modules/deputies/deputy.routes';

export const LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxDirectives: 20 };

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED', 'SERVICE_UNAVAILABLE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** Turns any error into what a client may see: expected ones keep their code, others are masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors as { property: string; constraints?: Record<string, string>; children?: unknown[] }[];
    const flat: string[] = [];
    const walk = (errs: typeof details, prefix: string) => {
      for (const e of errs ?? []) {
        const field = prefix ? `${prefix}.${e.property}` : e.property;
        for (const c of Object.values(e.constraints ?? {})) flat.push(c.startsWith(e.property) ? `${prefix ? prefix + '.' : ''}${c}` : `${field}: ${c}`);
        walk(e.children as typeof details, field);
      }
    };
    walk(details, '');
    return {
      message: formatMessage('common.invalidInput', { details: flat.join('; ') }),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', messageKey: 'common.invalidInput', params: { details: flat.join('; ') }, fields: flat },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: formatMessage('common.unavailable'), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'common.unavailable' } };
  }
  const code = formatted.extensions?.code as string | undefined;
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
      message = formatMessage(ext.messageKey, { ...(ext.params as Record<string, string>), requestId }, lang);
    }
    // Field suggestions reveal the schema: only for signed-in users.
    if (!signedIn) message = message.replace(/ ?Did you mean .+\?$/, '');
    const extensions = ext.code === 'INTERNAL_SERVER_ERROR' ? { ...ext, requestId } : ext;
    return { ...e, message, extensions };
  });
}

const INTROSPECTION = /\b__(schema|type)\b/;

/** Logs unexpected errors with the request id; localizes messages; gates introspection. */
function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request }) {
          if (!contextValue.viewer && request.query && INTROSPECTION.test(request.query)) {
            throw new AppError('UNAUTHENTICATED', 'auth.required');
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
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = localize(response.body.singleResult.errors, contextValue.lang, contextValue.requestId, !!contextValue.viewer);
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
}

export interface RunningServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  close(): Promise<void>;
}

function sendJsonError(res: Response, status: number, code: string, message: string) {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export async function createServer({ config, db, log }: AppDeps): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const schema = await getSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: 20000, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [...armor.plugins, requestPlugin(), ApolloServerPluginDrainHttpServer({ httpServer })],
    validationRules: armor.validationRules,
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
    try {
      await Promise.race([db.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'accept-language', 'apollo-require-preflight', 'x-request-id'],
    maxAge: 600,
  });

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
          wrote: false,
        };
        const auth = req.header('authorization');
        const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
        if (token) {
          try {
            const { viewer, problem } = await resolveViewer(db, token);
            ctx.viewer = viewer;
            ctx.sessionProblem = problem;
          } catch (err) {
            if (isDatabaseUnavailable(err)) {
              throw new GraphQLError(formatMessage('common.unavailable', {}, ctx.lang), { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
            }
            throw err;
          }
          if (ctx.viewer) {
            scope.userId = ctx.viewer.id;
            scope.username = ctx.viewer.username;
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
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err.type === 'entity.too.large') return sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${config.bodyLimit}`);
    if (err.type === 'entity.parse.failed') return sendJsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    log.error({ err, requestId: res.locals.requestId }, 'unhandled http error');
    return sendJsonError(res, err.status && err.status < 500 ? err.status : 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    url: `http://localhost:${port}`,
    close: () => (closing ??= apollo.stop()),
  };
}
