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
