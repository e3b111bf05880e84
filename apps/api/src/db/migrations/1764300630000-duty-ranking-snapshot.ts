import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's deputy ranking, computed ahead: scoring every deputy of a term from every kind of
 * record was two thirds of the whole dashboard's database time (25 ms of 38 for a city term, half
 * of it planning the statement), on every dashboard load.
 *
 * `duty_ranking_state` says when the ranking of a term and year was computed and of how many
 * deputies; `duty_ranking_snapshot` holds that ranking, one row per deputy with their place. A
 * ranking older than the configured age (DUTY_RANKING_MAX_AGE_SECONDS) is computed again by the
 * request that finds it so, while requests arriving meanwhile are answered from the previous one;
 * saving a points table drops the rankings it changes. The duty record itself (`dutyRecord`,
 * `dutyRecords`) is always counted live.
 */
export class DutyRankingSnapshot1764300630000 implements MigrationInterface {
  name = 'DutyRankingSnapshot1764300630000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE duty_ranking_state (
        term_id int NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        year int NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        deputies int NOT NULL,
        PRIMARY KEY (term_id, year)
      )`);
    await q.query(`
      CREATE TABLE duty_ranking_snapshot (
        term_id int NOT NULL,
        year int NOT NULL,
        rank int NOT NULL,
        deputy_id int NOT NULL REFERENCES deputy(id) ON DELETE CASCADE,
        score numeric(6, 2) NOT NULL,
        grade varchar(8) NOT NULL,
        attendance_percent numeric(5, 1),
        PRIMARY KEY (term_id, year, rank),
        FOREIGN KEY (term_id, year) REFERENCES duty_ranking_state(term_id, year) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_duty_ranking_snapshot_deputy" ON duty_ranking_snapshot (deputy_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE duty_ranking_snapshot`);
    await q.query(`DROP TABLE duty_ranking_state`);
  }
}
