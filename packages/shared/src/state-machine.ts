import type { Permission } from './permissions';

/**
 * One table of allowed transitions per state machine (activities, findings, duty reports, organ
 * evaluations, rectifications, voter opinions): the server enforces it and the admin draws its
 * buttons from it.
 */
export interface Transition<S extends string> {
  /** The states the action may start from. */
  from: readonly S[];
  /** Where it leads. */
  to: S;
  label: { zh: string; en: string };
  /** Who may take it, beyond reaching the record (machines that need it). */
  permission?: Permission;
  /** The action needs a written reason or note. */
  needsNote?: boolean;
}
export type StateMachine<S extends string, A extends string> = Record<A, Transition<S>>;
/** A machine whose every action names the permission it needs (activities, findings, notices). */
export type GuardedStateMachine<S extends string, A extends string> = Record<A, Transition<S> & { permission: Permission }>;

/** The actions possible from `state`, in the table's order. */
export function allowedActions<S extends string, A extends string>(machine: StateMachine<S, A>, state: S): A[] {
  return (Object.keys(machine) as A[]).filter((a) => machine[a].from.includes(state));
}

/** The state `action` leads to from `state`, or null when the table forbids it. */
export function nextState<S extends string, A extends string>(machine: StateMachine<S, A>, state: S, action: A): S | null {
  const t = machine[action];
  return t && t.from.includes(state) ? t.to : null;
}
