import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Suggestions and motions: co-signers, timeline, assignments, meetings, co-unit views, replies, commitments, feedback, progress; the holiday calendar. */
export class Suggestions1764300300000 implements MigrationInterface {
  name = 'Suggestions1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "suggestion" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kind" character varying(20) NOT NULL, "submitted_as_motion" boolean NOT NULL DEFAULT false, "motion_conversion_reason" text, "title" character varying(200) NOT NULL, "content" text NOT NULL, "field" character varying(40) NOT NULL, "term_id" integer NOT NULL, "session_id" integer, "lead_deputy_id" integer NOT NULL, "source_kind" character varying(30), "source_id" integer, "status" character varying(20) NOT NULL, "registration_scope" character varying(40), "registration_seq" integer, "registration_number" character varying(40), "key_supervision" boolean NOT NULL DEFAULT false, "submitted_at" TIMESTAMP WITH TIME ZONE, "registered_at" TIMESTAMP WITH TIME ZONE, "lead_organization_id" integer, "assigned_on" date, "current_round" integer NOT NULL DEFAULT '1', "reply_due_date" date, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" integer, CONSTRAINT "PK_aa072a020434ddd7104de98eebb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_term" ON "suggestion"  ("term_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_session" ON "suggestion"  ("session_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_lead_deputy" ON "suggestion"  ("lead_deputy_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_status" ON "suggestion"  ("status") `);
    await q.query(`CREATE INDEX "IDX_suggestion_lead_organization" ON "suggestion"  ("lead_organization_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_source" ON "suggestion"  ("source_kind", "source_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_registration" ON "suggestion"  ("registration_scope", "registration_seq") WHERE registration_seq IS NOT NULL`);
    await q.query(`CREATE TABLE "suggestion_co_signer" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "suggestion_id" integer NOT NULL, "deputy_id" integer NOT NULL, CONSTRAINT "PK_df8902787c5627c1b11e9a92a96" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_co_signer_deputy" ON "suggestion_co_signer"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_co_signer" ON "suggestion_co_signer"  ("suggestion_id", "deputy_id") `);
    await q.query(`CREATE TABLE "suggestion_event" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "suggestion_id" integer NOT NULL, "action" character varying(40) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "round" integer NOT NULL DEFAULT '1', "actor_user_id" integer, "actor_name" character varying(100) NOT NULL, "organization_id" integer, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e54c9660e02fb033e811e72afa" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_event_suggestion" ON "suggestion_event"  ("suggestion_id") `);
    await q.query(`CREATE TABLE "suggestion_assignment" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "organization_id" integer NOT NULL, "role" character varying(10) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'ACTIVE', "assigned_on" date NOT NULL, "due_date" date NOT NULL, "return_deadline" date NOT NULL, "views_due_date" date, "return_reason" text, "return_decision_note" text, "extension_status" character varying(20), "extension_reason" text, CONSTRAINT "PK_7361c4e51f147c3c20ceaa499da" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_assignment_suggestion" ON "suggestion_assignment"  ("suggestion_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_assignment_organization" ON "suggestion_assignment"  ("organization_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_assignment_current_unit" ON "suggestion_assignment"  ("suggestion_id", "organization_id") WHERE status IN ('ACTIVE', 'RETURN_REQUESTED')`);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_assignment_current_lead" ON "suggestion_assignment"  ("suggestion_id") WHERE role = 'LEAD' AND status IN ('ACTIVE', 'RETURN_REQUESTED')`);
    await q.query(`CREATE TABLE "suggestion_co_unit_view" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "assignment_id" integer NOT NULL, "organization_id" integer NOT NULL, "content" text NOT NULL, CONSTRAINT "PK_c06691cc0310caf192ac1336782" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_co_unit_view_suggestion" ON "suggestion_co_unit_view"  ("suggestion_id") `);
    await q.query(`CREATE TABLE "suggestion_meeting" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "organization_id" integer NOT NULL, "stage" character varying(10) NOT NULL, "meeting_date" date NOT NULL, "participants" character varying(300), "notes" text, CONSTRAINT "PK_08017ead13225ee96ff5b69c349" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_meeting_suggestion" ON "suggestion_meeting"  ("suggestion_id") `);
    await q.query(`CREATE TABLE "holiday" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "date" date NOT NULL, "name" character varying(50) NOT NULL, "kind" character varying(10) NOT NULL DEFAULT 'HOLIDAY', CONSTRAINT "PK_3e7492c25f80418a7aad0aec053" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_holiday_date" ON "holiday"  ("date") `);
    await q.query(`CREATE TABLE "suggestion_reply" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "organization_id" integer NOT NULL, "round" integer NOT NULL, "category" character varying(1) NOT NULL, "content" text NOT NULL, "replied_on" date NOT NULL, "due_date" date NOT NULL, "replied_by_user_id" integer, CONSTRAINT "PK_48e4e2a6c6882134a91978af5d6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_reply_organization" ON "suggestion_reply"  ("organization_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_reply_round" ON "suggestion_reply"  ("suggestion_id", "round") `);
    await q.query(`CREATE TABLE "suggestion_commitment" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "reply_id" integer NOT NULL, "suggestion_id" integer NOT NULL, "organization_id" integer NOT NULL, "content" text NOT NULL, "due_date" date NOT NULL, "fulfilled_on" date, CONSTRAINT "PK_fb70feed6e42c71601429aeebb7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_commitment_reply" ON "suggestion_commitment"  ("reply_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_commitment_suggestion" ON "suggestion_commitment"  ("suggestion_id") `);
    await q.query(`CREATE INDEX "IDX_suggestion_commitment_due" ON "suggestion_commitment"  ("due_date") `);
    await q.query(`CREATE TABLE "suggestion_feedback" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "reply_id" integer NOT NULL, "round" integer NOT NULL, "verdict" character varying(20) NOT NULL, "comment" text, "on_behalf" boolean NOT NULL DEFAULT false, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "given_by_user_id" integer, CONSTRAINT "PK_941f8e639913cffec38ccf1b2c6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_suggestion_feedback_round" ON "suggestion_feedback"  ("suggestion_id", "round") `);
    await q.query(`CREATE TABLE "suggestion_progress" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "suggestion_id" integer NOT NULL, "commitment_id" integer, "organization_id" integer, "content" text NOT NULL, "entry_date" date NOT NULL, "solved" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_39958b0411f98a8a6733f36daf1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_suggestion_progress_suggestion" ON "suggestion_progress"  ("suggestion_id") `);
    await q.query(`ALTER TABLE "suggestion" ADD CONSTRAINT "FK_suggestion_term" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion" ADD CONSTRAINT "FK_suggestion_session" FOREIGN KEY ("session_id") REFERENCES "congress_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion" ADD CONSTRAINT "FK_suggestion_lead_deputy" FOREIGN KEY ("lead_deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion" ADD CONSTRAINT "FK_suggestion_lead_organization" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_co_signer" ADD CONSTRAINT "FK_suggestion_co_signer_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_co_signer" ADD CONSTRAINT "FK_suggestion_co_signer_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_event" ADD CONSTRAINT "FK_suggestion_event_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_assignment" ADD CONSTRAINT "FK_suggestion_assignment_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_assignment" ADD CONSTRAINT "FK_suggestion_assignment_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_co_unit_view" ADD CONSTRAINT "FK_suggestion_co_unit_view_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_co_unit_view" ADD CONSTRAINT "FK_suggestion_co_unit_view_assignment" FOREIGN KEY ("assignment_id") REFERENCES "suggestion_assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_co_unit_view" ADD CONSTRAINT "FK_suggestion_co_unit_view_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_meeting" ADD CONSTRAINT "FK_suggestion_meeting_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_meeting" ADD CONSTRAINT "FK_suggestion_meeting_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_reply" ADD CONSTRAINT "FK_suggestion_reply_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_reply" ADD CONSTRAINT "FK_suggestion_reply_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_commitment" ADD CONSTRAINT "FK_suggestion_commitment_reply" FOREIGN KEY ("reply_id") REFERENCES "suggestion_reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_commitment" ADD CONSTRAINT "FK_suggestion_commitment_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_commitment" ADD CONSTRAINT "FK_suggestion_commitment_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_feedback" ADD CONSTRAINT "FK_suggestion_feedback_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_feedback" ADD CONSTRAINT "FK_suggestion_feedback_reply" FOREIGN KEY ("reply_id") REFERENCES "suggestion_reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_progress" ADD CONSTRAINT "FK_suggestion_progress_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_progress" ADD CONSTRAINT "FK_suggestion_progress_commitment" FOREIGN KEY ("commitment_id") REFERENCES "suggestion_commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "suggestion_progress" ADD CONSTRAINT "FK_suggestion_progress_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // TypeORM cannot see trigram indexes: possible-duplicate lookups (pg_trgm similarity) use them.
    await q.query(`CREATE INDEX "IDX_suggestion_title_trgm" ON "suggestion" USING gin ("title" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_suggestion_content_trgm" ON "suggestion" USING gin ("content" gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "suggestion_progress"`);
    await q.query(`DROP TABLE "suggestion_feedback"`);
    await q.query(`DROP TABLE "suggestion_commitment"`);
    await q.query(`DROP TABLE "suggestion_reply"`);
    await q.query(`DROP TABLE "holiday"`);
    await q.query(`DROP TABLE "suggestion_meeting"`);
    await q.query(`DROP TABLE "suggestion_co_unit_view"`);
    await q.query(`DROP TABLE "suggestion_assignment"`);
    await q.query(`DROP TABLE "suggestion_event"`);
    await q.query(`DROP TABLE "suggestion_co_signer"`);
    await q.query(`DROP TABLE "suggestion"`);
  }
}
