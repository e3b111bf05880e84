import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { PAGE_SIZE_DEFAULT } from '@luzhi/shared';

/**
 * The cost model (docs/analysts.md, "Cost"): an operation costs the sum of its fields, where
 *
 *   cost(field) = size(field) × (own(field) + Σ cost(child))
 *
 * - own: 0 for a scalar or enum, 1 for an object (a row to fetch), or the field's `@Cost(n)`.
 * - size: 1 for a single value. A list counts its expected length: the `first` argument of the
 *   field itself, or of the connection it belongs to (`edges` and `nodes` of `users(first: 50)`
 *   are 50 long; the default page is 20), else the field's `@Cost(n, { listSize })`, else 20.
 * - Introspection (`__schema`, `__type`, `__typename`) is free: it never reaches the database.
 *
 * So `users(first: 100) { totalCount nodes { id } }` costs 1 + 100 × 1 = 101, and nesting
 * multiplies: 50 users with 10 sessions each is 1 + 50 × (1 + 10 × 1) = 551.
 */
export const DEFAULT_LIST_SIZE = 20;

export interface CostSpec {
  /** The field's own cost, e.g. 100 for an aggregate over a whole table. */
  value: number;
  /** For a list field: its expected length when no `first` argument says it. */
  listSize?: number;
}

/** Overrides a field's own cost (and, for lists, their expected length): `@Cost(100)`. */
export const Cost = (value: number, options: { listSize?: number } = {}) => Extensions({ cost: { value, ...options } satisfies CostSpec });

export interface OperationCost {
  requested: number;
  limit: number;
}

type Variables = Record<string, unknown> | undefined;

function pageArgument(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Variables): number | null {
  if (!field.args.some((a) => a.name === 'first')) return null;
  let args: Record<string, unknown> = {};
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    // Bad variables fail in execution with a proper message; here count the default page.
  }
  const first = args.first;
  return typeof first === 'number' && Number.isFinite(first) && first >= 0 ? first : PAGE_SIZE_DEFAULT;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables?: Variables,
): number {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | null, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        const named = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        const spec = field.extensions?.cost as CostSpec | undefined;
        const own = spec?.value ?? (isLeafType(named) ? 0 : 1);
        const page = pageArgument(field, selection, variables);
        const size = !isList ? 1 : (page ?? spec?.listSize ?? pageSize ?? DEFAULT_LIST_SIZE);
        const children = selection.selectionSet && isCompositeType(named) ? selectionCost(selection.selectionSet, named, isList ? null : page, seen) : 0;
        total += size * (own + children);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += selectionCost(selection.selectionSet, type, pageSize, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) total += selectionCost(fragment.selectionSet, type, pageSize, new Set([...seen, name]));
      }
    }
    return total;
  };

  return selectionCost(operation.selectionSet, root, null, new Set());
}
