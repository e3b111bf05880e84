import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { can, formatMessage, langFromAcceptLanguage, type Permission, permissionsText } from '@luzhi/shared';
import type { Config } from '../config';
import { resolveViewer } from '../modules/users/auth.service';
import { LoaderRegistry, type Context } from './context';
import type { Logger } from './logger';
import type { RequestScope } from './request-context';

export interface RestDeps {
  db: DataSource;
  config: Config;
  log: Logger;
}

/**
 * The request context for the few plain-HTTP routes (file upload and download, roster import and
 * export), built like GraphQL's: the session token, the caller's language, the audit scope. Answers
 * 401 (or 403 without `permission`) itself and returns null then.
 */
export async function restContext(req: Request, res: Response, deps: RestDeps, permission?: Permission): Promise<Context | null> {
  const lang = langFromAcceptLanguage(req.header('accept-language'));
  const auth = req.header('authorization');
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  const { viewer } = token ? await resolveViewer(deps.db, token) : { viewer: null };
  if (!viewer) {
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: formatMessage('auth.required', {}, lang) } });
    return null;
  }
  if (permission && !can(viewer.role, permission)) {
    res.status(403).json({ error: { code: 'FORBIDDEN', message: formatMessage('auth.forbidden', { permission: permissionsText([permission]) }, lang) } });
    return null;
  }
  const scope = res.locals.scope as RequestScope | undefined;
  if (scope) {
    scope.userId = viewer.id;
    scope.username = viewer.username;
  }
  return {
    requestId: res.locals.requestId as string,
    lang,
    ip: req.ip ?? null,
    userAgent: req.header('user-agent') ?? null,
    viewer,
    sessionProblem: null,
    db: deps.db,
    config: deps.config,
    loaders: new LoaderRegistry(),
    log: deps.log,
    servedBy: 'primary',
  };
}
