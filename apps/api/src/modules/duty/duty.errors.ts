import { allowedActions, DUTY_MESSAGES, isValidIsoDate, nextState, registerMessages, type StateMachine } from '@luzhi/shared';
import { AppError, badInput } from '../../common/errors';

// Once per process: every duty service imports this file.
registerMessages(DUTY_MESSAGES);

/** Applies a transition from a shared table, or refuses with INVALID_TRANSITION naming what is allowed. */
export function transition<S extends string, A extends string>(machine: StateMachine<S, A>, entity: string, from: S, action: A): S {
  const to = nextState(machine, from, action);
  if (!to) {
    throw new AppError('INVALID_TRANSITION', 'common.invalidTransition', { entity, from, action, allowed: allowedActions(machine, from).join(', ') || '—' });
  }
  return to;
}

export function checkDate(value: string): string {
  if (!isValidIsoDate(value)) throw badInput('duty.invalidDate', { value });
  return value;
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1950 || year > 2200) throw badInput('duty.invalidYear', { year });
  return year;
}
