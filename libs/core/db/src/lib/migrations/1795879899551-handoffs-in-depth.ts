import { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions, transfers, evaluations, look-backs, calendar overrides and per-tenant escalation ladders. */
export class HandoffsInDepth1795879899551 implements MigrationInterface {
  name = 'HandoffsInDepth1795879899551';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "extension_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "status" text NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "extension_request_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "extension_request_handoff_id_idx" ON "extension_request" ("handoff_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "transfer_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "from_department_id" uuid NOT NULL, "reason" text NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "to_department_id" uuid, "reassigned_by" uuid, "reassigned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "transfer_request_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "transfer_request_handoff_id_idx" ON "transfer_request" ("handoff_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "scheme" text NOT NULL, "eligible" integer NOT NULL, "satisfied" integer NOT NULL DEFAULT '0', "basically_satisfied" integer NOT NULL DEFAULT '0', "unsatisfied" integer NOT NULL DEFAULT '0', "average_score" double precision, "result" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "voted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "evaluation_handoff_id_idx" ON "evaluation" ("handoff_id") `);
    await queryRunner.query(
      `CREATE TABLE "look_back" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoff_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "relapsed" boolean, "note" text, "done_by" uuid, CONSTRAINT "look_back_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "look_back_handoff_id_idx" ON "look_back" ("handoff_id") `);
    await queryRunner.query(`CREATE INDEX "look_back_due_at_idx" ON "look_back" ("due_at") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_override" ("day" date NOT NULL, "working" boolean NOT NULL, "note" text NOT NULL, CONSTRAINT "calendar_override_pkey" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "escalation_ladder" ("tenant_id" uuid NOT NULL, "level2_after_days" integer NOT NULL, "level3_after_days" integer NOT NULL, CONSTRAINT "escalation_ladder_pkey" PRIMARY KEY ("tenant_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "transfer_request" ADD CONSTRAINT "transfer_request_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "look_back" ADD CONSTRAINT "look_back_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "look_back" DROP CONSTRAINT "look_back_handoff_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "evaluation_handoff_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "transfer_request" DROP CONSTRAINT "transfer_request_handoff_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_request" DROP CONSTRAINT "extension_request_handoff_id_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "escalation_ladder"`);
    await queryRunner.query(`DROP TABLE "calendar_override"`);
    await queryRunner.query(`DROP INDEX "look_back_due_at_idx"`);
    await queryRunner.query(`DROP INDEX "look_back_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "look_back"`);
    await queryRunner.query(`DROP INDEX "evaluation_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP INDEX "transfer_request_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "transfer_request"`);
    await queryRunner.query(`DROP INDEX "extension_request_handoff_id_idx"`);
    await queryRunner.query(`DROP TABLE "extension_request"`);
  }
}
