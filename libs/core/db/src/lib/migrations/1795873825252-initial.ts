import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795873825252 implements MigrationInterface {
  name = 'Initial1795873825252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tenant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "parent_id" uuid, "path" ltree NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tenant_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "tenant_code_key" ON "tenant" ("code") `);
    await queryRunner.query(`CREATE INDEX "tenant_parent_id_idx" ON "tenant" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "department_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "department_tenant_id_code_key" ON "department" ("tenant_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "roles" text array NOT NULL, "department_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "account_username_key" ON "account" ("username") `);
    await queryRunner.query(`CREATE INDEX "account_tenant_id_idx" ON "account" ("tenant_id") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_method" ("code" text NOT NULL, "name" text NOT NULL, "sort_order" integer NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "supervision_method_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "joint_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "is_key" boolean NOT NULL, "version" integer NOT NULL, "unifications" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "joint_project_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "joint_project_tenant_id_idx" ON "joint_project" ("tenant_id") `);
    await queryRunner.query(
      `CREATE TABLE "joint_project_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "version" integer NOT NULL, "unifications" jsonb NOT NULL, "note" text, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "joint_project_version_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "joint_project_version_project_id_version_key" ON "joint_project_version" ("project_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "status" text NOT NULL, "published_by_tenant_id" uuid NOT NULL, "parent_assignment_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_version" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assignment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "assignment_tenant_id_idx" ON "assignment" ("tenant_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_project_id_tenant_id_key" ON "assignment" ("project_id", "tenant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "handoff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "department_id" uuid NOT NULL, "letter_no" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "escalation_level" integer NOT NULL DEFAULT '0', "issued_by" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "signed_at" TIMESTAMP WITH TIME ZONE, "replied_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "handoff_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "handoff_project_id_idx" ON "handoff" ("project_id") `);
    await queryRunner.query(`CREATE INDEX "handoff_tenant_id_idx" ON "handoff" ("tenant_id") `);
    await queryRunner.query(`CREATE INDEX "handoff_department_id_idx" ON "handoff" ("department_id") `);
    await queryRunner.query(
      `CREATE INDEX "handoff_status_deadline_idx" ON "handoff" ("status", "deadline") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rectification_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "measures" text NOT NULL, "percent_done" integer NOT NULL, "final" boolean NOT NULL, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rectification_report_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rectification_report_handoff_id_idx" ON "rectification_report" ("handoff_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "verification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "passed" boolean NOT NULL, "opinion" text, "by_user_id" uuid NOT NULL, "by_tenant_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verification_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "verification_handoff_id_idx" ON "verification" ("handoff_id") `);
    await queryRunner.query(
      `CREATE TABLE "escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "level" integer NOT NULL, "name" text NOT NULL, "tenant_id" uuid NOT NULL, "reason" text NOT NULL, "automatic" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "escalation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "escalation_handoff_id_level_key" ON "escalation" ("handoff_id", "level") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "department_id" uuid, "kind" text NOT NULL, "message" text NOT NULL, "handoff_id" uuid, "dedupe_key" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_dedupe_key_key" ON "notification" ("dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_idx" ON "notification" ("tenant_id", "department_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "method_code" text NOT NULL, "checklist_code" text, "category" text NOT NULL, "severity" text NOT NULL, "location" text, "status" text NOT NULL, "department_id" uuid, "handoff_id" uuid, "reported_by" uuid NOT NULL, "reported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "finding_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "finding_assignment_id_idx" ON "finding" ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "finding_tenant_id_idx" ON "finding" ("tenant_id") `);
    await queryRunner.query(`CREATE INDEX "finding_department_id_idx" ON "finding" ("department_id") `);
    await queryRunner.query(`CREATE INDEX "finding_handoff_id_idx" ON "finding" ("handoff_id") `);
    await queryRunner.query(`CREATE INDEX "finding_reported_at_id_idx" ON "finding" ("reported_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "finding_project_id_status_idx" ON "finding" ("project_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "accepted" boolean NOT NULL, "reason" text, "by_user_id" uuid NOT NULL, "by_tenant_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "finding_review_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "finding_review_finding_id_idx" ON "finding_review" ("finding_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "finding_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "finding_submission_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "finding_submission_tenant_id_idempotency_key_key" ON "finding_submission" ("tenant_id", "idempotency_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "queue" text NOT NULL, "name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_job_id_key" ON "outbox" ("job_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON "outbox" ("id") WHERE relayed_at IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "tenant" ADD CONSTRAINT "tenant_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "department" ADD CONSTRAINT "department_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_project_version" ADD CONSTRAINT "joint_project_version_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "assignment_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "assignment_parent_assignment_id_fkey" FOREIGN KEY ("parent_assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handoff" ADD CONSTRAINT "handoff_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handoff" ADD CONSTRAINT "handoff_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handoff" ADD CONSTRAINT "handoff_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification_report" ADD CONSTRAINT "rectification_report_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification" ADD CONSTRAINT "verification_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "escalation_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_review" ADD CONSTRAINT "finding_review_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "finding_review" DROP CONSTRAINT "finding_review_finding_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_department_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_assignment_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_project_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "escalation_handoff_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "verification" DROP CONSTRAINT "verification_handoff_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "rectification_report" DROP CONSTRAINT "rectification_report_handoff_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "handoff" DROP CONSTRAINT "handoff_department_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "handoff" DROP CONSTRAINT "handoff_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "handoff" DROP CONSTRAINT "handoff_project_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "assignment" DROP CONSTRAINT "assignment_parent_assignment_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "assignment_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "assignment_project_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "joint_project_version" DROP CONSTRAINT "joint_project_version_project_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "joint_project" DROP CONSTRAINT "joint_project_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_department_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "department_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "tenant" DROP CONSTRAINT "tenant_parent_id_fkey"`);
    await queryRunner.query(`DROP INDEX "outbox_pending_idx"`);
    await queryRunner.query(`DROP INDEX "outbox_job_id_key"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "finding_submission_tenant_id_idempotency_key_key"`);
    await queryRunner.query(`DROP TABLE "finding_submission"`);
    await queryRunner.query(`DROP INDEX "finding_review_finding_id_idx"`);
    await queryRunner.query(`DROP TABLE "finding_review"`);
    await queryRunner.query(`DROP INDEX "finding_project_id_status_idx"`);
    await queryRunner.query(`DROP INDEX "finding_reported_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "finding_handoff_id_idx"`);
    await queryRunner.query(`DROP INDEX "finding_department_id_idx"`);
    await queryRunner.query(`DROP INDEX "finding_tenant_id_idx"`);
    await queryRunner.query(`DROP INDEX "finding_assignment_id_idx"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP INDEX "notification_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "notification_dedupe_key_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "escalation_handoff_id_level_key"`);
    await queryRunner.query(`DROP TABLE "escalation"`);
    await queryRunner.query(`DROP INDEX "verification_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "verification"`);
    await queryRunner.query(`DROP INDEX "rectification_report_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "rectification_report"`);
    await queryRunner.query(`DROP INDEX "handoff_status_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "handoff_department_id_idx"`);
    await queryRunner.query(`DROP INDEX "handoff_tenant_id_idx"`);
    await queryRunner.query(`DROP INDEX "handoff_project_id_idx"`);
    await queryRunner.query(`DROP TABLE "handoff"`);
    await queryRunner.query(`DROP INDEX "assignment_project_id_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "assignment_tenant_id_idx"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "joint_project_version_project_id_version_key"`);
    await queryRunner.query(`DROP TABLE "joint_project_version"`);
    await queryRunner.query(`DROP INDEX "joint_project_tenant_id_idx"`);
    await queryRunner.query(`DROP TABLE "joint_project"`);
    await queryRunner.query(`DROP TABLE "supervision_method"`);
    await queryRunner.query(`DROP INDEX "account_tenant_id_idx"`);
    await queryRunner.query(`DROP INDEX "account_username_key"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "department_tenant_id_code_key"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "tenant_parent_id_idx"`);
    await queryRunner.query(`DROP INDEX "tenant_code_key"`);
    await queryRunner.query(`DROP TABLE "tenant"`);
  }
}
