import { describe, expect, it } from 'vitest';
import {
  actionsFor, actionsFrom, addMonths, addWorkingDays, findTransition, SUGGESTION_ACTIONS, SUGGESTION_STATUSES, type SuggestionAction, type SuggestionStatus,
} from './suggestions';
import { can } from './permissions';
import { measureValue, SUGGESTION_COUNTS, SUGGESTION_MEASURES, type SuggestionCount } from './suggestion-measures';

/** The lifecycle written out by hand: state -> action -> next state. Anything not listed is forbidden. */
const EXPECTED: Record<SuggestionStatus, Partial<Record<SuggestionAction, SuggestionStatus>>> = {
  DRAFT: { SUBMIT: 'SUBMITTED' },
  SUBMITTED: { REGISTER: 'REGISTERED' },
  REGISTERED: { ASSIGN: 'ASSIGNED' },
  ASSIGNED: { REASSIGN: 'ASSIGNED', ACCEPT_RETURN: 'REGISTERED', START_HANDLING: 'HANDLING', REPLY: 'REPLIED' },
  HANDLING: { REASSIGN: 'ASSIGNED', ACCEPT_RETURN: 'REGISTERED', REPLY: 'REPLIED' },
  REPLIED: { RATE: 'RATED', RATE_UNSATISFIED: 'REHANDLING' },
  RATED: { FOLLOW_UP: 'FOLLOWING_UP', CLOSE: 'CLOSED' },
  REHANDLING: { REPLY: 'REPLIED' },
  FOLLOWING_UP: { CLOSE: 'CLOSED' },
  CLOSED: {},
};

describe('the suggestion state machine', () => {
  it('allows exactly the transitions of the lifecycle and forbids every other pair', () => {
    for (const from of SUGGESTION_STATUSES) {
      for (const action of SUGGESTION_ACTIONS) {
        expect(findTransition(from, action)?.to, `${from} --${action}-->`).toBe(EXPECTED[from][action]);
      }
      expect(actionsFrom(from).sort()).toEqual(Object.keys(EXPECTED[from]).sort());
    }
  });

  it('gives each role the buttons its permissions allow', () => {
    expect(actionsFor('REPLIED', (p) => can('DEPUTY', p))).toEqual(['RATE', 'RATE_UNSATISFIED']);
    expect(actionsFor('ASSIGNED', (p) => can('HANDLING_UNIT', p))).toEqual(['START_HANDLING', 'REPLY']);
    expect(actionsFor('REPLIED', (p) => can('HANDLING_UNIT', p))).toEqual([]);
    expect(actionsFor('SUBMITTED', (p) => can('ANALYST', p))).toEqual([]);
    expect(actionsFor('RATED', (p) => can('STAFF', p))).toEqual(['FOLLOW_UP', 'CLOSE']);
  });
});

describe('deadline arithmetic', () => {
  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2006-01-30', 3)).toBe('2006-04-30');
    expect(addMonths('2006-01-31', 1)).toBe('2006-02-28');
    expect(addMonths('2008-01-31', 1)).toBe('2008-02-29');
    expect(addMonths('2005-11-15', 3)).toBe('2006-02-15');
    expect(addMonths('2006-08-31', 6)).toBe('2007-02-28');
  });

  it('counts working days past weekends and holidays, and counts make-up working days', () => {
    const none = { holidays: new Set<string>(), workdays: new Set<string>() };
    // Friday 2025-09-26 + 7 working days, no calendar: Mon 29, Tue 30, Wed 1, Thu 2, Fri 3, Mon 6, Tue 7.
    expect(addWorkingDays('2025-09-26', 7, none)).toBe('2025-10-07');
    const national = {
      holidays: new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']),
      workdays: new Set(['2025-09-28', '2025-10-11']),
    };
    // Sun 28 (worked), Mon 29, Tue 30, [holidays 1–8], Thu 9, Fri 10, Sat 11 (worked), Mon 13.
    expect(addWorkingDays('2025-09-26', 7, national)).toBe('2025-10-13');
  });
});

describe('measures', () => {
  it('are counts or ratios of declared counts, with no rate when nothing is divided', () => {
    const counts = Object.fromEntries(SUGGESTION_COUNTS.map((c) => [c, 0])) as Record<SuggestionCount, number>;
    for (const def of Object.values(SUGGESTION_MEASURES)) {
      expect(SUGGESTION_COUNTS).toContain(def.numerator);
      if (def.kind === 'rate') expect(SUGGESTION_COUNTS).toContain((def as { denominator: SuggestionCount }).denominator);
    }
    expect(measureValue('satisfactionRate', counts)).toBeNull();
    expect(measureValue('satisfactionRate', { ...counts, satisfied: 4, withFeedback: 5 })).toBe(0.8);
    expect(measureValue('resolutionRate', { ...counts, categoryA: 3, replied: 6 })).toBe(0.5);
    expect(measureValue('onTimeRate', { ...counts, repliesOnTime: 6, repliesDue: 9 })).toBeCloseTo(2 / 3);
  });
});
