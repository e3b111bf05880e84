import { describe, expect, it } from 'vitest';
import { ACTIVITY_ACTIONS, ACTIVITY_MACHINE, ACTIVITY_STATUSES, FINDING_ACTIONS, FINDING_MACHINE, FINDING_STATUSES, attendanceRate, planItemProgress } from './activities';
import { allowedActions, nextState } from './state-machine';

/** The whole table, written out: every pair not listed here must be refused. */
const ACTIVITY_ALLOWED: Record<string, string> = {
  'PLANNED:NOTIFY': 'NOTIFIED',
  'PLANNED:CANCEL': 'CANCELLED',
  'NOTIFIED:START': 'IN_PROGRESS',
  'NOTIFIED:CANCEL': 'CANCELLED',
  'IN_PROGRESS:COMPLETE': 'COMPLETED',
  'IN_PROGRESS:CANCEL': 'CANCELLED',
};

const FINDING_ALLOWED: Record<string, string> = {
  'OPEN:INVESTIGATE': 'INVESTIGATING',
  'OPEN:CLOSE_UNRESOLVED': 'CLOSED_UNRESOLVED',
  'INVESTIGATING:START_RECTIFICATION': 'RECTIFYING',
  'INVESTIGATING:CLOSE_UNRESOLVED': 'CLOSED_UNRESOLVED',
  'RECTIFYING:RESOLVE': 'RESOLVED',
  'RECTIFYING:CLOSE_UNRESOLVED': 'CLOSED_UNRESOLVED',
};

describe('activity state machine', () => {
  for (const from of ACTIVITY_STATUSES) {
    for (const action of ACTIVITY_ACTIONS) {
      const expected = ACTIVITY_ALLOWED[`${from}:${action}`] ?? null;
      it(`${from} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextState(ACTIVITY_MACHINE, from, action)).toBe(expected);
      });
    }
  }

  it('lists the allowed actions per state, and none from the end states', () => {
    expect(allowedActions(ACTIVITY_MACHINE, 'PLANNED')).toEqual(['NOTIFY', 'CANCEL']);
    expect(allowedActions(ACTIVITY_MACHINE, 'COMPLETED')).toEqual([]);
    expect(allowedActions(ACTIVITY_MACHINE, 'CANCELLED')).toEqual([]);
  });
});

describe('finding state machine', () => {
  for (const from of FINDING_STATUSES) {
    for (const action of FINDING_ACTIONS) {
      const expected = FINDING_ALLOWED[`${from}:${action}`] ?? null;
      it(`${from} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextState(FINDING_MACHINE, from, action)).toBe(expected);
      });
    }
  }

  it('leaves resolving and closing to the committee (finding:verify), which handling units lack', () => {
    expect(FINDING_MACHINE.RESOLVE.permission).toBe('finding:verify');
    expect(FINDING_MACHINE.CLOSE_UNRESOLVED.permission).toBe('finding:verify');
    expect(FINDING_MACHINE.INVESTIGATE.permission).toBe('finding:update');
  });
});

describe('measures', () => {
  it('attendance rate counts leave as not attended and is empty without invitations', () => {
    expect(attendanceRate({ invited: 4, attended: 3 })).toBe(0.75);
    expect(attendanceRate({ invited: 0, attended: 0 })).toBeNull();
  });

  it('a plan item is overdue once its month is over with nothing held or under way', () => {
    expect(planItemProgress(2005, 6, [], '2005-06-30')).toBe('NOT_SCHEDULED');
    expect(planItemProgress(2005, 6, [], '2005-07-01')).toBe('OVERDUE');
    expect(planItemProgress(2005, 6, ['CANCELLED', 'PLANNED'], '2005-07-01')).toBe('OVERDUE');
    expect(planItemProgress(2005, 6, ['PLANNED'], '2005-06-01')).toBe('SCHEDULED');
    expect(planItemProgress(2005, 6, ['IN_PROGRESS'], '2005-08-01')).toBe('IN_PROGRESS');
    expect(planItemProgress(2005, 6, ['CANCELLED', 'COMPLETED'], '2006-01-01')).toBe('HELD');
  });
});
