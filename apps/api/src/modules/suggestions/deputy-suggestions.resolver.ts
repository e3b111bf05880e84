import { Loader } from '../../common/loaders';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Deputy } from '../deputies/deputy.entity';
import { registerDeputyPrefetch } from '../deputies/deputy.prefetch';

/**
 * Suggestions led per deputy, batched: one grouped count statement for a whole page of deputies.
 * Drafts are the deputy's own unfinished work and are not counted: suggestion_fact (one narrow
 * row per suggestion that is not a draft, kept by triggers) is read instead of the wide table.
 */
export function suggestionsLedLoader(ctx: Context): Loader<number, number> {
  return ctx.loaders.get('suggestionsLedCount', () =>
    new Loader<number, number>(async (ids) => {
      const rows: { lead_deputy_id: number; n: number }[] = await ctx.db.query(
        `SELECT lead_deputy_id, count(*)::int AS n FROM suggestion_fact WHERE lead_deputy_id = ANY($1::int[]) GROUP BY lead_deputy_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [Number(r.lead_deputy_id), r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
  );
}

registerDeputyPrefetch({
  field: 'suggestionsLedCount',
  sql: `(SELECT count(*)::int FROM suggestion_fact f WHERE f.lead_deputy_id = d.id)`,
  prime: (ctx, deputyId, value) => void suggestionsLedLoader(ctx).prime(deputyId, Number(value)),
});

@Resolver(() => Deputy)
export class DeputySuggestionsResolver {
  @FieldResolver(() => Int, { description: '领衔提出的建议数(不含草稿)/ Number of suggestions led, drafts excluded' })
  suggestionsLedCount(@Root() d: Deputy, @Ctx() ctx: Context): number | Promise<number> {
    return suggestionsLedLoader(ctx).loadNow(d.id);
  }
}
