import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roster's default order (name by pinyin, then id) as an index. The pinyin index there was
 * for prefix search (`text_pattern_ops`) and cannot give the order, so the first page of the whole
 * roster sorted every deputy: 136 ms of sorting at 1,000,000 deputies, before any count. With this
 * index a page reads its 50 rows in order and stops.
 */
export class DeputyRosterOrder1764300650000 implements MigrationInterface {
  name = 'DeputyRosterOrder1764300650000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_deputy_roster_order" ON "deputy" ("name_pinyin", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_deputy_roster_order"`);
  }
}
