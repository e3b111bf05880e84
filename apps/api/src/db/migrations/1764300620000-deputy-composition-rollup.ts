import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deputies' composition over a whole level or the whole country, counted ahead: the
 * dashboard asks `deputyComposition` for seven dimensions at once when a level is picked with
 * all its terms, and counting 727,000 township mandates took seconds per dimension.
 *
 * `deputy_composition_rollup` holds the current mandates (end_date IS NULL) per combination of
 * congress level and the deputy's gender, party, ethnicity, education and occupation category,
 * each with its number `n`. Age bands depend on the reference date of the request, so
 * `deputy_composition_birth_rollup` keeps the mandates per level and birth date (at most a few
 * tens of thousands of rows a level), and the band is computed when asked. The cube
 * (packages/shared analytics/deputies.ts) says which requests these answer.
 *
 * Writers never update the rollups: statement-level triggers append the change of each statement
 * (the rows it counted before with -1, after with +1, grouped) to `deputy_composition_delta` and
 * `deputy_composition_birth_delta`, in the writer's transaction; readers add rollup and deltas;
 * `deputy_composition_compact()`, run by the API every minute (one process at a time), folds the
 * deltas in. `deputy_composition_rebuild()` counts everything again: bulk loads that run with
 * triggers off (`npm run db:generate`) call it at the end.
 *
 * Each trigger sees the rows its own table had before and after the statement, and reads the
 * other tables as they are: exact for any statement that writes one of the four tables (a
 * data-modifying CTE writing two of them at once would not be; nothing in the API does that). A
 * new deputy, term or congress has no mandates yet, and one with mandates cannot be deleted (the
 * foreign keys restrict), so inserts into those and deletes of terms and congresses count
 * nothing and have no trigger. TRUNCATE of mandate empties the rollups.
 *
 * So that two transactions never each miss the other's uncommitted change, the one that reads
 * what the other writes waits for it (writers run READ COMMITTED, where every statement of a
 * trigger sees what committed before it): a change of mandates share-locks their deputies, which
 * a change of a deputy's attributes locks too; a term moved to another congress or a congress's
 * level changed (both rare) takes SHARE locks on the tables it counts, waiting for their writers
 * and holding new ones off until it commits.
 */

const KEYS = ['level', 'gender', 'party', 'ethnicity', 'education', 'occupation_category'];
const BIRTH_KEYS = ['level', 'birth_date'];
const TABLES = ['deputy_composition_rollup', 'deputy_composition_delta', 'deputy_composition_birth_rollup', 'deputy_composition_birth_delta'];

/**
 * The rows a set of mandates counts, signed: the one definition of what the rollups hold, also
 * used to rebuild them. Each source defaults to its table; a trigger puts its transition table
 * (or the changed part of it) in place of its own.
 */
function counted(sign: 1 | -1, from: { mandate?: string; deputy?: string; term?: string; congress?: string } = {}): string {
  return `SELECT ${sign}, c.level, d.gender, d.party, d.ethnicity, d.education, d.occupation_category, d.birth_date
      FROM ${from.mandate ?? 'mandate'} m
      JOIN ${from.deputy ?? 'deputy'} d ON d.id = m.deputy_id
      JOIN ${from.term ?? 'term'} t ON t.id = m.term_id
      JOIN ${from.congress ?? 'congress'} c ON c.id = t.congress_id
     WHERE m.end_date IS NULL`;
}

/** Adds up `rows` (from counted()) per key of each rollup and inserts the sums into the two given tables. */
function insertSums(rows: string, main: string, birth: string): string {
  return `WITH counted_rows (n, ${[...KEYS, 'birth_date'].join(', ')}) AS (${rows}),
    main AS (INSERT INTO ${main} (n, ${KEYS.join(', ')}) SELECT sum(n), ${KEYS.join(', ')} FROM counted_rows GROUP BY ${KEYS.join(', ')} HAVING sum(n) <> 0)
  INSERT INTO ${birth} (n, ${BIRTH_KEYS.join(', ')}) SELECT sum(n), ${BIRTH_KEYS.join(', ')} FROM counted_rows GROUP BY ${BIRTH_KEYS.join(', ')} HAVING sum(n) <> 0`;
}

/** The signed change of a statement (rows counted before with -1, after with +1), appended to the deltas. */
const appendDeltas = (...parts: string[]) => insertSums(parts.join(' UNION ALL '), 'deputy_composition_delta', 'deputy_composition_birth_delta');

/** Rows of transition table `a` that have no row in `b` with the same id and the same `same(a row, b row)`: the side of a change that matters. */
const changed = (a: string, b: string, same: (x: string, y: string) => string) =>
  `(SELECT * FROM ${a} x WHERE NOT EXISTS (SELECT 1 FROM ${b} y WHERE y.id = x.id AND ${same('x', 'y')}))`;

