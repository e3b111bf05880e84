import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../common/context';
import { preparedQuery, selectionOf, type Selection } from '../../common/prefetch';

/**
 * Prefetching for a page of deputies. A page's nested fields (groups, mandates, counts) are
 * otherwise loaded by one DataLoader statement each; a list page that shows several of them would
 * cost as many statements. Each module registers what it can read for the fields it adds to
 * Deputy: one SQL expression over `d.id`, evaluated per deputy of the page, and a function that
 * primes the request's loaders with the value. The page then costs one statement for all of them,
 * and the field resolvers, unchanged, find their loaders already filled.
 */
export interface DeputyPrefetch {
  /** The Deputy field whose selection in `nodes { … }` asks for this prefetch. */
  field: string;
  /** One SQL expression over `d.id` (integer) giving the value for one deputy, usually JSON. Fixed SQL from code. */
  sql: string;
  /** Puts the value read for one deputy into the request's loaders. */
  prime(ctx: Context, deputyId: number, value: unknown, selection: Selection): void;
}

const PREFETCHES: DeputyPrefetch[] = [];

/** Registered from each module's resolver file, next to the field resolver it serves. */
export function registerDeputyPrefetch(prefetch: DeputyPrefetch): void {
  if (!PREFETCHES.some((p) => p.field === prefetch.field)) PREFETCHES.push(prefetch);
}

/** One statement for every registered field the client selected on the page's nodes; none if none. */
export async function prefetchDeputyPage(ctx: Context, info: GraphQLResolveInfo, deputies: readonly { id: number }[]): Promise<void> {
  if (!deputies.length) return;
  const nodes = selectionOf(info).fields.get('nodes');
  if (!nodes) return;
  const wanted = PREFETCHES.filter((p) => nodes.fields.has(p.field));
  if (!wanted.length) return;
  const rows = await preparedQuery(ctx,
    `SELECT d.id, ${wanted.map((p, i) => `${p.sql} AS p${i}`).join(', ')} FROM unnest($1::int[]) AS d(id)`,
    [deputies.map((d) => d.id)],
  );
  for (const row of rows) {
    wanted.forEach((p, i) => p.prime(ctx, Number(row.id), row[`p${i}`], nodes.fields.get(p.field)!));
  }
}
