import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting in the current request: read by the audit subscriber inside transactions. */
export interface RequestScope {
  requestId: string;
  userId: number | null;
  username: string | null;
  ip: string | null;
  /** The GraphQL mutation (or script) being run. */
  operation: string | null;
  /** SQL statements this request issued (counted by the data source's logger). */
  statements?: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** For scripts (seed, import jobs) that change data outside a request. */
export function runAsSystem<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  return requestScope.run({ requestId: 'system', userId: null, username: 'system', ip: null, operation }, fn);
}
