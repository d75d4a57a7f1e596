import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing the work: an assignment carries its summary report (总结报告), when it was submitted, why the
 * publisher last returned it, and when it closed; a joint project closes when its last assignment does.
 *
 * The publisher of the last assignment may be a county that cascaded the work, which neither sees every
 * assignment of the city's project nor writes the project: `liandong_close_finished_project` answers as the
 * owner (past the policies), for a project the caller holds an assignment of in its subtree, and sets
 * `closed_at` only when every assignment of the project is CLOSED. The tables' walls are unchanged.
 */
export class AssignmentClosing1796500100000 implements MigrationInterface {
  name = 'AssignmentClosing1796500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment" ADD "summary" text`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "summary_submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "summary_return_reason" text`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "joint_project" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_close_finished_project(project uuid, closed timestamptz) RETURNS boolean
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        WITH closed_now AS (
          UPDATE joint_project p SET closed_at = closed
           WHERE p.id = project AND p.closed_at IS NULL
             AND EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = p.id
                          AND (liandong_scope() IS NULL OR a.tenant_path <@ liandong_scope()))
             AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = p.id AND a.status <> 'CLOSED')
          RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM closed_now) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION liandong_close_finished_project(uuid, timestamptz)`);
    await queryRunner.query(`ALTER TABLE "joint_project" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "summary_return_reason"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "summary_submitted_at"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "summary"`);
  }
}
