import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { AppError, forbidden, notFound } from '../../common/errors';

/**
 * Row-level scope of the activities domain, in one place. Staff, admins and analysts reach every
 * row; a group leader reaches their group's activities and those their members are invited to; a
 * deputy reaches the activities they are invited to; a handling unit reaches no activity, only the
 * findings assigned to it. Every list, lookup and nested field goes through these.
 */
export function restrictActivities<T extends ObjectLiteral>(ctx: Context, qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  const v = ctx.viewer!;
  switch (v.role) {
    case 'ADMIN':
    case 'STAFF':
    case 'ANALYST':
      return qb;
    case 'GROUP_LEADER':
      return qb.andWhere(
        `(${alias}.organizer_group_id = :scopeGroup OR EXISTS (SELECT 1 FROM activity_participant sp JOIN group_membership sm ON sm.deputy_id = sp.deputy_id AND sm.end_date IS NULL WHERE sp.activity_id = ${alias}.id AND sm.group_id = :scopeGroup))`,
        { scopeGroup: v.scopeGroupId ?? -1 },
      );
    case 'DEPUTY':
      return qb.andWhere(`EXISTS (SELECT 1 FROM activity_participant sp WHERE sp.activity_id = ${alias}.id AND sp.deputy_id = :scopeDeputy)`, { scopeDeputy: v.scopeDeputyId ?? -1 });
    default:
      return qb.andWhere('1 = 0');
  }
}

/** Findings: the same as their activity's, except that a handling unit sees the ones assigned to it. */
export function restrictFindings<T extends ObjectLiteral>(ctx: Context, qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  const v = ctx.viewer!;
  switch (v.role) {
    case 'ADMIN':
    case 'STAFF':
    case 'ANALYST':
      return qb;
    case 'HANDLING_UNIT':
      return qb.andWhere(`${alias}.responsible_organization_id = :scopeOrg`, { scopeOrg: v.scopeOrganizationId ?? -1 });
    case 'GROUP_LEADER':
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM activity sa WHERE sa.id = ${alias}.activity_id AND (sa.organizer_group_id = :scopeGroup OR EXISTS (SELECT 1 FROM activity_participant sp JOIN group_membership sm ON sm.deputy_id = sp.deputy_id AND sm.end_date IS NULL WHERE sp.activity_id = sa.id AND sm.group_id = :scopeGroup)))`,
        { scopeGroup: v.scopeGroupId ?? -1 },
      );
    default:
      return qb.andWhere('1 = 0');
  }
}

/** Sees everything of the kind: no row-level filter applies. */
export function seesAll(ctx: Context): boolean {
  return ['ADMIN', 'STAFF', 'ANALYST'].includes(ctx.viewer?.role ?? '');
}

/**
 * Who may change an activity: ACTIVITY_WRITE is checked on the field; a group leader manages only
 * activities their own group organises.
 */
export function assertManages(ctx: Context, activity: { organizerGroupId: number | null }): void {
  const v = ctx.viewer!;
  if (v.role === 'GROUP_LEADER' && (v.scopeGroupId == null || activity.organizerGroupId !== v.scopeGroupId)) {
    throw new AppError('FORBIDDEN', 'activity.notOwnGroup');
  }
  if (!['ADMIN', 'STAFF', 'GROUP_LEADER'].includes(v.role)) throw forbidden('activity:write');
}

export const ACTIVITY_ENTITY = { zh: '活动', en: 'activity' };
export const FINDING_ENTITY = { zh: '问题', en: 'finding' };

/** "Not found" and "not yours" answer the same, so ids reveal nothing. */
export const hiddenActivity = (id: number | string) => notFound(ACTIVITY_ENTITY, id);
export const hiddenFinding = (id: number | string) => notFound(FINDING_ENTITY, id);
