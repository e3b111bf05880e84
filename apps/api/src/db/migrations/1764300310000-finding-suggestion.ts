import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A finding and the suggestion it became, tied by a foreign key now that both tables exist. */
export class FindingSuggestion1764300310000 implements MigrationInterface {
  name = 'FindingSuggestion1764300310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_finding_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestion"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "finding" DROP CONSTRAINT "FK_finding_suggestion"`);
  }
}
