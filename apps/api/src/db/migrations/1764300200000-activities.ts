import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities: annual plans and plan items, activities with implementation plans, participants,
 * stops and reports, findings and their timeline, notices with read receipts, trainings and quiz
 * results, committee meetings with deputies sitting in. `finding.suggestion_id` has no foreign key
 * on purpose: the suggestion table is another domain's, added by its own migration.
 */
export class Activities1764300200000 implements MigrationInterface {
  name = 'Activities1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "annual_plan" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "year" integer NOT NULL, "congress_id" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text, CONSTRAINT "PK_d39dd5f70470bf2a692f72ea12c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_annual_plan_year_congress" ON "annual_plan"  ("year", "congress_id") `);
    await q.query(`CREATE TABLE "plan_item" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" integer NOT NULL, "title" character varying(200) NOT NULL, "type" character varying(30) NOT NULL, "scope" character varying(20), "month" integer NOT NULL, "organizer_group_id" integer, "description" text, CONSTRAINT "CHK_plan_item_month" CHECK (month BETWEEN 1 AND 12), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_plan_item_plan" ON "plan_item"  ("plan_id") `);
    await q.query(`CREATE INDEX "IDX_plan_item_organizer_group" ON "plan_item"  ("organizer_group_id") `);
    await q.query(`CREATE TABLE "activity" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" character varying(200) NOT NULL, "type" character varying(30) NOT NULL, "scope" character varying(20) NOT NULL DEFAULT 'SINGLE_TOPIC', "status" character varying(20) NOT NULL DEFAULT 'PLANNED', "congress_id" integer NOT NULL, "organizer_group_id" integer, "plan_item_id" integer, "start_date" date NOT NULL, "end_date" date NOT NULL, "place" character varying(200), "description" text, "notified_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_activity_type" ON "activity"  ("type") `);
    await q.query(`CREATE INDEX "IDX_activity_status" ON "activity"  ("status") `);
    await q.query(`CREATE INDEX "IDX_activity_congress" ON "activity"  ("congress_id") `);
    await q.query(`CREATE INDEX "IDX_activity_organizer_group" ON "activity"  ("organizer_group_id") `);
    await q.query(`CREATE INDEX "IDX_activity_plan_item" ON "activity"  ("plan_item_id") `);
    await q.query(`CREATE INDEX "IDX_activity_start_date" ON "activity"  ("start_date") `);
    await q.query(`CREATE TABLE "implementation_plan" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "aims" text NOT NULL DEFAULT '', "itinerary" text NOT NULL DEFAULT '', "preparation" text NOT NULL DEFAULT '', "leaders" character varying(100) array NOT NULL DEFAULT '{}', CONSTRAINT "PK_c80a3b79645f48b9b0f00390234" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_implementation_plan_activity" ON "implementation_plan"  ("activity_id") `);
    await q.query(`CREATE TABLE "activity_participant" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "deputy_id" integer NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'INVITED', "invited_via" character varying(20) NOT NULL DEFAULT 'INDIVIDUAL', "leave_reason" text, "responded_at" TIMESTAMP WITH TIME ZONE, "signed_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc52c781c34362e77b78ff75893" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_activity_participant_deputy" ON "activity_participant"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_activity_participant_activity_deputy" ON "activity_participant"  ("activity_id", "deputy_id") `);
    await q.query(`CREATE TABLE "activity_stop" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "sequence" integer NOT NULL, "organization_id" integer NOT NULL, "visit_date" date NOT NULL, "note" text, CONSTRAINT "PK_746599eb6e7800f8eb1ab770d57" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_activity_stop_organization" ON "activity_stop"  ("organization_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_activity_stop_activity_sequence" ON "activity_stop"  ("activity_id", "sequence") `);
    await q.query(`CREATE TABLE "activity_report" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "title" character varying(200) NOT NULL, "content" text NOT NULL, "author_user_id" integer, CONSTRAINT "PK_9df1e52a8f715d5114758438df8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_activity_report_activity" ON "activity_report"  ("activity_id") `);
    await q.query(`CREATE TABLE "finding" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "stop_id" integer, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "responsible_organization_id" integer, "deadline" date, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "close_reason" text, "raised_by_deputy_id" integer, "resolved_at" TIMESTAMP WITH TIME ZONE, "suggestion_id" integer, CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_finding_activity" ON "finding"  ("activity_id") `);
    await q.query(`CREATE INDEX "IDX_finding_responsible_organization" ON "finding"  ("responsible_organization_id") `);
    await q.query(`CREATE INDEX "IDX_finding_raised_by_deputy" ON "finding"  ("raised_by_deputy_id") `);
    await q.query(`CREATE INDEX "IDX_finding_suggestion" ON "finding"  ("suggestion_id") `);
    await q.query(`CREATE INDEX "IDX_finding_status_deadline" ON "finding"  ("status", "deadline") `);
    await q.query(`CREATE TABLE "finding_update" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "finding_id" integer NOT NULL, "kind" character varying(30) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "note" text NOT NULL DEFAULT '', "author_user_id" integer, "author_organization_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d2a1edeb8a1ca58ff3a64a936f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_finding_update_finding" ON "finding_update"  ("finding_id") `);
    await q.query(`CREATE TABLE "notice" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "activity_id" integer, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_by_user_id" integer, CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_notice_activity" ON "notice"  ("activity_id") `);
    await q.query(`CREATE INDEX "IDX_notice_sent_at" ON "notice"  ("sent_at") `);
    await q.query(`CREATE TABLE "notice_recipient" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "notice_id" integer NOT NULL, "deputy_id" integer NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b15ee5aadf4a3ab6c761d909e72" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_notice_recipient_deputy" ON "notice_recipient"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_notice_recipient_notice_deputy" ON "notice_recipient"  ("notice_id", "deputy_id") `);
    await q.query(`CREATE TABLE "training" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "activity_id" integer NOT NULL, "mode" character varying(20) NOT NULL, "hours" numeric(5,1) NOT NULL DEFAULT '0', "materials" text NOT NULL DEFAULT '', "quiz_title" character varying(200), "quiz_max_score" integer, CONSTRAINT "PK_c436c96be3adf1aa439ef471427" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_training_activity" ON "training"  ("activity_id") `);
    await q.query(`CREATE TABLE "quiz_result" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "training_id" integer NOT NULL, "deputy_id" integer NOT NULL, "score" numeric(5,1) NOT NULL, CONSTRAINT "PK_87b85729df5cb6f6e136daeea4b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_quiz_result_deputy" ON "quiz_result"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_quiz_result_training_deputy" ON "quiz_result"  ("training_id", "deputy_id") `);
    await q.query(`CREATE TABLE "committee_meeting" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "term_id" integer NOT NULL, "number" integer, "title" character varying(200) NOT NULL, "meeting_date" date NOT NULL, "place" character varying(200), "agenda" text NOT NULL DEFAULT '', CONSTRAINT "PK_2ab573d5c9f21dddc7b33c1cfc9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_committee_meeting_term" ON "committee_meeting"  ("term_id") `);
    await q.query(`CREATE INDEX "IDX_committee_meeting_date" ON "committee_meeting"  ("meeting_date") `);
    await q.query(`CREATE TABLE "meeting_attendance" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "meeting_id" integer NOT NULL, "deputy_id" integer NOT NULL, "role" character varying(20) NOT NULL DEFAULT 'SITTING_IN', "status" character varying(20) NOT NULL DEFAULT 'INVITED', "leave_reason" text, CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_meeting_attendance_deputy" ON "meeting_attendance"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_meeting_attendance_meeting_deputy" ON "meeting_attendance"  ("meeting_id", "deputy_id") `);
    await q.query(`ALTER TABLE "annual_plan" ADD CONSTRAINT "FK_annual_plan_congress" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_plan_item_plan" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_plan_item_organizer_group" FOREIGN KEY ("organizer_group_id") REFERENCES "deputy_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_activity_congress" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_activity_organizer_group" FOREIGN KEY ("organizer_group_id") REFERENCES "deputy_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_activity_plan_item" FOREIGN KEY ("plan_item_id") REFERENCES "plan_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_plan" ADD CONSTRAINT "FK_implementation_plan_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_participant" ADD CONSTRAINT "FK_activity_participant_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_participant" ADD CONSTRAINT "FK_activity_participant_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_stop" ADD CONSTRAINT "FK_activity_stop_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_stop" ADD CONSTRAINT "FK_activity_stop_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_report" ADD CONSTRAINT "FK_activity_report_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "activity_report" ADD CONSTRAINT "FK_activity_report_author_user" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_finding_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_finding_stop" FOREIGN KEY ("stop_id") REFERENCES "activity_stop"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_finding_responsible_organization" FOREIGN KEY ("responsible_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_finding_raised_by_deputy" FOREIGN KEY ("raised_by_deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding_update" ADD CONSTRAINT "FK_finding_update_finding" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding_update" ADD CONSTRAINT "FK_finding_update_author_user" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "finding_update" ADD CONSTRAINT "FK_finding_update_author_organization" FOREIGN KEY ("author_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_notice_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_notice_sent_by_user" FOREIGN KEY ("sent_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notice_recipient" ADD CONSTRAINT "FK_notice_recipient_notice" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notice_recipient" ADD CONSTRAINT "FK_notice_recipient_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "training" ADD CONSTRAINT "FK_training_activity" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "quiz_result" ADD CONSTRAINT "FK_quiz_result_training" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "quiz_result" ADD CONSTRAINT "FK_quiz_result_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "committee_meeting" ADD CONSTRAINT "FK_committee_meeting_term" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_meeting_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "committee_meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_meeting_attendance_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_attendance', 'committee_meeting', 'quiz_result', 'training', 'notice_recipient', 'notice', 'finding_update', 'finding',
      'activity_report', 'activity_stop', 'activity_participant', 'implementation_plan', 'activity', 'plan_item', 'annual_plan',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
