/** The six roles of DOMAIN.md ("Who uses it, and what each may do"). */
export const ROLES = ['ADMIN', 'STAFF', 'GROUP_LEADER', 'HANDLING_UNIT', 'DEPUTY', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  STAFF: { zh: '代表工作人员', en: 'Deputy-work staff' },
  GROUP_LEADER: { zh: '代表小组组长', en: 'Group leader' },
  HANDLING_UNIT: { zh: '承办单位', en: 'Handling unit' },
  DEPUTY: { zh: '人大代表', en: 'Deputy' },
  ANALYST: { zh: '数据分析员', en: 'Analyst' },
};

/** What a user's scope must point at, per role: a role listed here is useless without it. */
export const ROLE_SCOPE: Partial<Record<Role, 'organization' | 'deputy' | 'group'>> = {
  HANDLING_UNIT: 'organization',
  DEPUTY: 'deputy',
  GROUP_LEADER: 'group',
};
