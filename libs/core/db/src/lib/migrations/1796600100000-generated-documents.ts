import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  OWN_PATH,
  OWN_TENANT,
  parentVisible,
  unwallStatements,
  wallStatements,
} from '../tenant-wall';

/** The evidence file rule as the row-level security migration left it. */
const EVIDENCE_FILE_READ = `${OWN_TENANT} OR ${parentVisible('finding_evidence', 'evidence_file.sha256', 'sha256')}`;

/**
 * Documents the platform writes (交办函, 督办函, 成果报告), stored like evidence by their SHA-256, and to whom a
 * result report was sent with the feedback. A document is seen by whoever sees its handoff or project, and so is
 * its file. Nothing is deleted: the tables grant no DELETE and are audited.
 */
export class GeneratedDocuments1796600100000 implements MigrationInterface {
  name = 'GeneratedDocuments1796600100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "generated_document" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "handoff_id" uuid, "escalation_id" uuid, "project_id" uuid, "scope_tenant_id" uuid, "number" text NOT NULL, "version" integer NOT NULL, "sha256" text NOT NULL, "generated_by" uuid NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "generated_document_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "generated_document_handoff_id_idx" ON "generated_document" ("handoff_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "generated_document_project_id_idx" ON "generated_document" ("project_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "generated_document_sha256_idx" ON "generated_document" ("sha256") `,
    );
    await queryRunner.query(
      `CREATE INDEX "generated_document_tenant_path_gist_idx" ON "generated_document" USING GIST ("tenant_path")`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_delivery" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "recipient" text NOT NULL, "recipient_kind" text NOT NULL, "delivered_on" date NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "feedback" text, "feedback_on" date, "feedback_by" uuid, CONSTRAINT "report_delivery_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "report_delivery_document_id_idx" ON "report_delivery" ("document_id") `,
    );
    for (const [table, column, target, key] of [
      ['generated_document', 'tenant_id', 'tenant', 'id'],
      ['generated_document', 'handoff_id', 'handoff', 'id'],
      ['generated_document', 'escalation_id', 'escalation', 'id'],
      ['generated_document', 'project_id', 'joint_project', 'id'],
      ['generated_document', 'scope_tenant_id', 'tenant', 'id'],
      ['generated_document', 'sha256', 'evidence_file', 'sha256'],
      ['report_delivery', 'tenant_id', 'tenant', 'id'],
      ['report_delivery', 'document_id', 'generated_document', 'id'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${target}"("${key}") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    const walls = {
      // Written by the tier that generated it; read with its handoff or project (their own policies decide).
      generated_document: {
        read: `${OWN_PATH} OR (handoff_id IS NOT NULL AND ${parentVisible('handoff', 'generated_document.handoff_id')})
          OR (project_id IS NOT NULL AND ${parentVisible('joint_project', 'generated_document.project_id')})`,
        write: OWN_PATH,
        grant: 'SELECT, INSERT',
      },
      report_delivery: {
        read: `${OWN_PATH} OR ${parentVisible('generated_document', 'report_delivery.document_id')}`,
        write: OWN_PATH,
        grant: 'SELECT, INSERT, UPDATE',
      },
    };
    for (const [table, rule] of Object.entries(walls)) {
      for (const statement of wallStatements(table, rule)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
    // A generated document's file is read by whoever reads the document.
    await queryRunner.query(`DROP POLICY "evidence_file_read" ON "evidence_file"`);
    await queryRunner.query(
      `CREATE POLICY "evidence_file_read" ON "evidence_file" FOR SELECT TO ${APP_ROLE} USING (${EVIDENCE_FILE_READ} OR ${parentVisible('generated_document', 'evidence_file.sha256', 'sha256')})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "evidence_file_read" ON "evidence_file"`);
    await queryRunner.query(
      `CREATE POLICY "evidence_file_read" ON "evidence_file" FOR SELECT TO ${APP_ROLE} USING (${EVIDENCE_FILE_READ})`,
    );
    for (const table of ['report_delivery', 'generated_document']) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
    }
    await queryRunner.query(`DROP TABLE "report_delivery"`);
    await queryRunner.query(`DROP TABLE "generated_document"`);
  }
}
