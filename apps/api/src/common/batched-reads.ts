import DataLoader from 'dataloader';
import type { Context } from './context';

interface Read {
  sql: string;
  params: readonly unknown[];
}

type Row = Record<string, unknown>;

/**
 * Runs read statements that a request's resolvers start together (the dashboard's fifteen
 * statistics, say) as ONE statement: each becomes a JSON column of a single row. Every statement
 * sent costs both sides a round trip, and on one machine the wake-up of the other process is most
 * of a small statement's price (40% of the API's CPU on the dashboard, in `writev`).
 *
 * Values come back as JSON does: text as strings, integers and numerics as numbers, dates as
 * 'YYYY-MM-DD' strings, whether a statement ran alone or with others, so a caller sees the same
 * types either way. Statements are read-only SELECTs whose `$n` parameters are renumbered into the
 * combined statement. An analyst's statements run one by one (their pool has a statement timeout,
 * and one slow statistic must not fail the others).
 */
export function batchedRead(ctx: Context, sql: string, params: readonly unknown[]): Promise<Row[]> {
  const loader = ctx.loaders.get('batchedRead', () =>
    new DataLoader<Read, Row[]>((reads) => runTogether(ctx, reads), {
      cache: false,
      maxBatchSize: ctx.viewer?.role === 'ANALYST' ? 1 : 50,
    }),
  );
  return loader.load({ sql, params });
}

async function runTogether(ctx: Context, reads: readonly Read[]): Promise<Row[][]> {
  const params: unknown[] = [];
  const columns = reads.map((read, i) => {
    const offset = params.length;
    params.push(...read.params);
    // Parameters are `$n` outside of literals: the statements are built by this API from
    // declarations (no client text), and none of them has a `$` inside a string.
    const sql = offset ? read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`) : read.sql;
    // json_agg over the subquery keeps its ORDER BY: PostgreSQL aggregates a plain subquery scan in order.
    return `(SELECT coalesce(json_agg(t), '[]'::json) FROM (${sql}) t) AS r${i}`;
  });
  const [row] = (await ctx.db.query(`SELECT ${columns.join(',\n')}`, params)) as Row[];
  return reads.map((_, i) => row![`r${i}`] as Row[]);
}
