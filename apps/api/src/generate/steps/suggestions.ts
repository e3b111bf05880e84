import type pg from 'pg';
import { SUGGESTION_FIELDS } from '@luzhi/shared';
import { DEFAULT_SUGGESTIONS_PER_DEPUTY, rows, type GenerateParams, type GenerateStep } from '../generator';
import { UNITS_PER_CONGRESS, registryStep } from './registry';

const suggestionCount = (params: GenerateParams) => Math.round(params.deputies * (params.suggestionsPerDeputy ?? DEFAULT_SUGGESTIONS_PER_DEPUTY));
/** SQL for the current lead unit of a gen.suggestion row g. */
const leadUnit = `(g.handler - 1) * ${UNITS_PER_CONGRESS} + g.unit_k + 1`;

/**
 * Suggestions over their whole lifecycle (no drafts). Township deputies' suggestions are handled by
 * the units of the county above; every other congress has units of its own. The status decides
 * which records exist, as the state machine of packages/shared/suggestions.ts would have left them:
 * REGISTERED has a registration number, ASSIGNED and later have a lead assignment (and sometimes a
 * co-unit, sometimes a replaced earlier lead), REPLIED and later a reply, RATED and later a verdict,
 * REHANDLING an UNSATISFIED verdict and a second round, CLOSED a reply, a verdict and closed_at.
 * Some closed ones went through a second round. Each transition leaves a suggestion_event row.
 *
 * The first step decides everything into gen.suggestion and writes the suggestions; the handling
 * records and the events are steps of their own, so that they can run beside other domains.
 */
export const suggestionStep: GenerateStep = {
  name: 'suggestions',
  after: [registryStep],
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const y = params.year;
    const total = suggestionCount(params);
    const U = UNITS_PER_CONGRESS;

    // One row per suggestion with every decision taken, kept for the dependent tables.
    await client.query(`
      CREATE UNLOGGED TABLE gen.suggestion AS
      SELECT i AS id, lead, m.term_id, gc.first_deputy, gc.deputy_count, gc.handler,
             r.status, r.rank, r.rehandled, submitted,
             submitted + 3 AS registered,
             submitted + 10 AS assigned_on,
             submitted + 10 + 90 AS due1,
             submitted + 10 + 40 + pg_temp.rnd(i, ${s} + 40, 80) AS replied1,
             pg_temp.rnd(i, ${s} + 41, ${U}) AS unit_k
        FROM generate_series(1, ${total}) i
        CROSS JOIN LATERAL (SELECT 1 + pg_temp.rnd(i, ${s} + 30, ${params.deputies}) AS lead, DATE '${y - 1}-03-01' + pg_temp.rnd(i, ${s} + 31, 420) AS submitted) l
        JOIN mandate m ON m.id = l.lead
        JOIN gen.congress gc ON gc.id = m.term_id
        -- OFFSET 0: drawn once per suggestion, not once per use of the status.
        CROSS JOIN LATERAL (
          SELECT x.status, x.rank, x.rank >= 6 AND x.status <> 'REHANDLING' AND pg_temp.rnd(i, ${s} + 33, 100) < 12 AS rehandled
            FROM (
              SELECT q.status, CASE q.status WHEN 'SUBMITTED' THEN 1 WHEN 'REGISTERED' THEN 2 WHEN 'ASSIGNED' THEN 3 WHEN 'HANDLING' THEN 4
                       WHEN 'REPLIED' THEN 5 WHEN 'REHANDLING' THEN 6 WHEN 'RATED' THEN 7 WHEN 'FOLLOWING_UP' THEN 8 ELSE 9 END AS rank
                FROM (SELECT CASE WHEN p < 3 THEN 'SUBMITTED' WHEN p < 6 THEN 'REGISTERED' WHEN p < 10 THEN 'ASSIGNED' WHEN p < 20 THEN 'HANDLING'
                                  WHEN p < 28 THEN 'REPLIED' WHEN p < 33 THEN 'RATED' WHEN p < 36 THEN 'REHANDLING' WHEN p < 42 THEN 'FOLLOWING_UP' ELSE 'CLOSED' END AS status
                        FROM (SELECT pg_temp.rnd(i, ${s} + 32, 100) AS p) d OFFSET 0) q
            ) x
        ) r`);
    await client.query(`ALTER TABLE gen.suggestion ADD PRIMARY KEY (id)`);
    await client.query(`ANALYZE gen.suggestion`);
    // Round 2 (after an UNSATISFIED verdict 10 days after the first reply): new due date, a second reply for those done with it.
    const lead = leadUnit;
    await client.query(
      `
      INSERT INTO suggestion (id, kind, submitted_as_motion, title, content, field, term_id, session_id, lead_deputy_id, source_kind, source_id, status,
                              registration_scope, registration_seq, registration_number, key_supervision, submitted_at, registered_at,
                              lead_organization_id, assigned_on, current_round, reply_due_date, closed_at, created_by_user_id, version) OVERRIDING SYSTEM VALUE
      SELECT g.id, CASE WHEN pg_temp.rnd(g.id, ${s} + 34, 100) < 90 THEN 'SUGGESTION' WHEN pg_temp.rnd(g.id, ${s} + 34, 100) < 95 THEN 'OPINION' ELSE 'CRITICISM' END,
             false, '关于' || f.zh || '的建议(' || g.id || ')', '建议加强' || f.zh || '工作,第' || g.id || '号。', f.code, g.term_id,
             CASE WHEN g.submitted BETWEEN DATE '${y}-03-05' AND DATE '${y}-03-11' THEN (g.term_id - 1) * 5 + 5 END,
             g.lead, NULL, NULL, g.status,
             CASE WHEN g.rank >= 2 THEN 'gen:' || g.term_id END, CASE WHEN g.rank >= 2 THEN g.id END,
             CASE WHEN g.rank >= 2 THEN extract(year FROM g.submitted) || '闭-' || lpad(g.id::text, 7, '0') END,
             pg_temp.rnd(g.id, ${s} + 35, 100) < 3,
             (g.submitted + time '10:00')::timestamptz,
             CASE WHEN g.rank >= 2 THEN (g.registered + time '10:00')::timestamptz END,
             CASE WHEN g.rank >= 3 THEN ${lead} END,
             CASE WHEN g.rank >= 3 THEN g.assigned_on END,
             CASE WHEN g.status = 'REHANDLING' OR g.rehandled THEN 2 ELSE 1 END,
             CASE WHEN g.rank >= 3 THEN g.due1 END,
             CASE WHEN g.status = 'CLOSED' THEN (g.replied1 + CASE WHEN g.rehandled THEN 105 ELSE 30 END + time '16:00')::timestamptz END,
             NULL, 1
        FROM gen.suggestion g
        CROSS JOIN LATERAL (SELECT ($1::text[])[1 + pg_temp.rnd(g.id, ${s} + 36, cardinality($1::text[]))] AS code) fc
        CROSS JOIN LATERAL (SELECT fc.code, CASE fc.code WHEN 'ECONOMY_FINANCE' THEN '经济财政' WHEN 'AGRICULTURE' THEN '农业农村' WHEN 'URBAN_CONSTRUCTION' THEN '城乡建设'
                              WHEN 'EDUCATION_SCIENCE_CULTURE_HEALTH' THEN '教科文卫' WHEN 'INTERNAL_AFFAIRS_JUSTICE' THEN '内务司法' WHEN 'SOCIAL_DEVELOPMENT' THEN '社会建设' ELSE '其他' END AS zh) f
       ORDER BY g.id`,
      [[...SUGGESTION_FIELDS]],
    );
    progress(`${total.toLocaleString('en')} suggestions`);
  },
};

