import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in sessions: short-lived access tokens name one; refresh tokens (stored as SHA-256) renew it. */
export class AuthSessions1795890000000 implements MigrationInterface {
  name = 'AuthSessions1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "family_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "auth_session_refresh_token_hash_key" ON "auth_session" ("refresh_token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "auth_session_account_id_idx" ON "auth_session" ("account_id") `);
    await queryRunner.query(`CREATE INDEX "auth_session_family_id_idx" ON "auth_session" ("family_id") `);
    await queryRunner.query(`CREATE INDEX "auth_session_tenant_id_idx" ON "auth_session" ("tenant_id") `);
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "auth_session_tenant_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "auth_session_account_id_fkey"`);
    await queryRunner.query(`DROP INDEX "auth_session_tenant_id_idx"`);
    await queryRunner.query(`DROP INDEX "auth_session_family_id_idx"`);
    await queryRunner.query(`DROP INDEX "auth_session_account_id_idx"`);
    await queryRunner.query(`DROP INDEX "auth_session_refresh_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
  }
}
