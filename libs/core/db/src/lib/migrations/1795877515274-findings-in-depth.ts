import { MigrationInterface, QueryRunner } from 'typeorm';

/** Activities, evidence files, merged duplicates, recurrences; trigram search for similar findings. */
export class FindingsInDepth1795877515274 implements MigrationInterface {
  name = 'FindingsInDepth1795877515274';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "project_id" uuid NOT NULL, "method_code" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "location" text NOT NULL, "summary" text NOT NULL, "participants" jsonb NOT NULL, "covert" boolean NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "activity_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "activity_assignment_id_idx" ON "activity" ("assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "evidence_file" ("sha256" text NOT NULL, "name" text NOT NULL, "mime" text NOT NULL, "size" bigint NOT NULL, "tenant_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_file_pkey" PRIMARY KEY ("sha256"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "finding_evidence" ("finding_id" uuid NOT NULL, "sha256" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "finding_evidence_pkey" PRIMARY KEY ("finding_id", "sha256"))`,
    );
    await queryRunner.query(`CREATE INDEX "finding_evidence_sha256_idx" ON "finding_evidence" ("sha256") `);
    await queryRunner.query(`ALTER TABLE "finding" ADD "activity_id" uuid`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "covert" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "canonical_id" uuid`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "recurrence" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "finding" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`CREATE INDEX "finding_activity_id_idx" ON "finding" ("activity_id") `);
    await queryRunner.query(`CREATE INDEX "finding_canonical_id_idx" ON "finding" ("canonical_id") `);
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "activity_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "activity_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "finding_canonical_id_fkey" FOREIGN KEY ("canonical_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "evidence_file"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_tenant_path_gist_idx" ON "activity" USING GIST ("tenant_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "finding_text_trgm_idx" ON "finding" USING GIN ((title || ' ' || description) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "finding_text_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "activity_tenant_path_gist_idx"`);
    await queryRunner.query(`ALTER TABLE "finding_evidence" DROP CONSTRAINT "finding_evidence_sha256_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "finding_evidence" DROP CONSTRAINT "finding_evidence_finding_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_canonical_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "finding_activity_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "activity_assignment_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "activity_tenant_id_fkey"`);
    await queryRunner.query(`DROP INDEX "finding_canonical_id_idx"`);
    await queryRunner.query(`DROP INDEX "finding_activity_id_idx"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "recurrence"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "canonical_id"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "covert"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "activity_id"`);
    await queryRunner.query(`DROP INDEX "finding_evidence_sha256_idx"`);
    await queryRunner.query(`DROP TABLE "finding_evidence"`);
    await queryRunner.query(`DROP TABLE "evidence_file"`);
    await queryRunner.query(`DROP INDEX "activity_assignment_id_idx"`);
    await queryRunner.query(`DROP TABLE "activity"`);
  }
}
