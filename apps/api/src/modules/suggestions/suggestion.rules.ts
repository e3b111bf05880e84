import type { EntityManager } from 'typeorm';
import { Between } from 'typeorm';
import { addDays, DEFAULT_SUGGESTION_RULES, isValidIsoDate, todayInChina, type SuggestionRules, type WorkCalendar } from '@luzhi/shared';
import { getSetting, putSetting } from '../settings/setting.service';
import { Holiday } from './holidays/holiday.entity';
import { suggestionError } from './suggestion.errors';

export const RULES_KEY = 'suggestions.rules';

export async function getSuggestionRules(em: EntityManager): Promise<SuggestionRules> {
  const rules = await getSetting<SuggestionRules>(em, RULES_KEY, DEFAULT_SUGGESTION_RULES);
  return { ...rules, motionMinSigners: { ...DEFAULT_SUGGESTION_RULES.motionMinSigners, ...rules.motionMinSigners } };
}

export async function putSuggestionRules(em: EntityManager, changes: Partial<SuggestionRules>): Promise<SuggestionRules> {
  const current = await getSuggestionRules(em);
  const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)) } as SuggestionRules;
  await putSetting(em, RULES_KEY, next);
  return next;
}

/** The holiday calendar between two dates (a deadline never needs more than a few months). */
export async function loadCalendar(em: EntityManager, from: string, to: string): Promise<WorkCalendar> {
  const rows = await em.getRepository(Holiday).find({ where: { date: Between(from, to) } });
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'HOLIDAY').map((r) => r.date)),
    workdays: new Set(rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.date)),
  };
}

/** Working-day deadlines never reach further than this many calendar days. */
export const CALENDAR_WINDOW_DAYS = 120;
export const calendarAround = (em: EntityManager, date: string) => loadCalendar(em, date, addDays(date, CALENDAR_WINDOW_DAYS));

export const today = () => todayInChina();

/** A date a person entered for something that already happened: valid and not in the future. */
export function pastDate(value: string | null | undefined): string {
  if (!value) return today();
  if (!isValidIsoDate(value)) throw suggestionError('suggestion.invalidDate', { value });
  if (value > today()) throw suggestionError('suggestion.dateInFuture');
  return value;
}

export function validDate(value: string): string {
  if (!isValidIsoDate(value)) throw suggestionError('suggestion.invalidDate', { value });
  return value;
}
