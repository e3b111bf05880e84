import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The analyst console (saved queries, run history) and the rate limit's counters. */
export class Analytics1764300500000 implements MigrationInterface {
  name = 'Analytics1764300500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_query (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner_id integer NOT NULL CONSTRAINT "FK_saved_query_owner" REFERENCES app_user(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        description varchar(2000) NOT NULL DEFAULT '',
        query text NOT NULL,
        variables jsonb,
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_saved_query_owner_name" ON saved_query (owner_id, name)`);
    await q.query(`CREATE INDEX "IDX_saved_query_shared" ON saved_query (shared)`);
    await q.query(`
      CREATE TABLE query_run (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id integer NOT NULL CONSTRAINT "FK_query_run_user" REFERENCES app_user(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        operation_name varchar(200),
        query text NOT NULL,
        variables jsonb,
        cost integer,
        status varchar(10) NOT NULL,
        error_code varchar(40),
        duration_ms integer
      )`);
    await q.query(`CREATE INDEX "IDX_query_run_user_id" ON query_run (user_id, id)`);
    await q.query(`
      CREATE TABLE api_rate_limit (
        subject varchar(60) NOT NULL,
        window_start timestamptz NOT NULL,
        requests integer NOT NULL DEFAULT 1,
        PRIMARY KEY (subject, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_rate_limit`);
    await q.query(`DROP TABLE query_run`);
    await q.query(`DROP TABLE saved_query`);
  }
}
