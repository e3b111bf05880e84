import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deputy's duties: plenary-session attendance, duty reports and their ratings, state-organ
 * evaluations with ratings and rectification items, reception days and voter contacts with
 * opinions, sentiment diaries, points tables, objections to the duty record, commendations.
 */
export class Duty1764300400000 implements MigrationInterface {
  name = 'Duty1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "session_attendance" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "session_id" integer NOT NULL, "deputy_id" integer NOT NULL, "status" character varying(20) NOT NULL, "note" character varying(200), CONSTRAINT "PK_bc946a8e6bc80fd2531356f89e6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_session_attendance_deputy" ON "session_attendance"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_session_attendance_session_deputy" ON "session_attendance"  ("session_id", "deputy_id") `);
    await q.query(`CREATE TABLE "duty_report" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deputy_id" integer NOT NULL, "year" integer NOT NULL, "audience" character varying(30) NOT NULL, "form" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PLANNED', "title" character varying(200) NOT NULL, "planned_on" date, "reported_on" date, "venue" character varying(200), "content" text NOT NULL DEFAULT '', "votes_competent" integer, "votes_basically_competent" integer, "votes_not_competent" integer, "grade" character varying(30), "evaluated_on" date, "evaluation_note" text, CONSTRAINT "PK_47704c24869f221adea5046ca31" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_duty_report_year_status" ON "duty_report"  ("year", "status") `);
    await q.query(`CREATE INDEX "IDX_duty_report_deputy_year" ON "duty_report"  ("deputy_id", "year") `);
    await q.query(`CREATE TABLE "duty_report_rating" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "report_id" integer NOT NULL, "evaluator_name" character varying(50) NOT NULL, "grade" character varying(30) NOT NULL, "comment" text, CONSTRAINT "PK_b0e4b9ffd878ee3a5f6d3e676c6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_duty_report_rating_report" ON "duty_report_rating"  ("report_id") `);
    await q.query(`CREATE TABLE "organ_evaluation" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" integer NOT NULL, "year" integer NOT NULL, "title" character varying(200) NOT NULL, "phase" character varying(20) NOT NULL DEFAULT 'PREPARING', "plan" text NOT NULL DEFAULT '', "conclusion" text, CONSTRAINT "PK_dd6c546207a47b934eb6c5a09f7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_organ_evaluation_organization" ON "organ_evaluation"  ("organization_id") `);
    await q.query(`CREATE INDEX "IDX_organ_evaluation_year" ON "organ_evaluation"  ("year") `);
    await q.query(`CREATE TABLE "organ_evaluation_rating" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "evaluation_id" integer NOT NULL, "deputy_id" integer NOT NULL, "score" integer NOT NULL, "opinion" text, CONSTRAINT "PK_3796c9f08f0d30cc62919c83a3e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_organ_evaluation_rating_deputy" ON "organ_evaluation_rating"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_organ_evaluation_rating_deputy" ON "organ_evaluation_rating"  ("evaluation_id", "deputy_id") `);
    await q.query(`CREATE TABLE "rectification_item" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "evaluation_id" integer NOT NULL, "description" text NOT NULL, "responsible_organization_id" integer, "raised_by_deputy_id" integer, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "due_on" date, CONSTRAINT "PK_1c2942382602f6aef2a7be098b9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_rectification_item_evaluation" ON "rectification_item"  ("evaluation_id") `);
    await q.query(`CREATE INDEX "IDX_rectification_item_deputy" ON "rectification_item"  ("raised_by_deputy_id") `);
    await q.query(`CREATE TABLE "rectification_update" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "item_id" integer NOT NULL, "note" text NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "user_id" integer, CONSTRAINT "PK_310706d68dab1be95506a3f9161" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_rectification_update_item" ON "rectification_update"  ("item_id") `);
    await q.query(`CREATE TABLE "sentiment_diary" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deputy_id" integer NOT NULL, "entry_date" date NOT NULL, "title" character varying(200) NOT NULL, "content" text NOT NULL, "tags" text array NOT NULL, "suggestion_id" integer, CONSTRAINT "PK_271eda6269b28619c4073ceec32" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_sentiment_diary_date" ON "sentiment_diary"  ("entry_date") `);
    await q.query(`CREATE INDEX "IDX_sentiment_diary_deputy_date" ON "sentiment_diary"  ("deputy_id", "entry_date") `);
    await q.query(`CREATE TABLE "reception_day" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "station_id" integer NOT NULL, "date" date NOT NULL, "topic" character varying(200), "note" text, CONSTRAINT "PK_ab73864f3952269b3fa97abf784" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_reception_day_date" ON "reception_day"  ("date") `);
    await q.query(`CREATE INDEX "IDX_reception_day_station_date" ON "reception_day"  ("station_id", "date") `);
    await q.query(`CREATE TABLE "reception_duty" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "reception_day_id" integer NOT NULL, "deputy_id" integer NOT NULL, CONSTRAINT "PK_5831720b8660d36bf4f33826085" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_reception_duty_deputy" ON "reception_duty"  ("deputy_id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_reception_duty_day_deputy" ON "reception_duty"  ("reception_day_id", "deputy_id") `);
    await q.query(`CREATE TABLE "voter_contact" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deputy_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "contacted_on" date NOT NULL, "reception_day_id" integer, "station_id" integer, "voter_name" character varying(50), "voter_phone" character varying(30), "summary" text NOT NULL DEFAULT '', CONSTRAINT "PK_df9cedb5383a2ce37c42706d3dd" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_voter_contact_date" ON "voter_contact"  ("contacted_on") `);
    await q.query(`CREATE INDEX "IDX_voter_contact_reception_day" ON "voter_contact"  ("reception_day_id") `);
    await q.query(`CREATE INDEX "IDX_voter_contact_deputy_date" ON "voter_contact"  ("deputy_id", "contacted_on") `);
    await q.query(`CREATE TABLE "voter_opinion" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "contact_id" integer, "diary_id" integer, "deputy_id" integer NOT NULL, "voter_name" character varying(50), "voter_phone" character varying(30), "content" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "answer" text, "referred_organization_id" integer, "suggestion_id" integer, "handled_on" date, CONSTRAINT "PK_f2055bc0d52eb90997eb58a426e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_voter_opinion_contact" ON "voter_opinion"  ("contact_id") `);
    await q.query(`CREATE INDEX "IDX_voter_opinion_diary" ON "voter_opinion"  ("diary_id") `);
    await q.query(`CREATE INDEX "IDX_voter_opinion_deputy" ON "voter_opinion"  ("deputy_id") `);
    await q.query(`CREATE INDEX "IDX_voter_opinion_status" ON "voter_opinion"  ("status") `);
    await q.query(`CREATE TABLE "scoring_rule_set" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "effective_year" integer NOT NULL, "good_from" integer NOT NULL DEFAULT '80', "fair_from" integer NOT NULL DEFAULT '60', "note" text, CONSTRAINT "PK_f87663b685e5623634f1692aa62" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_scoring_rule_set_year" ON "scoring_rule_set"  ("effective_year") `);
    await q.query(`CREATE TABLE "scoring_rule" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "rule_set_id" integer NOT NULL, "item_key" character varying(60) NOT NULL, "points" numeric(8,2) NOT NULL, "max_points" numeric(8,2), CONSTRAINT "PK_047d9ae12271e9c1a2900673d4a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_scoring_rule_set_item" ON "scoring_rule"  ("rule_set_id", "item_key") `);
    await q.query(`CREATE TABLE "duty_record_objection" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deputy_id" integer NOT NULL, "year" integer NOT NULL, "item_key" character varying(60) NOT NULL, "reason" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "resolution" text, "raised_by" integer, "resolved_by" integer, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9e8fea7175e918a4f114b116ca9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_duty_record_objection_status" ON "duty_record_objection"  ("status") `);
    await q.query(`CREATE INDEX "IDX_duty_record_objection_deputy_year" ON "duty_record_objection"  ("deputy_id", "year") `);
    await q.query(`CREATE TABLE "commendation" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "year" integer NOT NULL, "kind" character varying(30) NOT NULL, "deputy_id" integer, "group_id" integer, "title" character varying(200) NOT NULL, "basis" text NOT NULL, "score" numeric(8,2), "attendance_percent" numeric(5,1), "awarded_on" date, CONSTRAINT "PK_62d1b6e91e54297aa408e3330d7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_commendation_group" ON "commendation"  ("year", "kind", "group_id") WHERE group_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_commendation_deputy" ON "commendation"  ("year", "kind", "deputy_id") WHERE deputy_id IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_commendation_year_kind" ON "commendation"  ("year", "kind") `);
    await q.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_session" FOREIGN KEY ("session_id") REFERENCES "congress_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "duty_report" ADD CONSTRAINT "FK_duty_report_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "duty_report_rating" ADD CONSTRAINT "FK_duty_report_rating_report" FOREIGN KEY ("report_id") REFERENCES "duty_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "organ_evaluation" ADD CONSTRAINT "FK_organ_evaluation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "organ_evaluation_rating" ADD CONSTRAINT "FK_organ_evaluation_rating_evaluation" FOREIGN KEY ("evaluation_id") REFERENCES "organ_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "organ_evaluation_rating" ADD CONSTRAINT "FK_organ_evaluation_rating_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "rectification_item" ADD CONSTRAINT "FK_rectification_item_evaluation" FOREIGN KEY ("evaluation_id") REFERENCES "organ_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "rectification_item" ADD CONSTRAINT "FK_rectification_item_organization" FOREIGN KEY ("responsible_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "rectification_item" ADD CONSTRAINT "FK_rectification_item_deputy" FOREIGN KEY ("raised_by_deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "rectification_update" ADD CONSTRAINT "FK_rectification_update_item" FOREIGN KEY ("item_id") REFERENCES "rectification_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sentiment_diary" ADD CONSTRAINT "FK_sentiment_diary_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "reception_day" ADD CONSTRAINT "FK_reception_day_station" FOREIGN KEY ("station_id") REFERENCES "liaison_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "reception_duty" ADD CONSTRAINT "FK_reception_duty_day" FOREIGN KEY ("reception_day_id") REFERENCES "reception_day"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "reception_duty" ADD CONSTRAINT "FK_reception_duty_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_contact" ADD CONSTRAINT "FK_voter_contact_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_contact" ADD CONSTRAINT "FK_voter_contact_reception_day" FOREIGN KEY ("reception_day_id") REFERENCES "reception_day"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_contact" ADD CONSTRAINT "FK_voter_contact_station" FOREIGN KEY ("station_id") REFERENCES "liaison_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_opinion" ADD CONSTRAINT "FK_voter_opinion_contact" FOREIGN KEY ("contact_id") REFERENCES "voter_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_opinion" ADD CONSTRAINT "FK_voter_opinion_diary" FOREIGN KEY ("diary_id") REFERENCES "sentiment_diary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_opinion" ADD CONSTRAINT "FK_voter_opinion_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voter_opinion" ADD CONSTRAINT "FK_voter_opinion_organization" FOREIGN KEY ("referred_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "scoring_rule" ADD CONSTRAINT "FK_scoring_rule_set" FOREIGN KEY ("rule_set_id") REFERENCES "scoring_rule_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "duty_record_objection" ADD CONSTRAINT "FK_duty_record_objection_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "commendation" ADD CONSTRAINT "FK_commendation_deputy" FOREIGN KEY ("deputy_id") REFERENCES "deputy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "commendation" ADD CONSTRAINT "FK_commendation_group" FOREIGN KEY ("group_id") REFERENCES "deputy_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "commendation"`);
    await q.query(`DROP TABLE "duty_record_objection"`);
    await q.query(`DROP TABLE "scoring_rule"`);
    await q.query(`DROP TABLE "scoring_rule_set"`);
    await q.query(`DROP TABLE "voter_opinion"`);
    await q.query(`DROP TABLE "voter_contact"`);
    await q.query(`DROP TABLE "reception_duty"`);
    await q.query(`DROP TABLE "reception_day"`);
    await q.query(`DROP TABLE "sentiment_diary"`);
    await q.query(`DROP TABLE "rectification_update"`);
    await q.query(`DROP TABLE "rectification_item"`);
    await q.query(`DROP TABLE "organ_evaluation_rating"`);
    await q.query(`DROP TABLE "organ_evaluation"`);
    await q.query(`DROP TABLE "duty_report_rating"`);
    await q.query(`DROP TABLE "duty_report"`);
    await q.query(`DROP TABLE "session_attendance"`);
  }
}
