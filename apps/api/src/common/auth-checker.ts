import { Authorized, type AuthChecker } from 'type-graphql';
import { can, type Permission } from '@luzhi/shared';
import type { Context } from './context';
import { AppError, forbidden } from './errors';

/**
 * Every root field declares the permission it needs with `@Allow(...)`. A field that lists
 * several permissions is open to holders of any of them.
 */
export const Allow = (...permissions: Permission[]) => Authorized(...permissions);

export const authChecker: AuthChecker<Context> = ({ context }, permissions) => {
  if (!context.viewer) {
    throw new AppError('UNAUTHENTICATED', context.sessionProblem === 'expired' ? 'auth.sessionExpired' : 'auth.required');
  }
  if (permissions.length === 0) return true;
  if (!permissions.some((p) => can(context.viewer!.role, p as Permission))) throw forbidden(...permissions);
  return true;
};

/** For services: the same check, for rules that depend on the data (e.g. an own item). */
export function requirePermission(ctx: Context, permission: Permission): void {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'auth.required');
  if (!can(ctx.viewer.role, permission)) throw forbidden(permission);
}
