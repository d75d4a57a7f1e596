import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/**
 * Documents the platform writes (交办函, 督办函, 成果报告), stored like evidence by their SHA-256, and to whom a
 * result report was sent with the feedback. Nothing is deleted: the tables grant no DELETE and are audited.
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
    // A document and its deliveries are read by the tier that wrote it and those above it, like its other
    // work; the unit a letter is addressed to reads it too, by the file route's own check.
    const walls = {
      generated_document: { read: OWN_PATH, write: OWN_PATH, grant: 'SELECT, INSERT' },
      report_delivery: { read: OWN_PATH, write: OWN_PATH, grant: 'SELECT, INSERT, UPDATE' },
    };
    for (const [table, rule] of Object.entries(walls)) {
      for (const statement of wallStatements(table, rule)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
