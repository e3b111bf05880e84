import { GraphQLError } from 'graphql';
import { formatMessage, type ErrorCode, type Lang, type MessageParams } from '@luzhi/shared';

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

export const notFound = (entity: string, id: string | number) => new AppError('NOT_FOUND', 'common.notFound', { entity, id });
export const badInput = (key: string, params: MessageParams = {}, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', key, params, details);
export const forbidden = (permission = '') => new AppError('FORBIDDEN', 'auth.forbidden', { permission });
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'auth.required');
export const conflict = (key: string, params: MessageParams = {}) => new AppError('CONFLICT', key, params);

/** Connection-level failures that mean "the database is not there right now". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004'].includes(e.code)) return true;
  return /Connection terminated|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e.message ?? '');
}
