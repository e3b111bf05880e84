import { UseMiddleware } from 'type-graphql';
import { can, MASKS, PERMISSIONS } from '@luzhi/shared';
import type { Context } from './context';

/**
 * Masks personal data (ID numbers, phones, addresses, voters' names) at field level for every
 * role without `personal:read`, whatever query reaches the field.
 */
export function Masked(kind: keyof typeof MASKS) {
  return UseMiddleware(async ({ context }: { context: Context }, next: () => Promise<unknown>) => {
    const value = (await next()) as string | null | undefined;
    if (value === null || value === undefined || can(context.viewer?.role, PERMISSIONS.PERSONAL_DATA_READ)) return value;
    return MASKS[kind](value);
  });
}

export function mayReadPersonalData(ctx: Context): boolean {
  return can(ctx.viewer?.role, PERMISSIONS.PERSONAL_DATA_READ);
}
