import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster imports (the uploaded file, its check, its result) and deputy search indexes: a prefix
 * index on names (trigrams need three characters, and most Chinese names have two or three, so
 * short name searches match from the start of the name), and the pinyin and initials indexes made
 * covering, so a search that matches thousands of deputies is counted and ordered without reading
 * the table.
 */
export class DeputyImport1764300110000 implements MigrationInterface {
  name = 'DeputyImport1764300110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deputy_import" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "filename" character varying(200) NOT NULL, "format" character varying(10) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "data" bytea NOT NULL, "term_id" integer, "status" character varying(20) NOT NULL, "progress" real NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "total_rows" integer NOT NULL DEFAULT '0', "invalid_row_count" integer NOT NULL DEFAULT '0', "invalid_rows" integer array NOT NULL DEFAULT '{}', "problem_count" integer NOT NULL DEFAULT '0', "problem_list" jsonb NOT NULL DEFAULT '[]', "new_count" integer NOT NULL DEFAULT '0', "changed_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "excluded_rows" integer array NOT NULL DEFAULT '{}', "inserted_count" integer, "updated_count" integer, "linked_count" integer, "failure" text, "created_by" integer, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_26f882d6cdb86e54b58cba6812b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_deputy_import_created_by" ON "deputy_import"  ("created_by") `);
    await q.query(`ALTER TABLE "deputy_import" ADD CONSTRAINT "FK_deputy_import_term" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Checked rows waiting to be applied: transient, so unlogged (no WAL); an import whose rows a
    // crash emptied is noticed when applied and must be uploaded again.
    await q.query(`CREATE UNLOGGED TABLE "deputy_import_row" ("import_id" integer NOT NULL, "row" integer NOT NULL, "filled" integer NOT NULL, "name" character varying(50) NOT NULL, "name_pinyin" character varying(200) NOT NULL, "name_initials" character varying(50) NOT NULL, "gender" character varying(10) NOT NULL, "ethnicity" character varying(20) NOT NULL, "birth_date" date, "party" character varying(20) NOT NULL, "education" character varying(20), "occupation_category" character varying(20) NOT NULL, "work_unit" character varying(150), "position" character varying(100), "phone" character varying(30), "id_number" character varying(18) NOT NULL, "address" character varying(200), "status" character varying(20) NOT NULL, "electoral_district_id" integer, "group_id" integer, CONSTRAINT "PK_8205fc1b952a5ed2cd9dd24b35c" PRIMARY KEY ("import_id", "row"))`);
    await q.query(`ALTER TABLE "deputy_import_row" ADD CONSTRAINT "FK_deputy_import_row_import" FOREIGN KEY ("import_id") REFERENCES "deputy_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE INDEX "IDX_deputy_name_prefix" ON "deputy" ("name" text_pattern_ops) INCLUDE ("name_pinyin", "id")`);
    // Covering: a pinyin or initials search counts and orders its matches from the index alone.
    await q.query(`DROP INDEX "IDX_deputy_initials"`);
    await q.query(`DROP INDEX "IDX_deputy_pinyin"`);
    await q.query(`CREATE INDEX "IDX_deputy_initials" ON "deputy" ("name_initials" text_pattern_ops) INCLUDE ("name_pinyin", "id")`);
    await q.query(`CREATE INDEX "IDX_deputy_pinyin" ON "deputy" ("name_pinyin" text_pattern_ops) INCLUDE ("id", "name_initials")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_deputy_pinyin"`);
    await q.query(`DROP INDEX "IDX_deputy_initials"`);
    await q.query(`CREATE INDEX "IDX_deputy_initials" ON "deputy" ("name_initials" text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_deputy_pinyin" ON "deputy" ("name_pinyin" text_pattern_ops)`);
    await q.query(`DROP INDEX "IDX_deputy_name_prefix"`);
    await q.query(`DROP TABLE "deputy_import_row"`);
    await q.query(`ALTER TABLE "deputy_import" DROP CONSTRAINT "FK_deputy_import_term"`);
    await q.query(`DROP INDEX "public"."IDX_deputy_import_created_by"`);
    await q.query(`DROP TABLE "deputy_import"`);
  }
}
