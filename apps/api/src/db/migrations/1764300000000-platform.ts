import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1764300000000 implements MigrationInterface {
  name = 'Platform1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE app_user (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username varchar(40) NOT NULL,
        display_name varchar(100) NOT NULL,
        password_hash varchar(200) NOT NULL,
        role varchar(20) NOT NULL,
        scope_organization_id integer,
        scope_deputy_id integer,
        scope_group_id integer,
        disabled boolean NOT NULL DEFAULT false,
        locale varchar(8) NOT NULL DEFAULT 'zh-CN',
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT app_user_role_check CHECK (role IN ('ADMIN','STAFF','GROUP_LEADER','HANDLING_UNIT','DEPUTY','ANALYST'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_app_user_username" ON app_user (username)`);
    await q.query(`
      CREATE TABLE user_session (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash bytea NOT NULL,
        user_id integer NOT NULL CONSTRAINT "FK_user_session_user" REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(300)
      )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_user_session_token_hash" ON user_session (token_hash)`);
    await q.query(`CREATE INDEX "IDX_user_session_user_id" ON user_session (user_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        username varchar(200) PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        locked_until timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id integer,
        username varchar(40),
        operation varchar(100),
        action varchar(10) NOT NULL,
        entity varchar(60) NOT NULL,
        entity_id varchar(60),
        before jsonb,
        after jsonb,
        ip varchar(64),
        request_id varchar(40)
      )`);
    await q.query(`CREATE INDEX "IDX_audit_log_at" ON audit_log (at)`);
    await q.query(`CREATE INDEX "IDX_audit_log_user_id" ON audit_log (user_id)`);
    await q.query(`CREATE INDEX "IDX_audit_log_operation" ON audit_log (operation)`);
    await q.query(`CREATE INDEX "IDX_audit_log_entity_entity_id" ON audit_log (entity, entity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
