import {
  actionsFrom, registerMessages, SUGGESTION_ACTION_LABELS, SUGGESTION_MESSAGES, SUGGESTION_STATUS_LABELS,
  type Localized, type MessageParams, type SuggestionAction, type SuggestionStatus,
} from '@luzhi/shared';
import { AppError, refusedTransition } from '../../common/errors';

registerMessages(SUGGESTION_MESSAGES);

export const SUGGESTION_ENTITY = { zh: '建议', en: 'suggestion' };
export const ASSIGNMENT_ENTITY = { zh: '交办件', en: 'assignment' };

/** Steps of the handling that are not lifecycle actions but are still bound to its states. */
const STEP_LABELS: Record<string, Localized> = {
  MEETING: { zh: '登记见面沟通', en: 'Record a meeting' },
  CO_UNIT_VIEW: { zh: '提交协办意见', en: "Give a co-unit's views" },
  PROGRESS: { zh: '填报落实进展', en: 'Report progress' },
};

/** A lifecycle action the current state does not allow: the message names the allowed ones. */
export function invalidTransition(from: SuggestionStatus, action: SuggestionAction | string): AppError {
  const label = SUGGESTION_ACTION_LABELS[action as SuggestionAction] ?? STEP_LABELS[action] ?? { zh: action, en: action };
  const allowed = actionsFrom(from).map((code) => ({ code, label: SUGGESTION_ACTION_LABELS[code] }));
  return refusedTransition(SUGGESTION_ENTITY, SUGGESTION_STATUS_LABELS[from], label, allowed);
}

export const suggestionError = (key: keyof typeof SUGGESTION_MESSAGES, params: MessageParams = {}) => new AppError('BAD_USER_INPUT', key, params);
export const suggestionForbidden = (key: keyof typeof SUGGESTION_MESSAGES) => new AppError('FORBIDDEN', key);
