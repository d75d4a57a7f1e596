import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stages of long-term rectification items. */
export class HandoffMilestones1795880769803 implements MigrationInterface {
  name = 'HandoffMilestones1795880769803';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "handoff_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "handoff_milestone_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "handoff_milestone_handoff_id_name_key" ON "handoff_milestone" ("handoff_id", "name") `,
    );
    await queryRunner.query(
      `ALTER TABLE "handoff_milestone" ADD CONSTRAINT "handoff_milestone_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "handoff_milestone" DROP CONSTRAINT "handoff_milestone_handoff_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "handoff_milestone_handoff_id_name_key"`);
    await queryRunner.query(`DROP TABLE "handoff_milestone"`);
  }
}
