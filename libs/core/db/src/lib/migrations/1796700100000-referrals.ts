import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/**
 * Collaborating bodies (协同单位) of a tier and the referrals (线索移送) it sends them, both behind the tenant
 * wall and audited; nothing is deleted (a body is retired). Findings carry their source (问题来源).
 */
export class Referrals1796700100000 implements MigrationInterface {
  name = 'Referrals1796700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "finding" ADD "source" text NOT NULL DEFAULT 'OWN_SUPERVISION'`);
    await queryRunner.query(
      `CREATE TABLE "collaborating_body" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "name" text NOT NULL, "contact" text, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "collaborating_body_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaborating_body_tenant_id_idx" ON "collaborating_body" ("tenant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "referral" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "finding_id" uuid, "handoff_id" uuid, "reason" text NOT NULL, "status" text NOT NULL, "receipt_no" text, "received_on" date, "outcome" text, "decided_on" date, "sent_by" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "referral_pkey" PRIMARY KEY ("id"), CONSTRAINT "referral_one_subject_chk" CHECK (("finding_id" IS NULL) <> ("handoff_id" IS NULL)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "referral_tenant_id_status_idx" ON "referral" ("tenant_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "referral_finding_id_idx" ON "referral" ("finding_id") `);
    await queryRunner.query(`CREATE INDEX "referral_handoff_id_idx" ON "referral" ("handoff_id") `);
    await queryRunner.query(`CREATE INDEX "referral_body_id_idx" ON "referral" ("body_id") `);
    for (const [table, key, target] of [
      ['collaborating_body', 'tenant_id', 'tenant'],
      ['referral', 'tenant_id', 'tenant'],
      ['referral', 'body_id', 'collaborating_body'],
      ['referral', 'finding_id', 'finding'],
      ['referral', 'handoff_id', 'handoff'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${key}_fkey" FOREIGN KEY ("${key}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const table of ['collaborating_body', 'referral']) {
      await queryRunner.query(
        `CREATE INDEX "${table}_tenant_path_gist_idx" ON "${table}" USING gist ("tenant_path")`,
      );
      for (const statement of wallStatements(table, {
        read: OWN_PATH,
        write: OWN_PATH,
        grant: 'SELECT, INSERT, UPDATE',
      })) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['referral', 'collaborating_body']) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "source"`);
  }
}
