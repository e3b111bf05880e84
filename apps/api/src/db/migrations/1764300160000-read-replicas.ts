import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers where each session last wrote, so its reads never go to a replica that is behind. */
export class ReadReplicas1764300160000 implements MigrationInterface {
  name = 'ReadReplicas1764300160000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_session" ADD "last_write_lsn" character varying(32)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "last_write_lsn"`);
  }
}
