import { registerEnumType } from 'type-graphql';
import { ROLE_LABELS, ROLES, type Role } from '@luzhi/shared';

/** Turns a shared `as const` list into an object TypeGraphQL can register as an enum. */
export function enumFrom<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** Enum value descriptions ("中文 / English") from a shared label table: the schema's docs say what the admin shows. */
export function describeValues<T extends string>(labels: Record<T, { zh: string; en: string }>): Record<T, { description: string }> {
  return Object.fromEntries(Object.entries<{ zh: string; en: string }>(labels).map(([k, l]) => [k, { description: `${l.zh} / ${l.en}` }])) as Record<T, { description: string }>;
}

/** Enum value descriptions for a state machine's actions, from the labels in its table. */
export function describeActions<A extends string>(machine: Record<A, { label: { zh: string; en: string } }>): Record<A, { description: string }> {
  return describeValues(Object.fromEntries(Object.entries<{ label: { zh: string; en: string } }>(machine).map(([k, t]) => [k, t.label])) as Record<A, { zh: string; en: string }>);
}

export const RoleEnum = enumFrom<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: '用户角色 / A user role (DOMAIN.md: who uses it)', valuesConfig: describeValues(ROLE_LABELS) });
