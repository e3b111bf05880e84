import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts per suggestion that every suggestion measure counts (packages/shared
 * suggestion-measures.ts), kept in one narrow table so that `suggestionStats` scans one table
 * instead of joining replies, feedback and meetings per suggestion at query time. At 3,000,000
 * suggestions the joined form took longer than the analysts' 5 s statement timeout.
 *
 * A congress's level and a term's congress never change, so they have no triggers here.
 * The table is kept exact by statement-level triggers in the same transaction as the change
 * (a rolled-back change rolls its facts back too). `suggestion_fact_refresh(ids)` recomputes the
 * rows of some suggestions; `suggestion_fact_rebuild()` recomputes all of them (bulk loads that
 * run with triggers off, such as `npm run db:generate`, call it at the end).
 *
 * The one definition of the facts is factsSelect() below, rendered with and without an id filter.
 * "Overdue" depends on today's date, so it is not stored: the table keeps `reply_due_date` and the
 * query compares it with today.
 *
 * For statistics over a whole level or the whole country (no term, session, unit, deputy or group
 * chosen), `suggestion_rollup` holds the same facts without those identifying columns, each
 * distinct combination once with its multiplicity `n`. The counts of suggestionStats are weighted
 * sums (weight 1 per fact row, `n` per rollup row), so one definition of each count serves both.
 * Writers never update the rollup: each refresh appends the change (old facts with -1, new ones
 * with +1) to `suggestion_rollup_delta`, so concurrent writers never wait on each other; readers
 * add the two tables; `suggestion_rollup_compact()` (run by the API every minute, one process at
 * a time) folds the deltas in.
 */
const COLUMNS = `suggestion_id, status, level, term_id, session_id, year, lead_organization_id, field, kind, lead_deputy_id,
  key_supervision, group_id, assigned, replies, replies_on_time, reply_due_date, latest_category, latest_verdict,
  rated_category, first_verdict, had_unsatisfied, met`;

/** The rollup's key: the facts without the identifying columns, with the due date kept only while it can make a suggestion overdue. */
const ROLLUP_KEYS = ['level', 'year', 'in_session', 'field', 'kind', 'status', 'key_supervision', 'assigned', 'replies', 'replies_on_time',
  'reply_due_date', 'latest_category', 'latest_verdict', 'rated_category', 'first_verdict', 'had_unsatisfied', 'met'];
/** The rollup key's values from a row of suggestion_fact aliased `x`. */
function rollupKeyOf(x: string): string {
  return ROLLUP_KEYS.map((k) =>
    k === 'in_session' ? `${x}.session_id IS NOT NULL`
      : k === 'reply_due_date' ? `CASE WHEN ${x}.status IN ('ASSIGNED', 'HANDLING', 'REHANDLING') THEN ${x}.reply_due_date END`
        : `${x}.${k}`).join(', ');
}
const ROLLUP_COLUMNS = `n, ${ROLLUP_KEYS.join(', ')}`;

/** `filter(alias)` restricts a subquery to the suggestions being refreshed (empty for a rebuild). */
function factsSelect(filter: (column: string) => string): string {
  return `
  SELECT s.id, s.status, c.level, s.term_id, s.session_id,
         extract(year FROM s.submitted_at AT TIME ZONE 'Asia/Shanghai')::int,
         s.lead_organization_id, s.field, s.kind, s.lead_deputy_id, s.key_supervision,
         gm.group_id,
         (s.assigned_on IS NOT NULL OR coalesce(r.n, 0) > 0),
         coalesce(r.n, 0), coalesce(r.on_time, 0), s.reply_due_date,
         r.latest_category, fb.latest_verdict, fb.rated_category, fb.first_verdict,
         coalesce(fb.had_unsatisfied, false),
         m.suggestion_id IS NOT NULL
    FROM suggestion s
    LEFT JOIN term t ON t.id = s.term_id
    LEFT JOIN congress c ON c.id = t.congress_id
    LEFT JOIN group_membership gm ON gm.deputy_id = s.lead_deputy_id AND gm.term_id = s.term_id AND gm.end_date IS NULL
    LEFT JOIN (SELECT rr.suggestion_id, count(*)::int AS n, count(*) FILTER (WHERE rr.replied_on <= rr.due_date)::int AS on_time,
                      (array_agg(rr.category ORDER BY rr.round DESC, rr.id DESC))[1] AS latest_category
                 FROM suggestion_reply rr WHERE true ${filter('rr.suggestion_id')} GROUP BY rr.suggestion_id) r ON r.suggestion_id = s.id
    LEFT JOIN (SELECT fb.suggestion_id,
                      (array_agg(fb.verdict ORDER BY fb.round DESC, fb.id DESC))[1] AS latest_verdict,
                      (array_agg(rr.category ORDER BY fb.round DESC, fb.id DESC))[1] AS rated_category,
                      (array_agg(fb.verdict ORDER BY fb.id) FILTER (WHERE fb.round = 1))[1] AS first_verdict,
                      bool_or(fb.verdict = 'UNSATISFIED') AS had_unsatisfied
                 FROM suggestion_feedback fb JOIN suggestion_reply rr ON rr.id = fb.reply_id
                WHERE true ${filter('fb.suggestion_id')} GROUP BY fb.suggestion_id) fb ON fb.suggestion_id = s.id
    LEFT JOIN (SELECT DISTINCT sm.suggestion_id FROM suggestion_meeting sm WHERE true ${filter('sm.suggestion_id')}) m ON m.suggestion_id = s.id
   WHERE s.status <> 'DRAFT' ${filter('s.id')}`;
}

