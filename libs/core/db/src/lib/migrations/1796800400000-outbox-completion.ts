import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row stays unfinished until the worker has run its job, so the reconciler can give the relay again
 * a job that Redis lost after it was relayed (a restart without persistence). Rows relayed before this
 * migration whose job fell due more than a day ago count as done: BullMQ keeps completed jobs for a week at
 * most, so the reconciler could not tell them from lost ones and would re-run a year of jobs. Newer ones
 * start unfinished: the reconciler finds them in Redis (done or waiting) or re-adds them; handlers are
 * idempotent.
 */
export class OutboxCompletion1796800400000 implements MigrationInterface {
  name = 'OutboxCompletion1796800400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox" ADD "completed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `UPDATE "outbox" SET "completed_at" = "relayed_at"
        WHERE "relayed_at" IS NOT NULL AND coalesce("run_at", "relayed_at") < now() - interval '1 day'`,
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_unfinished_idx" ON "outbox" ("id") WHERE relayed_at IS NOT NULL AND completed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "outbox_unfinished_idx"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "completed_at"');
  }
}
