import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachments, stored in PostgreSQL with their owner record. */
export class Files1764300150000 implements MigrationInterface {
  name = 'Files1764300150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "attachment" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "filename" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "data" bytea NOT NULL, "owner_type" character varying(40), "owner_id" integer, "uploaded_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_attachment" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_attachment_owner" ON "attachment" ("owner_type", "owner_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "attachment"`);
  }
}
