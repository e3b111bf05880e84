import type { ReactNode } from 'react';
import type { Permission } from '@luzhi/shared';

/** One page of the admin. Modules export lists of these; the shell builds menu and router. */
export interface AppRoute {
  path: string;
  /** Menu text; omit to keep the page out of the menu (detail pages). */
  label?: { zh: string; en: string };
  icon?: ReactNode;
  /** Needed to see the page; the menu hides what the role cannot open. */
  permission: Permission;
  element: ReactNode;
  /** Menu section. */
  section?: 'registry' | 'work' | 'suggestions' | 'duty' | 'analysis' | 'system';
}

export const SECTIONS: Record<NonNullable<AppRoute['section']>, { zh: string; en: string }> = {
  registry: { zh: '代表与组织', en: 'Deputies & organisation' },
  work: { zh: '代表活动', en: 'Activities' },
  suggestions: { zh: '建议办理', en: 'Suggestions' },
  duty: { zh: '履职管理', en: 'Duty records' },
  analysis: { zh: '统计分析', en: 'Analysis' },
  system: { zh: '系统管理', en: 'System' },
};
