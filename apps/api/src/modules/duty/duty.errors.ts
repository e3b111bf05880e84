import { DUTY_MESSAGES, isValidIsoDate, nextState, registerMessages, type Localized, type StateMachine } from '@luzhi/shared';
import { badInput, invalidTransition } from '../../common/errors';

// Once per process: every duty service imports this file.
registerMessages(DUTY_MESSAGES);

/** Applies a transition from a shared table, or refuses with INVALID_TRANSITION naming what is allowed. */
export function transition<S extends string, A extends string>(machine: StateMachine<S, A>, stateLabels: Record<S, Localized>, entity: Localized, from: S, action: A): S {
  const to = nextState(machine, from, action);
  if (!to) throw invalidTransition(entity, machine, stateLabels, from, action);
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
