import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/**
 * The deputy rosters (代表名册) and who was named for which activity, verification or appraisal. A roster is
 * read down the tree (the subtree wall), never sideways; only the owning tier writes it (the service checks
 * the tenant; the wall keeps every write inside the caller's subtree). Audited; nothing is deleted.
 */
export class Deputies1796700200000 implements MigrationInterface {
  name = 'Deputies1796700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deputy" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "level" text NOT NULL, "constituency" text NOT NULL, "term" text NOT NULL, "term_starts_on" date NOT NULL, "term_ends_on" date NOT NULL, "workplace" text NOT NULL, "status" text NOT NULL, "left_reason" text, "left_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deputy_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "deputy_tenant_id_name_level_term_key" ON "deputy" ("tenant_id", "name", "level", "term") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deputy_participation" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deputy_id" uuid NOT NULL, "target_kind" text NOT NULL, "target_id" uuid NOT NULL, "status" text NOT NULL, "role" text, "note" text, "invited_by" uuid NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deputy_participation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "deputy_participation_deputy_id_idx" ON "deputy_participation" ("deputy_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "deputy_participation_target_deputy_key" ON "deputy_participation" ("target_kind", "target_id", "deputy_id") `,
    );
    for (const [table, key, target] of [
      ['deputy', 'tenant_id', 'tenant'],
      ['deputy_participation', 'tenant_id', 'tenant'],
      ['deputy_participation', 'deputy_id', 'deputy'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${key}_fkey" FOREIGN KEY ("${key}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const table of ['deputy', 'deputy_participation']) {
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
    for (const table of ['deputy_participation', 'deputy']) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
