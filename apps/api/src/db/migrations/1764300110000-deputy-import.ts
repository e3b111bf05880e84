import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster imports (the uploaded file, its check, its result) and a prefix index on deputies' names:
 * trigrams need three characters, and most Chinese names have two or three, so short name searches
 * match from the start of the name through this index.
 */
export class DeputyImport1764300110000 implements MigrationInterface {
  name = 'DeputyImport1764300110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deputy_import" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "filename" character varying(200) NOT NULL, "format" character varying(10) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "data" bytea NOT NULL, "term_id" integer, "status" character varying(20) NOT NULL, "progress" real NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "total_rows" integer NOT NULL DEFAULT '0', "invalid_row_count" integer NOT NULL DEFAULT '0', "invalid_rows" integer array NOT NULL DEFAULT '{}', "problem_count" integer NOT NULL DEFAULT '0', "problem_list" jsonb NOT NULL DEFAULT '[]', "new_count" integer NOT NULL DEFAULT '0', "changed_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "excluded_rows" integer array NOT NULL DEFAULT '{}', "inserted_count" integer, "updated_count" integer, "linked_count" integer, "failure" text, "created_by" integer, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_26f882d6cdb86e54b58cba6812b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_deputy_import_created_by" ON "deputy_import"  ("created_by") `);
    await q.query(`ALTER TABLE "deputy_import" ADD CONSTRAINT "FK_deputy_import_term" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`CREATE INDEX "IDX_deputy_name_prefix" ON "deputy" ("name" text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_deputy_name_prefix"`);
    await q.query(`ALTER TABLE "deputy_import" DROP CONSTRAINT "FK_deputy_import_term"`);
    await q.query(`DROP INDEX "public"."IDX_deputy_import_created_by"`);
    await q.query(`DROP TABLE "deputy_import"`);
  }
}
