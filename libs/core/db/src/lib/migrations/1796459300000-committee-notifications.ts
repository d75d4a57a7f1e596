import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice can be addressed to one committee's staff (the 统筹办 pressing a committee, 督促) rather than to
 * the whole office; the office's other staff do not see it. The table's tenant wall is unchanged.
 */
export class CommitteeNotifications1796459300000 implements MigrationInterface {
  name = 'CommitteeNotifications1796459300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "committee_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_committee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "committee_id"`);
  }
}
