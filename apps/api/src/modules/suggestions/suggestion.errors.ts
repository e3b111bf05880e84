import { actionsFrom, registerMessages, SUGGESTION_MESSAGES, type SuggestionAction, type SuggestionStatus } from '@luzhi/shared';
import { AppError } from '../../common/errors';

registerMessages(SUGGESTION_MESSAGES);

export const SUGGESTION_ENTITY = '建议 / suggestion';
export const ASSIGNMENT_ENTITY = '交办件 / assignment';

/** A lifecycle action the current state does not allow: the message names the allowed ones. */
export function invalidTransition(from: SuggestionStatus, action: SuggestionAction | string): AppError {
  const allowed = actionsFrom(from);
  return new AppError('INVALID_TRANSITION', 'common.invalidTransition', { entity: SUGGESTION_ENTITY, from, action, allowed: allowed.join(', ') || '—' }, { allowed });
}

export const suggestionError = (key: keyof typeof SUGGESTION_MESSAGES, params: Record<string, string | number> = {}) => new AppError('BAD_USER_INPUT', key, params);
export const suggestionForbidden = (key: keyof typeof SUGGESTION_MESSAGES) => new AppError('FORBIDDEN', key);
