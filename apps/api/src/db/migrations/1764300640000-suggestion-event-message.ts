import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step of a suggestion's timeline may say what it notes as a message key and its parameters,
 * shown in the reader's language, instead of a stored string: a draft made from findings noted
 * "INSPECTION_FINDING #14, #15", a code and ids in either language.
 *
 * The drafts noted that way before are rewritten to the same message: the source kind's label as
 * it reads today (frozen here, as a migration must be) and the findings' titles, or the id of a
 * finding no longer there.
 */
export class SuggestionEventMessage1764300640000 implements MigrationInterface {
  name = 'SuggestionEventMessage1764300640000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "suggestion_event" ADD "note_key" character varying(60), ADD "note_params" jsonb`);
    await q.query(LEGACY_SOURCE_NOTES_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to one string, in Chinese, rather than losing where these drafts came from.
    await q.query(`
      UPDATE suggestion_event SET note = '来源:' || (note_params->'source'->>'zh') || '(' || (note_params->'items'->>'zh') || ')'
       WHERE note_key = 'suggestion.event.source'`);
    await q.query(`ALTER TABLE "suggestion_event" DROP COLUMN "note_params", DROP COLUMN "note_key"`);
  }
}

/** Rewrites the legacy notes; exported for the test that feeds it such notes. */
export const LEGACY_SOURCE_NOTES_SQL = `
  WITH legacy AS (
    SELECT e.id, l.label, i.items
      FROM suggestion_event e
      JOIN (VALUES
             ('INSPECTION_FINDING', '{"zh": "视察发现的问题", "en": "Inspection finding"}'::jsonb),
             ('VOTER_OPINION', '{"zh": "选民意见", "en": "Voter opinion"}'::jsonb),
             ('SURVEY', '{"zh": "调研", "en": "Survey"}'::jsonb),
             ('OTHER', '{"zh": "其他", "en": "Other"}'::jsonb)
           ) AS l(kind, label) ON e.note ~ ('^' || l.kind || ' #[0-9]+(, #[0-9]+)*$')
     CROSS JOIN LATERAL (
             SELECT jsonb_build_object(
                      'zh', string_agg(coalesce('“' || f.title || '”', '#' || x.id), '、' ORDER BY x.ord),
                      'en', string_agg(coalesce('"' || f.title || '"', '#' || x.id), ', ' ORDER BY x.ord)) AS items
               FROM unnest(string_to_array(substr(e.note, length(l.kind) + 3), ', #')::int[]) WITH ORDINALITY AS x(id, ord)
               LEFT JOIN finding f ON f.id = x.id AND l.kind = 'INSPECTION_FINDING'
           ) i
     WHERE e.action = 'DRAFT_CREATED'
  )
  UPDATE suggestion_event e
     SET note_key = 'suggestion.event.source', note_params = jsonb_build_object('source', legacy.label, 'items', legacy.items), note = NULL
    FROM legacy
   WHERE legacy.id = e.id`;
