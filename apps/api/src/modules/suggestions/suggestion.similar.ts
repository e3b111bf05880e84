import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { toId } from '../../common/pagination';
import { getSuggestionRules, today } from './suggestion.rules';
import type { SimilarSuggestion } from './suggestion.types';

/**
 * Candidates are suggestions of the same congress made in the same or an earlier session (or in
 * recess before then), never drafts, ranked by pg_trgm similarity of title or content.
 */
const CANDIDATES = (titleRef: string, contentRef: string, congressRef: string, dateRef: string, excludeRef: string, thresholdRef: string) => `
  SELECT s.id::text AS id, s.title, s.registration_number AS "registrationNumber", s.status, cs.name AS "sessionName", d.name AS "leadDeputyName",
         round(greatest(similarity(s.title, ${titleRef}), similarity(s.content, ${contentRef}))::numeric, 3)::float8 AS similarity
  FROM suggestion s
  JOIN term t ON t.id = s.term_id
  JOIN deputy d ON d.id = s.lead_deputy_id
  LEFT JOIN congress_session cs ON cs.id = s.session_id
  WHERE s.status <> 'DRAFT' AND s.id <> ${excludeRef} AND t.congress_id = ${congressRef}
    AND (CASE WHEN cs.id IS NULL THEN (s.submitted_at AT TIME ZONE 'Asia/Shanghai')::date <= ${dateRef} ELSE cs.start_date <= ${dateRef} END)
    AND greatest(similarity(s.title, ${titleRef}), similarity(s.content, ${contentRef})) >= ${thresholdRef}
  ORDER BY similarity DESC, s.id DESC
  LIMIT 10`;

/** Possible duplicates of a text being written, for the session (or term, in recess) it is for. */
export async function similarSuggestions(
  ctx: Context,
  input: { title: string; content?: string | null; sessionId?: string | null; termId?: string | null; excludeId?: string | null },
): Promise<SimilarSuggestion[]> {
  const rules = await getSuggestionRules(ctx.db.manager);
  const sessionId = input.sessionId ? toId(input.sessionId, 'sessionId') : null;
  const termId = input.termId ? toId(input.termId, 'termId') : null;
  const sql = `WITH ref AS (
      SELECT t.congress_id, coalesce(cs.start_date, $4::date) AS ref_date
      FROM term t LEFT JOIN congress_session cs ON cs.id = $3 AND cs.term_id = t.id
      WHERE t.id = coalesce($2, (SELECT term_id FROM congress_session WHERE id = $3)))
    SELECT c.* FROM ref CROSS JOIN LATERAL (${CANDIDATES('$5', '$6', 'ref.congress_id', 'ref.ref_date', '$1', '$7')}) c`;
  return ctx.db.query(sql, [input.excludeId ? toId(input.excludeId, 'excludeId') : 0, termId, sessionId, today(), input.title, input.content || input.title, rules.similarityThreshold]);
}

/** Possible duplicates of stored suggestions, batched: one statement for a whole page. */
export function duplicatesLoader(ctx: Context): DataLoader<number, SimilarSuggestion[]> {
  return ctx.loaders.get('suggestion:duplicates', () =>
    new DataLoader<number, SimilarSuggestion[]>(async (ids) => {
      const rules = await getSuggestionRules(ctx.db.manager);
      const rows: (SimilarSuggestion & { forId: number })[] = await ctx.db.query(
        `SELECT x.id AS "forId", c.* FROM suggestion x
           JOIN term tx ON tx.id = x.term_id
           LEFT JOIN congress_session csx ON csx.id = x.session_id
           CROSS JOIN LATERAL (${CANDIDATES('x.title', 'x.content', 'tx.congress_id', `coalesce(csx.start_date, (coalesce(x.submitted_at, now()) AT TIME ZONE 'Asia/Shanghai')::date)`, 'x.id', '$2')}) c
         WHERE x.id = ANY($1::int[])`,
        [[...ids], rules.similarityThreshold],
      );
      return ids.map((id) => rows.filter((r) => r.forId === id).map(({ forId: _f, ...r }) => r));
    }),
  );
}
