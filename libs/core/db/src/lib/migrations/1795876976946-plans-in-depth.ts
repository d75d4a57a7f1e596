import { MigrationInterface, QueryRunner } from 'typeorm';

/** Annual plans, local plans and their reviews, milestones, and the version a finding was made under. */
export class PlansInDepth1795876976946 implements MigrationInterface {
  name = 'PlansInDepth1795876976946';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "annual_plan" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "created_by" uuid NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE, "adopted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "annual_plan_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "annual_plan_tenant_id_year_idx" ON "annual_plan" ("tenant_id", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "sort_order" integer NOT NULL, "title" text NOT NULL, "is_key" boolean NOT NULL, "is_joint" boolean NOT NULL, "joint_project_id" uuid, CONSTRAINT "plan_item_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "plan_item_joint_project_id_key" ON "plan_item" ("joint_project_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_item_plan_id_sort_order_idx" ON "plan_item" ("plan_id", "sort_order") `,
    );
    await queryRunner.query(
      `CREATE TABLE "local_plan" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "status" text NOT NULL, "based_on_version" integer NOT NULL, "content" jsonb NOT NULL, "issues" jsonb NOT NULL, "review_reason" text, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "local_plan_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "local_plan_assignment_id_key" ON "local_plan" ("assignment_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "local_plan_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_plan_id" uuid NOT NULL, "accepted" boolean NOT NULL, "reason" text, "by_user_id" uuid NOT NULL, "by_tenant_id" uuid NOT NULL, "snapshot" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "local_plan_decision_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "local_plan_decision_local_plan_id_idx" ON "local_plan_decision" ("local_plan_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "name" text NOT NULL, "note" text, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assignment_milestone_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_milestone_assignment_id_name_key" ON "assignment_milestone" ("assignment_id", "name") `,
    );
    await queryRunner.query(`ALTER TABLE "finding" ADD "project_version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `CREATE INDEX "annual_plan_tenant_path_gist_idx" ON "annual_plan" USING GIST ("tenant_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "local_plan_tenant_path_gist_idx" ON "local_plan" USING GIST ("tenant_path")`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_plan" ADD CONSTRAINT "annual_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_joint_project_id_fkey" FOREIGN KEY ("joint_project_id") REFERENCES "joint_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_plan" ADD CONSTRAINT "local_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_plan" ADD CONSTRAINT "local_plan_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_plan_decision" ADD CONSTRAINT "local_plan_decision_local_plan_id_fkey" FOREIGN KEY ("local_plan_id") REFERENCES "local_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_milestone" ADD CONSTRAINT "assignment_milestone_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "local_plan_tenant_path_gist_idx"`);
    await queryRunner.query(`DROP INDEX "annual_plan_tenant_path_gist_idx"`);
    await queryRunner.query(
      `ALTER TABLE "assignment_milestone" DROP CONSTRAINT "assignment_milestone_assignment_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_plan_decision" DROP CONSTRAINT "local_plan_decision_local_plan_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "local_plan" DROP CONSTRAINT "local_plan_assignment_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "local_plan" DROP CONSTRAINT "local_plan_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_joint_project_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP CONSTRAINT "annual_plan_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "project_version"`);
    await queryRunner.query(`DROP INDEX "assignment_milestone_assignment_id_name_key"`);
    await queryRunner.query(`DROP TABLE "assignment_milestone"`);
    await queryRunner.query(`DROP INDEX "local_plan_decision_local_plan_id_idx"`);
    await queryRunner.query(`DROP TABLE "local_plan_decision"`);
    await queryRunner.query(`DROP INDEX "local_plan_assignment_id_key"`);
    await queryRunner.query(`DROP TABLE "local_plan"`);
    await queryRunner.query(`DROP INDEX "plan_item_plan_id_sort_order_idx"`);
    await queryRunner.query(`DROP INDEX "plan_item_joint_project_id_key"`);
    await queryRunner.query(`DROP TABLE "plan_item"`);
    await queryRunner.query(`DROP INDEX "annual_plan_tenant_id_year_idx"`);
    await queryRunner.query(`DROP TABLE "annual_plan"`);
  }
}
