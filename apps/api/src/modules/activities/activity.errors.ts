import { ACTIVITY_MESSAGES, allowedActions, registerMessages, type StateMachine } from '@luzhi/shared';
import { AppError } from '../../common/errors';

registerMessages(ACTIVITY_MESSAGES);

/**
 * A step the state table forbids: INVALID_TRANSITION, naming the steps that are allowed from
 * here (codes, for clients to map to their labels) in the message and in `details.allowed`.
 */
export function invalidTransition<S extends string, A extends string>(entity: string, machine: StateMachine<S, A>, from: S, action: A): AppError {
  const allowed = allowedActions(machine, from);
  return new AppError(
    'INVALID_TRANSITION',
    'common.invalidTransition',
    { entity, from, action, allowed: allowed.length ? allowed.join(', ') : '—' },
    { allowed },
  );
}
