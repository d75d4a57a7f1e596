import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/** The kind of each existing unit, from the codes and names the demo and earlier installs gave them. */
const KIND_OF_EXISTING = `
  UPDATE "department" d SET "kind" = CASE
    WHEN d.code = 'gov' AND d.name LIKE '%街道办事处%' THEN 'SUBDISTRICT_OFFICE'
    WHEN d.code = 'gov' AND t.level = 'TOWNSHIP' THEN 'TOWNSHIP_GOVERNMENT'
    WHEN d.code = 'gov' THEN 'PEOPLES_GOVERNMENT'
    WHEN d.code = 'court' THEN 'PEOPLES_COURT'
    WHEN d.code = 'procuratorate' THEN 'PEOPLES_PROCURATORATE'
    WHEN d.name LIKE '%监察委员会%' THEN 'SUPERVISORY_COMMISSION'
    ELSE 'GOVERNMENT_DEPARTMENT'
  END
  FROM "tenant" t WHERE t.id = d.tenant_id`;

/**
 * The office's organisation: responsible units get a kind and can be retired; committees and working bodies
 * (the 统筹办 among them) become rows that accounts belong to and that lead joint projects and plan items;
 * an account can be made to change an issued password. Committees are read by their own subtree and, by
 * name, from below (a county sees which city committee leads a project); only their own subtree writes them.
 */
export class Organisation1796457078227 implements MigrationInterface {
  name = 'Organisation1796457078227';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "committee" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "coordinates" boolean NOT NULL DEFAULT false, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "committee_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "committee_tenant_id_code_key" ON "committee" ("tenant_id", "code") `,
    );
    await queryRunner.query(`ALTER TABLE "department" ADD "kind" text`);
    await queryRunner.query(KIND_OF_EXISTING);
    await queryRunner.query(`ALTER TABLE "department" ALTER COLUMN "kind" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "department" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "account" ADD "committee_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD "must_change_password" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "joint_project" ADD "lead_committee_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "lead_committee_id" uuid`);
    await queryRunner.query(`CREATE INDEX "account_committee_id_idx" ON "account" ("committee_id") `);
    await queryRunner.query(
      `CREATE INDEX "joint_project_lead_committee_id_idx" ON "joint_project" ("lead_committee_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_item_lead_committee_id_idx" ON "plan_item" ("lead_committee_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "committee" ADD CONSTRAINT "committee_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_lead_committee_id_fkey" FOREIGN KEY ("lead_committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_lead_committee_id_fkey" FOREIGN KEY ("lead_committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const statement of wallStatements('committee', {
      read: `${OWN_PATH} OR tenant_path @> liandong_scope()`,
      write: OWN_PATH,
      grant: 'SELECT, INSERT, UPDATE',
    })) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`
      CREATE TRIGGER "committee_audit" AFTER INSERT OR UPDATE OR DELETE ON "committee"
      FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "committee_audit" ON "committee"`);
    for (const statement of unwallStatements('committee')) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_lead_committee_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "joint_project" DROP CONSTRAINT "joint_project_lead_committee_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_committee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "committee" DROP CONSTRAINT "committee_tenant_id_fkey"`);
    await queryRunner.query(`DROP INDEX "plan_item_lead_committee_id_idx"`);
    await queryRunner.query(`DROP INDEX "joint_project_lead_committee_id_idx"`);
    await queryRunner.query(`DROP INDEX "account_committee_id_idx"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP COLUMN "lead_committee_id"`);
    await queryRunner.query(`ALTER TABLE "joint_project" DROP COLUMN "lead_committee_id"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "committee_id"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP INDEX "committee_tenant_id_code_key"`);
    await queryRunner.query(`DROP TABLE "committee"`);
  }
}
