import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_TENANT, parentOwned, parentVisible, unwallStatements, wallStatements } from '../tenant-wall';

const HANDOFF_PART = {
  read: parentVisible('handoff', 'handoff_id'),
  write: parentOwned('handoff', 'handoff_id'),
  grant: 'SELECT, INSERT',
};

/** The evidence file's read rule before this migration, restored by `down`. */
const FILE_READ_BEFORE = `${OWN_TENANT} OR ${parentVisible('finding_evidence', 'evidence_file.sha256', 'sha256')}`;

/**
 * Proof of rectification and structured verification (核查销号): a rectification report cites stored files
 * (`report_evidence`, per finding or for the whole handoff); a verification records its method and verifiers
 * and a result per finding (`verification_result`), a yes/no verification being one with neither. Both new
 * tables live with their handoff, are written once and audited; a file is also seen by whoever sees a report
 * citing it.
 */
export class ReportEvidenceAndVerification1796600000000 implements MigrationInterface {
  name = 'ReportEvidenceAndVerification1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_evidence" ("handoff_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "sha256" text NOT NULL, "finding_id" uuid, "position" integer NOT NULL, CONSTRAINT "report_evidence_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "report_evidence_report_id_idx" ON "report_evidence" ("report_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "report_evidence_handoff_id_idx" ON "report_evidence" ("handoff_id") `,
    );
    await queryRunner.query(`CREATE INDEX "report_evidence_sha256_idx" ON "report_evidence" ("sha256") `);
    await queryRunner.query(`ALTER TABLE "verification" ADD "method" text`);
    await queryRunner.query(`ALTER TABLE "verification" ADD "verifiers" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "verification" ALTER COLUMN "verifiers" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE TABLE "verification_result" ("handoff_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "verification_id" uuid NOT NULL, "finding_id" uuid NOT NULL, "result" text NOT NULL, "opinion" text, "position" integer NOT NULL, CONSTRAINT "verification_result_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "verification_result_verification_id_idx" ON "verification_result" ("verification_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "verification_result_handoff_id_idx" ON "verification_result" ("handoff_id") `,
    );
    for (const [table, column, target, onDelete] of [
      ['report_evidence', 'handoff_id', 'handoff', 'CASCADE'],
      ['report_evidence', 'report_id', 'rectification_report', 'CASCADE'],
      ['report_evidence', 'sha256', 'evidence_file', 'RESTRICT'],
      ['report_evidence', 'finding_id', 'finding', 'RESTRICT'],
      ['verification_result', 'handoff_id', 'handoff', 'CASCADE'],
      ['verification_result', 'verification_id', 'verification', 'CASCADE'],
      ['verification_result', 'finding_id', 'finding', 'RESTRICT'],
    ] as const) {
      const key = target === 'evidence_file' ? 'sha256' : 'id';
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${target}"("${key}") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
    for (const table of ['report_evidence', 'verification_result']) {
      for (const statement of wallStatements(table, HANDOFF_PART)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
    await queryRunner.query(
      `ALTER POLICY "evidence_file_read" ON "evidence_file" USING (${FILE_READ_BEFORE} OR ${parentVisible('report_evidence', 'evidence_file.sha256', 'sha256')})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER POLICY "evidence_file_read" ON "evidence_file" USING (${FILE_READ_BEFORE})`,
    );
    for (const table of ['verification_result', 'report_evidence']) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
    }
    await queryRunner.query(`DROP TABLE "verification_result"`);
    await queryRunner.query(`ALTER TABLE "verification" DROP COLUMN "verifiers"`);
    await queryRunner.query(`ALTER TABLE "verification" DROP COLUMN "method"`);
    await queryRunner.query(`DROP TABLE "report_evidence"`);
  }
}
