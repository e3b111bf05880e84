import { GraphQLError } from 'graphql';
import { allowedActions, formatMessage, listOf, permissionsText, type ErrorCode, type Lang, type Localized, type MessageParams, type StateMachine } from '@luzhi/shared';

/**
 * An expected failure: a code from the shared list, a message key with its parameters, and
 * optional structured details (e.g. which rows of an import are wrong). The message is rendered
 * in the caller's language when the response is formatted.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    details?: Record<string, unknown>,
  ) {
    super(formatMessage(messageKey, params, 'zh-CN'), {
      extensions: { code, messageKey, params, ...(details ? { details } : {}) },
    });
  }

  localized(lang: Lang): string {
    return formatMessage(this.messageKey, this.params, lang);
  }
}

/** Entity names are `Localized` (`{ zh: '活动', en: 'activity' }`): every message shows them in the reader's language. */
export const notFound = (entity: Localized, id: string | number) => new AppError('NOT_FOUND', 'common.notFound', { entity, id });
export const badInput = (key: string, params: MessageParams = {}, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', key, params, details);
export const forbidden = (...permissions: string[]) => new AppError('FORBIDDEN', 'auth.forbidden', { permission: permissionsText(permissions) });
/** A row outside the caller's scope (another unit's item, another deputy's record). */
export const outOfScope = (entity: Localized) => new AppError('FORBIDDEN', 'auth.outOfScope', { entity });
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'auth.required');
export const conflict = (key: string, params: MessageParams = {}) => new AppError('CONFLICT', key, params);

/**
 * A step a state table forbids (INVALID_TRANSITION): the record, its state, the action and the
 * actions possible instead, all by their labels in the reader's language; `details.allowed` keeps
 * the action codes for clients.
 */
export function refusedTransition(entity: Localized, from: Localized, action: Localized, allowed: { code: string; label: Localized }[]): AppError {
  return new AppError(
    'INVALID_TRANSITION',
    'common.invalidTransition',
    { entity, from, action, allowed: listOf(allowed.map((a) => a.label)) },
    { allowed: allowed.map((a) => a.code) },
  );
}

/** `refusedTransition` for a machine of packages/shared, with the table of its states' labels. */
export function invalidTransition<S extends string, A extends string>(
  entity: Localized, machine: StateMachine<S, A>, stateLabels: Record<S, Localized>, from: S, action: A,
): AppError {
  const allowed = allowedActions(machine, from).map((code) => ({ code, label: machine[code].label }));
  return refusedTransition(entity, stateLabels[from], machine[action]?.label ?? { zh: action, en: action }, allowed);
}

const UNAVAILABLE_CODES = new Set([
  // Node's socket errors.
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // PostgreSQL: admin/crash shutdown, cannot connect now, connection exceptions, too many connections.
  '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection closed|sorry, too many clients/i;

/**
 * Connection-level failures that mean "the database is not there right now". TypeORM wraps the
 * driver's error (`QueryFailedError.driverError`) and Node wraps causes (`cause`): both are looked
 * into, a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown } | undefined;
  if (!e || typeof e !== 'object' || depth > 4) return false;
  // TypeORM releases a transaction's connection when its socket fails between two statements;
  // the transaction's next statement then meets a released runner. (It is logged with its stack,
  // so a bug that used a runner after release would still be seen.)
  if (e.name === 'QueryRunnerAlreadyReleasedError') return true;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (e.driverError && isDatabaseUnavailable(e.driverError, depth + 1)) return true;
  if (e.cause && isDatabaseUnavailable(e.cause, depth + 1)) return true;
  // AggregateError: a connection attempt to every address of a host failed.
  return Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The SQLSTATE of a database error, looking through TypeORM's wrapper. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * What a database refusal means to the client, for the ones a request can provoke with input or
 * timing alone: a unique key taken meanwhile, a value the column cannot hold, a serialization
 * failure. Services should check first and say something precise; this is the safety net that
 * keeps such a request from becoming an internal error. Anything else stays unexpected.
 */
export function databaseRefusal(error: unknown): AppError | null {
  const state = sqlState(error);
  if (!state) return null;
  if (state === '23505') return new AppError('CONFLICT', 'common.duplicate');
  if (state === '23503') return new AppError('CONFLICT', 'common.referenced');
  if (state === '40001' || state === '40P01' || state === '55P03') return new AppError('CONFLICT', 'common.retry');
  if (state.startsWith('22') || state === '23514' || state === '23502' || state === '54000') return new AppError('BAD_USER_INPUT', 'common.invalidValue');
  return null;
}
