import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

const TABLES = ['expert', 'expert_conflict', 'expert_assignment', 'expert_opinion'] as const;

/**
 * The expert pool (专家库) of each tier: its experts, their declared conflicts, their assignments to
 * activities and the opinions they hand in as stored files. All behind the tenant wall (a tier and the
 * tiers above, never sideways) and audited; nothing is deleted (conflicts are withdrawn, opinions superseded).
 */
export class Experts1796700300000 implements MigrationInterface {
  name = 'Experts1796700300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "expert" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "fields" text array NOT NULL, "organisation" text NOT NULL, "department_id" uuid, "title" text, "term_starts_on" date NOT NULL, "term_ends_on" date NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_pkey" PRIMARY KEY ("id"), CONSTRAINT "expert_term_chk" CHECK ("term_ends_on" >= "term_starts_on"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "expert_tenant_id_status_idx" ON "expert" ("tenant_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_conflict" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "kind" text NOT NULL, "department_id" uuid, "activity_id" uuid, "project_id" uuid, "note" text, "declared_on" date NOT NULL, "withdrawn_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_conflict_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "expert_conflict_expert_id_idx" ON "expert_conflict" ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_assignment" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "subject_department_ids" uuid array NOT NULL, "invited_by" uuid NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_assignment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "expert_assignment_activity_id_expert_id_key" ON "expert_assignment" ("activity_id", "expert_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "expert_assignment_expert_id_idx" ON "expert_assignment" ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_opinion" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "version" integer NOT NULL, "sha256" text NOT NULL, "summary" text NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_opinion_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "expert_opinion_assignment_id_version_key" ON "expert_opinion" ("assignment_id", "version") `,
    );
    await queryRunner.query(`CREATE INDEX "expert_opinion_sha256_idx" ON "expert_opinion" ("sha256") `);
    for (const [table, key, target] of [
      ['expert', 'tenant_id', 'tenant'],
      ['expert', 'department_id', 'department'],
      ['expert_conflict', 'tenant_id', 'tenant'],
      ['expert_conflict', 'expert_id', 'expert'],
      ['expert_conflict', 'department_id', 'department'],
      ['expert_conflict', 'activity_id', 'activity'],
      ['expert_assignment', 'tenant_id', 'tenant'],
      ['expert_assignment', 'expert_id', 'expert'],
      ['expert_assignment', 'activity_id', 'activity'],
      ['expert_opinion', 'tenant_id', 'tenant'],
      ['expert_opinion', 'assignment_id', 'expert_assignment'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${key}_fkey" FOREIGN KEY ("${key}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "expert_opinion" ADD CONSTRAINT "expert_opinion_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "evidence_file"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) {
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
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
