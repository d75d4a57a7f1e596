import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

const OWNED = { read: OWN_PATH, write: OWN_PATH, grant: 'SELECT, INSERT, UPDATE' };

/**
 * Sittings (常委会会议 / 主任会议 / 主席团会议), the reports they deliberate, and what they send to a body: review
 * opinions (审议意见) and resolutions (决议). Each item of an opinion is a ledger item, i.e. a row of `handoff`
 * with a kind, its text in `title`, and no project: the one ledger holds 问题交办, 审议意见 and 决议 alike, and
 * every step of a handoff's life (deadline, reminder, extension, escalation, verification, look-back) applies.
 * Nothing is deleted: the new tables grant no DELETE and are audited.
 */
export class SessionsAndOpinions1796500200000 implements MigrationInterface {
  name = 'SessionsAndOpinions1796500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "number" integer NOT NULL, "held_on" TIMESTAMP WITH TIME ZONE NOT NULL, "title" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "session_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_tenant_id_held_on_idx" ON "session" ("tenant_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session_report" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "plan_item_id" uuid, "department_id" uuid, CONSTRAINT "session_report_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_report_session_id_idx" ON "session_report" ("session_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_opinion" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "report_id" uuid, "kind" text NOT NULL, "department_id" uuid NOT NULL, "lead_committee_id" uuid, "letter_no" text NOT NULL, "title" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "response" text, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by" uuid, CONSTRAINT "review_opinion_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_opinion_session_id_idx" ON "review_opinion" ("session_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "review_opinion_department_id_idx" ON "review_opinion" ("department_id") `,
    );
    await queryRunner.query(`ALTER TABLE "handoff" ADD "kind" text NOT NULL DEFAULT 'FINDINGS'`);
    await queryRunner.query(`ALTER TABLE "handoff" ADD "title" text`);
    await queryRunner.query(`ALTER TABLE "handoff" ADD "opinion_id" uuid`);
    await queryRunner.query(`ALTER TABLE "handoff" ALTER COLUMN "project_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "handoff_opinion_id_idx" ON "handoff" ("opinion_id") `);
    for (const [table, column, target] of [
      ['session', 'tenant_id', 'tenant'],
      ['session_report', 'tenant_id', 'tenant'],
      ['session_report', 'session_id', 'session'],
      ['session_report', 'plan_item_id', 'plan_item'],
      ['session_report', 'department_id', 'department'],
      ['review_opinion', 'tenant_id', 'tenant'],
      ['review_opinion', 'session_id', 'session'],
      ['review_opinion', 'report_id', 'session_report'],
      ['review_opinion', 'department_id', 'department'],
      ['review_opinion', 'lead_committee_id', 'committee'],
      ['handoff', 'opinion_id', 'review_opinion'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const table of ['session', 'session_report', 'review_opinion']) {
      for (const statement of wallStatements(table, OWNED)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "handoff" WHERE "kind" <> 'FINDINGS'`);
    for (const table of ['review_opinion', 'session_report', 'session']) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
    }
    await queryRunner.query(`ALTER TABLE "handoff" DROP CONSTRAINT "handoff_opinion_id_fkey"`);
    await queryRunner.query(`DROP INDEX "handoff_opinion_id_idx"`);
    await queryRunner.query(`ALTER TABLE "handoff" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "handoff" DROP COLUMN "opinion_id"`);
    await queryRunner.query(`ALTER TABLE "handoff" DROP COLUMN "title"`);
    await queryRunner.query(`ALTER TABLE "handoff" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TABLE "review_opinion"`);
    await queryRunner.query(`DROP TABLE "session_report"`);
    await queryRunner.query(`DROP TABLE "session"`);
  }
}
