import type { Role } from './roles';

/**
 * Named permissions, defined once. The API turns them into `@Authorized(...)` and the admin
 * derives its menu and buttons from them, so both always agree.
 */
export const PERMISSIONS = {
  /** Own account: who am I, sign out, change my password. Every signed-in user. */
  SELF: 'self',
  USER_MANAGE: 'user:manage',
  AUDIT_READ: 'audit:read',

  REGISTRY_READ: 'registry:read',
  REGISTRY_WRITE: 'registry:write',
  DEPUTY_READ: 'deputy:read',
  DEPUTY_WRITE: 'deputy:write',
  DEPUTY_IMPORT: 'deputy:import',
  DEPUTY_EXPORT: 'deputy:export',
  /** Unmasked ID numbers, phones and addresses (deputies' and voters'). */
  PERSONAL_DATA_READ: 'personal:read',
  GROUP_READ: 'group:read',
  GROUP_WRITE: 'group:write',

  ACTIVITY_READ: 'activity:read',
  ACTIVITY_WRITE: 'activity:write',
  FINDING_READ: 'finding:read',
  FINDING_UPDATE: 'finding:update',
  FINDING_VERIFY: 'finding:verify',
  NOTICE_READ: 'notice:read',
  NOTICE_SEND: 'notice:send',

  SUGGESTION_READ: 'suggestion:read',
  SUGGESTION_SUBMIT: 'suggestion:submit',
  SUGGESTION_MANAGE: 'suggestion:manage',
  SUGGESTION_HANDLE: 'suggestion:handle',
  SUGGESTION_REPLY: 'suggestion:reply',
  SUGGESTION_FEEDBACK: 'suggestion:feedback',

  DUTY_READ: 'duty:read',
  DUTY_WRITE: 'duty:write',
  DIARY_WRITE: 'diary:write',
  /** Object to an item of one's own duty record. */
  DUTY_OBJECT: 'duty:object',
  COMMENDATION_MANAGE: 'commendation:manage',

  STATS_READ: 'stats:read',
  ANALYTICS_CONSOLE: 'analytics:console',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
export const ALL_PERMISSIONS = Object.values(PERMISSIONS) as Permission[];

/** What each permission lets one do, as a refusal names it ("没有权限执行此操作(管理建议)"). */
export const PERMISSION_LABELS: Record<Permission, { zh: string; en: string }> = {
  self: { zh: '使用本人账户', en: 'use your own account' },
  'user:manage': { zh: '管理用户', en: 'manage users' },
  'audit:read': { zh: '查看审计记录', en: 'read the audit trail' },
  'registry:read': { zh: '查看人大、届次与区划', en: 'read congresses, terms and divisions' },
  'registry:write': { zh: '维护人大、届次与区划', en: 'maintain congresses, terms and divisions' },
  'deputy:read': { zh: '查看代表名册', en: 'read the deputies\' roster' },
  'deputy:write': { zh: '维护代表信息', en: 'maintain deputies\' records' },
  'deputy:import': { zh: '导入代表名册', en: 'import the roster' },
  'deputy:export': { zh: '导出代表名册', en: 'export the roster' },
  'personal:read': { zh: '查看完整个人信息', en: 'read unmasked personal data' },
  'group:read': { zh: '查看代表小组', en: 'read the groups' },
  'group:write': { zh: '维护代表小组', en: 'maintain the groups' },
  'activity:read': { zh: '查看代表活动', en: 'read activities' },
  'activity:write': { zh: '组织代表活动', en: 'organise activities' },
  'finding:read': { zh: '查看视察发现的问题', en: 'read findings' },
  'finding:update': { zh: '填报问题整改进展', en: 'report on findings' },
  'finding:verify': { zh: '核实问题整改', en: 'verify findings' },
  'notice:read': { zh: '查看通知', en: 'read notices' },
  'notice:send': { zh: '发送通知', en: 'send notices' },
  'suggestion:read': { zh: '查看建议', en: 'read suggestions' },
  'suggestion:submit': { zh: '提出建议', en: 'submit suggestions' },
  'suggestion:manage': { zh: '登记和交办建议', en: 'register and assign suggestions' },
  'suggestion:handle': { zh: '办理建议', en: 'handle suggestions' },
  'suggestion:reply': { zh: '答复建议', en: 'reply to suggestions' },
  'suggestion:feedback': { zh: '评价建议办理', en: 'rate replies to suggestions' },
  'duty:read': { zh: '查看履职档案', en: 'read duty records' },
  'duty:write': { zh: '维护履职记录', en: 'maintain duty records' },
  'diary:write': { zh: '写民情日记', en: 'write diaries' },
  'duty:object': { zh: '对履职档案提出异议', en: 'object to a duty record' },
  'commendation:manage': { zh: '评选表彰', en: 'manage commendations' },
  'stats:read': { zh: '查看统计', en: 'read statistics' },
  'analytics:console': { zh: '使用查询控制台', en: 'use the query console' },
};

/** The permissions a refusal names, in both languages ("or" between several). */
export function permissionsText(permissions: readonly string[]): { zh: string; en: string } {
  const labels = permissions.map((p) => PERMISSION_LABELS[p as Permission] ?? { zh: p, en: p });
  return { zh: labels.map((l) => l.zh).join('或'), en: labels.map((l) => l.en).join(' or ') };
}

const P = PERMISSIONS;

const STAFF_PERMISSIONS: Permission[] = ALL_PERMISSIONS.filter(
  (p) => p !== P.USER_MANAGE && p !== P.AUDIT_READ && p !== P.ANALYTICS_CONSOLE,
);

/**
 * What each role may do. Scoped roles (HANDLING_UNIT, DEPUTY, GROUP_LEADER) get the permission
 * to reach a kind of thing; which rows they reach is decided by their scope in the services.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ALL_PERMISSIONS,
  STAFF: STAFF_PERMISSIONS,
  GROUP_LEADER: [
    P.SELF, P.REGISTRY_READ, P.DEPUTY_READ, P.GROUP_READ, P.ACTIVITY_READ, P.ACTIVITY_WRITE,
    P.FINDING_READ, P.NOTICE_READ, P.NOTICE_SEND, P.SUGGESTION_READ, P.DUTY_READ, P.STATS_READ,
  ],
  HANDLING_UNIT: [P.SELF, P.FINDING_READ, P.FINDING_UPDATE, P.SUGGESTION_READ, P.SUGGESTION_HANDLE, P.SUGGESTION_REPLY],
  DEPUTY: [
    P.SELF, P.NOTICE_READ, P.ACTIVITY_READ, P.SUGGESTION_READ, P.SUGGESTION_SUBMIT, P.SUGGESTION_FEEDBACK,
    P.DUTY_READ, P.DUTY_OBJECT, P.DIARY_WRITE,
  ],
  ANALYST: [
    P.SELF, P.REGISTRY_READ, P.DEPUTY_READ, P.GROUP_READ, P.ACTIVITY_READ, P.FINDING_READ,
    P.SUGGESTION_READ, P.DUTY_READ, P.STATS_READ, P.ANALYTICS_CONSOLE,
  ],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && ROLE_PERMISSIONS[role].includes(permission);
}
