import { registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '@luzhi/shared';

/** Turns a shared `as const` list into an object TypeGraphQL can register as an enum. */
export function enumFrom<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumFrom<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: '用户角色 / A user role (DOMAIN.md: who uses it)' });