export const suggestionHandlingStep: GenerateStep = {
  name: 'suggestion handling: co-signers, assignments, replies, feedback',
  after: [suggestionStep],
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const U = UNITS_PER_CONGRESS;
    const lead = leadUnit;

    // Co-signers: 40% have one to three, the deputies next to the lead in the same congress.
    const coSigners = await client.query(`
      INSERT INTO suggestion_co_signer (suggestion_id, deputy_id)
      SELECT g.id, g.first_deputy + (g.lead - g.first_deputy + j) % g.deputy_count
        FROM gen.suggestion g, generate_series(1, 3) j
       WHERE pg_temp.rnd(g.id, ${s} + 37, 100) < 40 AND j <= 1 + pg_temp.rnd(g.id, ${s} + 38, 3) AND j < g.deputy_count`);
    progress(`${rows(coSigners)} co-signers`);

    // Assignments: the current lead; 30% a co-unit; 5% an earlier lead that was replaced.
    const assignments = await client.query(`
      INSERT INTO suggestion_assignment (suggestion_id, organization_id, role, status, assigned_on, due_date, return_deadline, views_due_date, version)
      SELECT g.id, ${lead}, 'LEAD', 'ACTIVE', g.assigned_on, g.due1, g.assigned_on + 10, NULL::date, 1 FROM gen.suggestion g WHERE g.rank >= 3
      UNION ALL
      SELECT g.id, (g.handler - 1) * ${U} + (g.unit_k + 1 + pg_temp.rnd(g.id, ${s} + 42, ${U - 1})) % ${U} + 1, 'CO', 'ACTIVE', g.assigned_on, g.due1, g.assigned_on + 10, g.due1 - 30, 1
        FROM gen.suggestion g WHERE g.rank >= 3 AND pg_temp.rnd(g.id, ${s} + 43, 100) < 30
      UNION ALL
      SELECT g.id, (g.handler - 1) * ${U} + (g.unit_k + ${U - 1}) % ${U} + 1, 'LEAD', 'REPLACED', g.assigned_on - 5, g.due1 - 5, g.assigned_on + 5, NULL, 1
        FROM gen.suggestion g WHERE g.rank >= 3 AND pg_temp.rnd(g.id, ${s} + 44, 100) < 5`);
    progress(`${rows(assignments)} assignments to handling units`);

    // Replies: round 1 for everything replied; round 2 for re-handled ones that are rated again.
    // Reply (and feedback) ids: round 1 = suggestion id, round 2 = total + suggestion id.
    const replies = await client.query(`
      INSERT INTO suggestion_reply (id, suggestion_id, organization_id, round, category, content, replied_on, due_date, replied_by_user_id, version) OVERRIDING SYSTEM VALUE
      SELECT g.id, g.id, ${lead}, 1, c.cat, '答复意见:' || c.cat || '类。', g.replied1, g.due1, NULL::int, 1
        FROM gen.suggestion g CROSS JOIN LATERAL (SELECT pg_temp.pick(g.id, ${s} + 45, ARRAY['A','A','A','A','A','B','B','B','C','D']) AS cat) c
       WHERE g.rank >= 5
      UNION ALL
      SELECT ${suggestionCount(params)} + g.id, g.id, ${lead}, 2, pg_temp.pick(g.id, ${s} + 46, ARRAY['A','A','A','B']), '再次答复意见。', g.replied1 + 10 + 20 + pg_temp.rnd(g.id, ${s} + 47, 50), g.replied1 + 10 + 60, NULL::int, 1
        FROM gen.suggestion g WHERE g.rehandled`);
    const feedback = await client.query(`
      INSERT INTO suggestion_feedback (id, suggestion_id, reply_id, round, verdict, comment, on_behalf, given_at, given_by_user_id, version) OVERRIDING SYSTEM VALUE
      SELECT g.id, g.id, g.id, 1,
             CASE WHEN g.status = 'REHANDLING' OR g.rehandled THEN 'UNSATISFIED' WHEN pg_temp.rnd(g.id, ${s} + 48, 100) < 70 THEN 'SATISFIED' ELSE 'BASICALLY_SATISFIED' END,
             NULL, pg_temp.rnd(g.id, ${s} + 49, 100) < 10, (g.replied1 + 10 + time '11:00')::timestamptz, NULL::int, 1
        FROM gen.suggestion g WHERE g.rank >= 6
      UNION ALL
      SELECT ${suggestionCount(params)} + g.id, g.id, ${suggestionCount(params)} + g.id, 2, CASE WHEN pg_temp.rnd(g.id, ${s} + 50, 100) < 60 THEN 'SATISFIED' ELSE 'BASICALLY_SATISFIED' END,
             NULL, false, (g.replied1 + 85 + time '11:00')::timestamptz, NULL::int, 1
        FROM gen.suggestion g WHERE g.rehandled`);
    progress(`${rows(replies)} replies (A/B/C/D, before and after due), ${rows(feedback)} verdicts`);
  },
};