const sameMandate = (x: string, y: string) => `${y}.deputy_id = ${x}.deputy_id AND ${y}.term_id = ${x}.term_id AND (${y}.end_date IS NULL) = (${x}.end_date IS NULL)`;
const sameDeputy = (x: string, y: string) =>
  ['gender', 'party', 'ethnicity', 'education', 'occupation_category', 'birth_date'].map((c) => `${y}.${c} IS NOT DISTINCT FROM ${x}.${c}`).join(' AND ');
const sameTerm = (x: string, y: string) => `${y}.congress_id = ${x}.congress_id`;
const sameCongress = (x: string, y: string) => `${y}.level = ${x}.level`;

/** Share-locks the deputies of current mandates in `mandates`, in id order (see the header). */
const lockDeputiesOf = (mandates: string[]) =>
  `SELECT 1 FROM deputy WHERE id IN (${mandates.map((m) => `SELECT l.deputy_id FROM ${m} l WHERE l.end_date IS NULL`).join(' UNION ')}) ORDER BY id FOR SHARE`;

/**
 * Statements that join a transition table with a large table run through EXECUTE: planned for the
 * rows at hand each time. A cached plan made for one bulk statement (hash joins over every
 * mandate) would otherwise serve every later one-row change of the session.
 */
const execute = (sql: string) => `EXECUTE $q$${sql}$q$;`;

const TRIGGERS: { table: string; fn: string; ops: ('INSERT' | 'UPDATE' | 'DELETE')[] }[] = [
  { table: 'mandate', fn: 'deputy_composition_on_mandate', ops: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'deputy', fn: 'deputy_composition_on_deputy', ops: ['UPDATE', 'DELETE'] },
  { table: 'term', fn: 'deputy_composition_on_term', ops: ['UPDATE'] },
  { table: 'congress', fn: 'deputy_composition_on_congress', ops: ['UPDATE'] },
];
const REFERENCING = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' };
const triggerName = (table: string, op: string) => `TRG_${table}_composition_${op.toLowerCase()}`;

export class DeputyCompositionRollup1764300620000 implements MigrationInterface {
  name = 'DeputyCompositionRollup1764300620000';

