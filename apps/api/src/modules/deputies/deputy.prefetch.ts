import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../common/context';
import { preparedQuery, selectionOf, type Selection } from '../../common/prefetch';

/**
 * Prefetching for a page of deputies. A page's nested fields (groups, mandates, counts) are
 * otherwise loaded by one DataLoader statement each; a list page that shows several of them would
 * cost as many statements. Each module registers what it can read for the fields it adds to
 * Deputy: one SQL expression over `d.id`, evaluated per deputy of the page, and a function that
 * primes the request's loaders with the value. The page's own statement then carries the
 * expressions as extra columns (PostgreSQL evaluates them after the sort and limit, for the page's
 * rows only), and the field resolvers, unchanged, find their loaders already filled.
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

/** What a page statement adds for the fields the client selected: columns to select, and what to do with them. */
export interface PageExtras {
  /** `[alias, sql expression over d.id]` to add to the page's SELECT. */
  columns: [string, string][];
  /** Primes the loaders from the page's rows (`idOf` reads a row's deputy id). */
  prime(rows: readonly Record<string, unknown>[], idOf: (row: Record<string, unknown>) => unknown): void;
}

/** The extra columns for the registered fields the client selected on the page's nodes; null if none. */
export function deputyPageExtras(ctx: Context, info: GraphQLResolveInfo | undefined): PageExtras | null {
  if (!info) return null;
  const nodes = selectionOf(info).fields.get('nodes');
  if (!nodes) return null;
  const wanted = PREFETCHES.filter((p) => nodes.fields.has(p.field));
  if (!wanted.length) return null;
  return {
    columns: wanted.map((p, i) => [`__prefetch_${i}`, p.sql]),
    prime(rows, idOf) {
      for (const row of rows) {
        const id = Number(idOf(row));
        wanted.forEach((p, i) => p.prime(ctx, id, row[`__prefetch_${i}`], nodes.fields.get(p.field)!));
      }
    },
  };
}

/** The same as its own statement, for a page read without them (the rare paths of `paginate`). */
export async function prefetchDeputyPage(ctx: Context, extras: PageExtras, deputies: readonly { id: number }[]): Promise<void> {
  if (!deputies.length) return;
  const rows = await preparedQuery(ctx,
    `SELECT d.id, ${extras.columns.map(([alias, sql]) => `${sql} AS "${alias}"`).join(', ')} FROM unnest($1::int[]) AS d(id)`,
    [deputies.map((d) => d.id)],
  );
  extras.prime(rows, (row) => row.id);
}
