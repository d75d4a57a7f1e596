import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

const OWNED = { read: OWN_PATH, write: OWN_PATH, grant: 'SELECT, INSERT, UPDATE' };
const TABLES = ['appraisal', 'appraisal_subject', 'appraisal_group', 'appraisal_vote'] as const;

/**
 * Appraisals (评议): an appraisal held by a tenant under a project and/or a session, its subjects (units, reports,
 * named persons), its voter groups with their eligible counts, and each group's votes on each subject. A failing
 * subject's re-report (整改再报告) is a ledger item (`handoff` of kind APPRAISAL_RE_REPORT), linked from the
 * subject. Tenant-owned, walled by tenant path, audited; nothing is deleted.
 */
export class Appraisals1796700000000 implements MigrationInterface {
  name = 'Appraisals1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const owned = `"tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid()`;
    await queryRunner.query(
      `CREATE TABLE "appraisal" (${owned}, "title" text NOT NULL, "kind" text NOT NULL, "project_id" uuid, "session_id" uuid, "scheme" text NOT NULL, "held_on" date NOT NULL, "status" text NOT NULL, "re_report_by" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "appraisal_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "appraisal_tenant_id_held_on_idx" ON "appraisal" ("tenant_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "appraisal_subject" (${owned}, "appraisal_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "post" text, "department_id" uuid NOT NULL, "re_report_item_id" uuid, "re_report_summary" text, "re_reported_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "appraisal_subject_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "appraisal_subject_appraisal_id_idx" ON "appraisal_subject" ("appraisal_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "appraisal_group" (${owned}, "appraisal_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "eligible" integer NOT NULL, CONSTRAINT "appraisal_group_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "appraisal_group_appraisal_id_idx" ON "appraisal_group" ("appraisal_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "appraisal_vote" (${owned}, "appraisal_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "group_id" uuid NOT NULL, "satisfied" integer NOT NULL, "basically_satisfied" integer NOT NULL, "unsatisfied" integer NOT NULL, "score_count" integer NOT NULL DEFAULT 0, "average_score" double precision, "result" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "appraisal_vote_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "appraisal_vote_subject_group_key" ON "appraisal_vote" ("subject_id", "group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "appraisal_vote_appraisal_id_idx" ON "appraisal_vote" ("appraisal_id") `,
    );
    for (const [table, column, target] of [
      ['appraisal', 'tenant_id', 'tenant'],
      ['appraisal_subject', 'tenant_id', 'tenant'],
      ['appraisal_group', 'tenant_id', 'tenant'],
      ['appraisal_vote', 'tenant_id', 'tenant'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const table of TABLES) {
      for (const statement of wallStatements(table, OWNED)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
    }
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DELETE FROM "handoff" WHERE "kind" = 'APPRAISAL_RE_REPORT'`);
  }
}