/** The audit trail: one event per transition taken, about six per suggestion (the largest table). */
export const suggestionEventStep: GenerateStep = {
  name: 'suggestion events',
  after: [suggestionStep],
  async run(client: pg.Client, _params: GenerateParams, progress) {
    const events = await client.query(`
      INSERT INTO suggestion_event (suggestion_id, action, from_status, to_status, round, actor_user_id, actor_name, organization_id, note, at)
      SELECT g.id, e.action, e.from_status, e.to_status, e.round, NULL, '系统生成', NULL, NULL, (e.day + time '12:00')::timestamptz
        FROM gen.suggestion g
        CROSS JOIN LATERAL (SELECT CASE WHEN g.rehandled THEN 2 ELSE 1 END AS round, CASE WHEN g.rehandled THEN g.replied1 + 85 ELSE g.replied1 + 10 END AS rated) r2
        CROSS JOIN LATERAL (VALUES
          (1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 1, g.submitted),
          (2, 'REGISTER', 'SUBMITTED', 'REGISTERED', 1, g.registered),
          (3, 'ASSIGN', 'REGISTERED', 'ASSIGNED', 1, g.assigned_on),
          (4, 'START_HANDLING', 'ASSIGNED', 'HANDLING', 1, g.assigned_on + 2),
          (5, 'REPLY', 'HANDLING', 'REPLIED', 1, g.replied1),
          (6, 'RATE_UNSATISFIED', 'REPLIED', 'REHANDLING', 1, g.replied1 + 10),
          (6, 'REPLY', 'REHANDLING', 'REPLIED', 2, g.replied1 + 30),
          (7, 'RATE', 'REPLIED', 'RATED', r2.round, r2.rated),
          (8, 'FOLLOW_UP', 'RATED', 'FOLLOWING_UP', r2.round, r2.rated + 10),
          (9, 'CLOSE', CASE WHEN g.status = 'FOLLOWING_UP' OR g.id % 3 = 0 THEN 'FOLLOWING_UP' ELSE 'RATED' END, 'CLOSED', r2.round, r2.rated + 20)
        ) AS e(rank, action, from_status, to_status, round, day)
       WHERE e.rank <= g.rank AND (e.rank <> 4 OR g.rank <> 3)
         AND (e.rank <> 6 OR (e.round = 1 AND (g.status = 'REHANDLING' OR g.rehandled)) OR (e.round = 2 AND g.rehandled))
         AND (e.rank <> 7 OR g.rank >= 7)
         AND (e.rank <> 8 OR g.status = 'FOLLOWING_UP' OR (g.status = 'CLOSED' AND g.id % 3 = 0))`);
    progress(`${rows(events)} suggestion events`);
  },
};