  async up(q: QueryRunner): Promise<void> {
    const mainTable = (name: string) => `
      CREATE TABLE ${name} (
        n integer NOT NULL,
        level character varying(20) NOT NULL,
        gender character varying(10) NOT NULL,
        party character varying(20) NOT NULL,
        ethnicity character varying(20) NOT NULL,
        education character varying(20),
        occupation_category character varying(20) NOT NULL
      )`;
    const birthTable = (name: string) => `CREATE TABLE ${name} (n integer NOT NULL, level character varying(20) NOT NULL, birth_date date)`;
    await q.query(mainTable('deputy_composition_rollup'));
    await q.query(`CREATE UNIQUE INDEX "IDX_deputy_composition_rollup_key" ON deputy_composition_rollup (${KEYS.join(', ')}) NULLS NOT DISTINCT`);
    await q.query(mainTable('deputy_composition_delta'));
    await q.query(birthTable('deputy_composition_birth_rollup'));
    await q.query(`CREATE UNIQUE INDEX "IDX_deputy_composition_birth_rollup_key" ON deputy_composition_birth_rollup (${BIRTH_KEYS.join(', ')}) NULLS NOT DISTINCT`);
    await q.query(birthTable('deputy_composition_birth_delta'));

    await q.query(`
      CREATE FUNCTION deputy_composition_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        LOCK TABLE ${TABLES.join(', ')} IN EXCLUSIVE MODE;
        ${TABLES.map((t) => `DELETE FROM ${t};`).join(' ')}
        ${insertSums(counted(1), 'deputy_composition_rollup', 'deputy_composition_birth_rollup')};
      END $fn$`);
    const fold = (delta: string, rollup: string, keys: string[]) => `
        WITH d AS (DELETE FROM ${delta} RETURNING *),
             g AS (SELECT sum(n)::int AS n, ${keys.join(', ')} FROM d GROUP BY ${keys.join(', ')})
        INSERT INTO ${rollup} AS r (n, ${keys.join(', ')}) SELECT n, ${keys.join(', ')} FROM g
            ON CONFLICT (${keys.join(', ')}) DO UPDATE SET n = r.n + EXCLUDED.n;`;
    await q.query(`
      CREATE FUNCTION deputy_composition_compact() RETURNS integer LANGUAGE plpgsql AS $fn$
      DECLARE folded integer; birth integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('deputy_composition_compact')) THEN RETURN 0; END IF;
        ${fold('deputy_composition_delta', 'deputy_composition_rollup', KEYS)}
        GET DIAGNOSTICS folded = ROW_COUNT;
        ${fold('deputy_composition_birth_delta', 'deputy_composition_birth_rollup', BIRTH_KEYS)}
        GET DIAGNOSTICS birth = ROW_COUNT;
        IF folded + birth > 0 THEN
          DELETE FROM deputy_composition_rollup WHERE n = 0;
          DELETE FROM deputy_composition_birth_rollup WHERE n = 0;
        END IF;
        RETURN folded + birth;
      END $fn$`);

    const oldMandates = changed('old_rows', 'new_rows', sameMandate);
    const newMandates = changed('new_rows', 'old_rows', sameMandate);
    await q.query(`
      CREATE FUNCTION deputy_composition_on_mandate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${execute(lockDeputiesOf(['new_rows']))}
          ${execute(appendDeltas(counted(1, { mandate: 'new_rows' })))}
        ELSIF TG_OP = 'DELETE' THEN
          ${execute(lockDeputiesOf(['old_rows']))}
          ${execute(appendDeltas(counted(-1, { mandate: 'old_rows' })))}
        ELSIF EXISTS (SELECT 1 FROM ${oldMandates} o) OR EXISTS (SELECT 1 FROM ${newMandates} o) THEN
          ${execute(lockDeputiesOf([oldMandates, newMandates]))}
          ${execute(appendDeltas(counted(-1, { mandate: oldMandates }), counted(1, { mandate: newMandates })))}
        END IF;
        RETURN NULL;
      END $fn$`);
    const oldDeputies = changed('old_rows', 'new_rows', sameDeputy);
    const newDeputies = changed('new_rows', 'old_rows', sameDeputy);
    await q.query(`
      CREATE FUNCTION deputy_composition_on_deputy() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          -- A deputy with mandates cannot be deleted (FK_mandate_deputy restricts): kept exact all the same.
          ${execute(appendDeltas(counted(-1, { deputy: 'old_rows' })))}
        ELSIF EXISTS (SELECT 1 FROM ${oldDeputies} o) OR EXISTS (SELECT 1 FROM ${newDeputies} o) THEN
          ${execute(appendDeltas(counted(-1, { deputy: oldDeputies }), counted(1, { deputy: newDeputies })))}
        END IF;
        RETURN NULL;
      END $fn$`);
    const oldTerms = changed('old_rows', 'new_rows', sameTerm);
    const newTerms = changed('new_rows', 'old_rows', sameTerm);
    await q.query(`
      CREATE FUNCTION deputy_composition_on_term() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${oldTerms} o) OR EXISTS (SELECT 1 FROM ${newTerms} o) THEN
          LOCK TABLE mandate, deputy IN SHARE MODE;
          ${execute(appendDeltas(counted(-1, { term: oldTerms }), counted(1, { term: newTerms })))}
        END IF;
        RETURN NULL;
      END $fn$`);
    const oldCongresses = changed('old_rows', 'new_rows', sameCongress);
    const newCongresses = changed('new_rows', 'old_rows', sameCongress);
    await q.query(`
      CREATE FUNCTION deputy_composition_on_congress() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${oldCongresses} o) OR EXISTS (SELECT 1 FROM ${newCongresses} o) THEN
          LOCK TABLE term, mandate, deputy IN SHARE MODE;
          ${execute(appendDeltas(counted(-1, { congress: oldCongresses }), counted(1, { congress: newCongresses })))}
        END IF;
        RETURN NULL;
      END $fn$`);
    // Without mandates nothing is counted (deputies, terms and congresses are truncated only with them).
    await q.query(`
      CREATE FUNCTION deputy_composition_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        ${TABLES.map((t) => `DELETE FROM ${t};`).join(' ')}
        RETURN NULL;
      END $fn$`);

    for (const { table, fn, ops } of TRIGGERS) {
      for (const op of ops) {
        await q.query(`CREATE TRIGGER "${triggerName(table, op)}" AFTER ${op} ON ${table} REFERENCING ${REFERENCING[op]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    await q.query(`CREATE TRIGGER "${triggerName('mandate', 'TRUNCATE')}" AFTER TRUNCATE ON mandate FOR EACH STATEMENT EXECUTE FUNCTION deputy_composition_on_truncate()`);

    await q.query(`SELECT deputy_composition_rebuild()`);
    for (const t of TABLES) await q.query(`ANALYZE ${t}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "${triggerName('mandate', 'TRUNCATE')}" ON mandate`);
    for (const { table, ops } of TRIGGERS) {
      for (const op of ops) await q.query(`DROP TRIGGER "${triggerName(table, op)}" ON ${table}`);
    }
    for (const fn of ['deputy_composition_on_truncate', ...TRIGGERS.map((t) => t.fn), 'deputy_composition_compact', 'deputy_composition_rebuild']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP TABLE ${TABLES.join(', ')}`);
  }
}