const UPDATE_SET = COLUMNS.split(',').map((c) => c.trim()).filter((c) => c !== 'suggestion_id').map((c) => `${c} = EXCLUDED.${c}`).join(', ');

/** Child tables whose rows carry suggestion_id. */
const CHILDREN = ['suggestion_reply', 'suggestion_feedback', 'suggestion_meeting'];
const EVENTS = [
  { op: 'INSERT', referencing: 'NEW TABLE AS new_rows' },
  { op: 'UPDATE', referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows' },
  { op: 'DELETE', referencing: 'OLD TABLE AS old_rows' },
];

export class SuggestionFact1764300600000 implements MigrationInterface {
  name = 'SuggestionFact1764300600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE suggestion_fact (
        suggestion_id integer PRIMARY KEY CONSTRAINT "FK_suggestion_fact_suggestion" REFERENCES suggestion(id) DEFERRABLE INITIALLY DEFERRED,
        status varchar(20) NOT NULL,
        level varchar(20),
        term_id integer,
        session_id integer,
        year integer,
        lead_organization_id integer,
        field varchar(40) NOT NULL,
        kind varchar(20) NOT NULL,
        lead_deputy_id integer,
        key_supervision boolean NOT NULL,
        group_id integer,
        assigned boolean NOT NULL,
        replies integer NOT NULL,
        replies_on_time integer NOT NULL,
        reply_due_date date,
        latest_category varchar(1),
        latest_verdict varchar(20),
        rated_category varchar(1),
        first_verdict varchar(20),
        had_unsatisfied boolean NOT NULL,
        met boolean NOT NULL
      )`);
    for (const column of ['term_id', 'session_id', 'lead_organization_id', 'lead_deputy_id', 'group_id', 'year']) {
      await q.query(`CREATE INDEX "IDX_suggestion_fact_${column}" ON suggestion_fact (${column})`);
    }
    const rollupTable = (name: string) => `
      CREATE TABLE ${name} (
        n integer NOT NULL,
        level varchar(20),
        year integer,
        in_session boolean NOT NULL,
        field varchar(40) NOT NULL,
        kind varchar(20) NOT NULL,
        status varchar(20) NOT NULL,
        key_supervision boolean NOT NULL,
        assigned boolean NOT NULL,
        replies integer NOT NULL,
        replies_on_time integer NOT NULL,
        reply_due_date date,
        latest_category varchar(1),
        latest_verdict varchar(20),
        rated_category varchar(1),
        first_verdict varchar(20),
        had_unsatisfied boolean NOT NULL,
        met boolean NOT NULL
      )`;
    await q.query(rollupTable('suggestion_rollup'));
    await q.query(`CREATE UNIQUE INDEX "IDX_suggestion_rollup_key" ON suggestion_rollup (${ROLLUP_KEYS.join(', ')}) NULLS NOT DISTINCT`);
    await q.query(rollupTable('suggestion_rollup_delta'));
    await q.query(`
      CREATE FUNCTION suggestion_fact_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        -- Wait for any other transaction refreshing these suggestions; the statement below then
        -- reads with a new snapshot that includes its committed work.
        PERFORM 1 FROM suggestion_fact WHERE suggestion_id = ANY(ids) ORDER BY suggestion_id FOR UPDATE;
        WITH old AS (SELECT * FROM suggestion_fact WHERE suggestion_id = ANY(ids)),
             up AS (INSERT INTO suggestion_fact (${COLUMNS}) ${factsSelect((c) => `AND ${c} = ANY(ids)`)}
                      ON CONFLICT (suggestion_id) DO UPDATE SET ${UPDATE_SET}
                    RETURNING *),
             gone AS (DELETE FROM suggestion_fact f WHERE f.suggestion_id = ANY(ids)
                         AND NOT EXISTS (SELECT 1 FROM suggestion s WHERE s.id = f.suggestion_id AND s.status <> 'DRAFT')
                      RETURNING 1),
             change AS (SELECT -1 AS n, ${rollupKeyOf('o')} FROM old o UNION ALL SELECT 1, ${rollupKeyOf('u')} FROM up u)
        INSERT INTO suggestion_rollup_delta (${ROLLUP_COLUMNS})
        SELECT sum(n), ${ROLLUP_KEYS.join(', ')} FROM change c (n, ${ROLLUP_KEYS.join(', ')})
         GROUP BY ${ROLLUP_KEYS.join(', ')} HAVING sum(n) <> 0;
      END $fn$`);
    await q.query(`
      CREATE FUNCTION suggestion_rollup_compact() RETURNS integer LANGUAGE plpgsql AS $fn$
      DECLARE folded integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('suggestion_rollup_compact')) THEN RETURN 0; END IF;
        WITH d AS (DELETE FROM suggestion_rollup_delta RETURNING *),
             g AS (SELECT sum(n)::int AS n, ${ROLLUP_KEYS.join(', ')} FROM d GROUP BY ${ROLLUP_KEYS.join(', ')})
        INSERT INTO suggestion_rollup AS r (${ROLLUP_COLUMNS}) SELECT ${ROLLUP_COLUMNS} FROM g
            ON CONFLICT (${ROLLUP_KEYS.join(', ')}) DO UPDATE SET n = r.n + EXCLUDED.n;
        GET DIAGNOSTICS folded = ROW_COUNT;
        DELETE FROM suggestion_rollup WHERE n = 0;
        RETURN folded;
      END $fn$`);
    await q.query(`
      CREATE FUNCTION suggestion_fact_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        LOCK TABLE suggestion_fact, suggestion_rollup, suggestion_rollup_delta IN EXCLUSIVE MODE;
        DELETE FROM suggestion_fact;
        INSERT INTO suggestion_fact (${COLUMNS}) ${factsSelect(() => '')};
        DELETE FROM suggestion_rollup_delta;
        DELETE FROM suggestion_rollup;
        INSERT INTO suggestion_rollup (${ROLLUP_COLUMNS})
        SELECT count(*), ${ROLLUP_KEYS.join(', ')} FROM (SELECT ${rollupKeyOf('f')} FROM suggestion_fact f) x (${ROLLUP_KEYS.join(', ')})
         GROUP BY ${ROLLUP_KEYS.join(', ')};
      END $fn$`);
    await q.query(`
      CREATE FUNCTION suggestion_fact_on_suggestion() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM suggestion_fact_refresh(ARRAY(SELECT id FROM old_rows));
        ELSE
          PERFORM suggestion_fact_refresh(ARRAY(SELECT id FROM new_rows));
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE FUNCTION suggestion_fact_on_child() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM suggestion_fact_refresh(ARRAY(SELECT DISTINCT suggestion_id FROM new_rows));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM suggestion_fact_refresh(ARRAY(SELECT suggestion_id FROM new_rows UNION SELECT suggestion_id FROM old_rows));
        ELSE
          PERFORM suggestion_fact_refresh(ARRAY(SELECT DISTINCT suggestion_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE FUNCTION suggestion_fact_on_membership() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM suggestion_fact_refresh(ARRAY(SELECT s.id FROM suggestion s JOIN new_rows c ON s.lead_deputy_id = c.deputy_id AND s.term_id = c.term_id));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM suggestion_fact_refresh(ARRAY(SELECT s.id FROM suggestion s JOIN (SELECT deputy_id, term_id FROM new_rows UNION SELECT deputy_id, term_id FROM old_rows) c
                                                  ON s.lead_deputy_id = c.deputy_id AND s.term_id = c.term_id));
        ELSE
          PERFORM suggestion_fact_refresh(ARRAY(SELECT s.id FROM suggestion s JOIN old_rows c ON s.lead_deputy_id = c.deputy_id AND s.term_id = c.term_id));
        END IF;
        RETURN NULL;
      END $fn$`);
    const tables: [string, string][] = [['suggestion', 'suggestion_fact_on_suggestion'], ...CHILDREN.map((t): [string, string] => [t, 'suggestion_fact_on_child']), ['group_membership', 'suggestion_fact_on_membership']];
    for (const [table, fn] of tables) {
      for (const { op, referencing } of EVENTS) {
        await q.query(`CREATE TRIGGER "TRG_${table}_fact_${op.toLowerCase()}" AFTER ${op} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    await q.query(`SELECT suggestion_fact_rebuild()`);
    await q.query(`ANALYZE suggestion_fact`);
    await q.query(`ANALYZE suggestion_rollup`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suggestion_fact, suggestion_rollup, suggestion_rollup_delta`);
    const tables = ['suggestion', ...CHILDREN, 'group_membership'];
    for (const table of tables) {
      for (const { op } of EVENTS) await q.query(`DROP TRIGGER IF EXISTS "TRG_${table}_fact_${op.toLowerCase()}" ON ${table}`);
    }
    for (const fn of ['suggestion_rollup_compact()', 'suggestion_fact_on_suggestion()', 'suggestion_fact_on_child()', 'suggestion_fact_on_membership()', 'suggestion_fact_refresh(integer[])', 'suggestion_fact_rebuild()']) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
  }
}
