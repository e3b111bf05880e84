import type { DataSource } from 'typeorm';
import type { Lang, Role } from '@luzhi/shared';
import type { Config } from '../config';
import type { Logger } from './logger';
import type { OperationCost } from './cost';

/** The signed-in user as the request sees it (from the session row). */
export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scopeOrganizationId: number | null;
  scopeDeputyId: number | null;
  scopeGroupId: number | null;
  sessionId: number;
  /** The primary's WAL position after this session's last write (read-your-writes with replicas). */
  lastWriteLsn: string | null;
}

/** DataLoaders live per request: created on first use, dropped with the request. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();
  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface Context {
  requestId: string;
  lang: Lang;
  ip: string | null;
  userAgent: string | null;
  viewer: Viewer | null;
  /** The token's hash, when the request carried a token that did not resolve to a session. */
  sessionProblem: 'expired' | null;
  /**
   * The database for this request's work. For an ANALYST it is the analysts' pool, whose
   * connections carry a statement timeout; everyone else gets the main pool.
   */
  db: DataSource;
  config: Config;
  loaders: LoaderRegistry;
  log: Logger;
  /** Which server answers this request's reads: the primary, or a replica (analysts, dashboards). */
  servedBy: 'primary' | 'replica';
  /** The operation's computed cost and the role's limit, once the operation is known. */
  cost?: OperationCost;
}
