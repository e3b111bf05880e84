import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '@luzhi/shared';

const STORAGE_KEY = 'luzhi.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Picks the text for the current language; Chinese comes first everywhere. */
  tr(zh: string, en: string): string;
  /** Picks from a `{ zh, en }` label (the shared package's label tables). */
  label(l: { zh: string; en: string } | undefined, fallback?: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function readStoredLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      tr: (zh, en) => (lang === 'en' ? en : zh),
      label: (l, fallback = '') => (l ? (lang === 'en' ? l.en : l.zh) : fallback),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the office writes it, the same in both languages and on any browser: 2026-11-28 09:47
 * (24-hour, local time; `seconds` adds :ss, `timeOnly` leaves the date out). The browser's own
 * locale formatting gave "11/28/2026, 9:47:00 AM" on an English system under the Chinese UI.
 */
export function formatDateTime(value: string | number | Date | null | undefined, options: { seconds?: boolean; timeOnly?: boolean } = {}): string {
  if (value == null || value === '') return '—';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '—';
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${options.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return options.timeOnly ? time : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}

/** A date alone: 2026-11-28. */
export function formatDate(value: string | number | Date | null | undefined): string {
  return formatDateTime(value).slice(0, 10);
}
