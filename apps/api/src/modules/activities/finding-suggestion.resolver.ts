import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can, PERMISSIONS as P } from '@luzhi/shared';
import type { Context } from '../../common/context';
import { byColumn, loadById } from '../../common/loaders';
import { Suggestion } from '../suggestions/suggestion.entity';
import { visibleSuggestionIds } from '../suggestions/suggestion.service';
import { Finding } from './finding.entity';
import { findingVisible } from './finding.service';

/**
 * The two ends of the finding-to-suggestion link. Each end shows only what the viewer may see of
 * the other domain: a unit sees its own findings but not every suggestion they became, a deputy
 * sees their suggestion but no findings.
 */
@Resolver(() => Suggestion)
export class SuggestionFindingsFieldResolver {
  @FieldResolver(() => [Finding], { description: '由哪些视察问题转成(看得到的)/ The findings it was made from, those the viewer may see' })
  async findings(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Finding[]> {
    if (!can(ctx.viewer?.role, P.FINDING_READ)) return [];
    const rows = await byColumn(ctx, Finding, 'suggestionId').load(s.id);
    const visible = await findingVisible(ctx).loadMany(rows.map((f) => f.id));
    return rows.filter((_, i) => visible[i] === true);
  }
}

function suggestionVisible(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('suggestions:visible', () =>
    new DataLoader<number, boolean>(async (ids) => {
      const visible = await visibleSuggestionIds(ctx, [...ids]);
      return ids.map((id) => visible.has(id));
    }),
  );
}

@Resolver(() => Finding)
export class FindingSuggestionFieldResolver {
  @FieldResolver(() => Suggestion, { nullable: true, description: '转成的代表建议(看得到时)/ The suggestion it became, when the viewer may see it' })
  async suggestion(@Root() f: Finding, @Ctx() ctx: Context): Promise<Suggestion | null> {
    if (f.suggestionId == null || !can(ctx.viewer?.role, P.SUGGESTION_READ)) return null;
    if (!(await suggestionVisible(ctx).load(f.suggestionId))) return null;
    return loadById(ctx, Suggestion, f.suggestionId);
  }
}
