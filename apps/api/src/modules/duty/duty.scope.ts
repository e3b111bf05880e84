import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { AppError } from '../../common/errors';

/**
 * Row-level scope of duty data: a DEPUTY reaches their own records, a GROUP_LEADER those of their
 * group's current members, everyone else with the permission reaches all.
 */
export type DutyScope = { kind: 'all' } | { kind: 'deputy'; deputyId: number } | { kind: 'group'; groupId: number };

export function dutyScope(ctx: Context): DutyScope {
  const v = ctx.viewer;
  if (v?.role === 'DEPUTY') return { kind: 'deputy', deputyId: v.scopeDeputyId ?? -1 };
  if (v?.role === 'GROUP_LEADER') return { kind: 'group', groupId: v.scopeGroupId ?? -1 };
  return { kind: 'all' };
}

const MEMBERS = `SELECT gm.deputy_id FROM group_membership gm WHERE gm.group_id = :scopeGroupId AND gm.end_date IS NULL`;

/** Narrows a query to the viewer's deputies; `column` is fixed SQL naming the deputy id column. */
export function applyDeputyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, ctx: Context, column: string): SelectQueryBuilder<T> {
  const scope = dutyScope(ctx);
  if (scope.kind === 'deputy') qb.andWhere(`${column} = :scopeDeputyId`, { scopeDeputyId: scope.deputyId });
  if (scope.kind === 'group') qb.andWhere(`${column} IN (${MEMBERS})`, { scopeGroupId: scope.groupId });
  return qb;
}

/** Refuses when the viewer may not reach this deputy's duty records. */
export async function assertMayReadDeputy(ctx: Context, deputyId: number): Promise<void> {
  const scope = dutyScope(ctx);
  if (scope.kind === 'deputy' && scope.deputyId !== deputyId) throw new AppError('FORBIDDEN', 'duty.notOwnRecord');
  if (scope.kind === 'group') {
    const [row] = await ctx.db.query(`SELECT 1 FROM group_membership WHERE group_id = $1 AND deputy_id = $2 AND end_date IS NULL`, [scope.groupId, deputyId]);
    if (!row) throw new AppError('FORBIDDEN', 'duty.outsideGroup');
  }
}
