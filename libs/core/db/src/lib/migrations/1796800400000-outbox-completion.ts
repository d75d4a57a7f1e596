import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row stays unfinished until the worker has run its job, so the reconciler can give the relay again
 * a job that Redis lost after it was relayed (a restart without persistence). Rows relayed before this
 * migration start unfinished too: the reconciler finds them in Redis (done or waiting) or re-adds them, and
 * their handlers are idempotent.
 */
export class OutboxCompletion1796800400000 implements MigrationInterface {
  name = 'OutboxCompletion1796800400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox" ADD "completed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "outbox_unfinished_idx" ON "outbox" ("id") WHERE relayed_at IS NOT NULL AND completed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "outbox_unfinished_idx"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "completed_at"');
  }
}
