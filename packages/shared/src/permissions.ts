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
