import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/**
 * The actual values each tier enters against a joint project's unified indicators (统一效果), with source and
 * day. A tier reads its subtree's values and writes its own; nothing is changed or deleted (a correction is a
 * newer value), so the application gets no UPDATE or DELETE, and every row is audited.
 */
export class IndicatorValues1796600200000 implements MigrationInterface {
  name = 'IndicatorValues1796600200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator_value" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "code" text NOT NULL, "value" double precision NOT NULL, "source" text NOT NULL, "measured_on" date NOT NULL, "milestone" text, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "indicator_value_project_code_idx" ON "indicator_value" ("project_id", "code", "tenant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "indicator_value_tenant_path_gist_idx" ON "indicator_value" USING GIST ("tenant_path")`,
    );
    for (const [column, target] of [
      ['tenant_id', 'tenant'],
      ['project_id', 'joint_project'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const statement of wallStatements('indicator_value', {
      read: OWN_PATH,
      write: 'tenant_path = liandong_scope()',
      grant: 'SELECT, INSERT',
    })) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`
      CREATE TRIGGER "indicator_value_audit" AFTER INSERT OR UPDATE OR DELETE ON "indicator_value"
      FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "indicator_value_audit" ON "indicator_value"`);
    for (const statement of unwallStatements('indicator_value')) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`DROP TABLE "indicator_value"`);
  }
}
