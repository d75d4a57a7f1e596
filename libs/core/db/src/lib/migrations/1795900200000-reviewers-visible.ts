import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWN_PATH } from '../tenant-wall';

const ACCOUNT_SIGN_IN = `id::text = liandong_setting('account_id') OR username = liandong_setting('login')
      OR EXISTS (SELECT 1 FROM auth_session s WHERE s.account_id = account.id
        AND s.refresh_token_hash = liandong_setting('refresh_token_hash'))`;

/**
 * A finding's review history names who decided (ReviewDecision.by), and the reviewer sits a tier above the
 * reporting tenant, outside its subtree: a township could not read its own reviewed finding. An account is
 * now also readable by whoever can read a review it made (the review is itself walled by its finding).
 */
export class ReviewersVisible1795900200000 implements MigrationInterface {
  name = 'ReviewersVisible1795900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "finding_review_by_user_id_idx" ON "finding_review" ("by_user_id")`,
    );
    await queryRunner.query(`ALTER POLICY "account_read" ON "account" TO ${APP_ROLE} USING (${OWN_PATH} OR ${ACCOUNT_SIGN_IN}
      OR EXISTS (SELECT 1 FROM finding_review r WHERE r.by_user_id = account.id))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER POLICY "account_read" ON "account" TO ${APP_ROLE} USING (${OWN_PATH} OR ${ACCOUNT_SIGN_IN})`,
    );
    await queryRunner.query(`DROP INDEX "finding_review_by_user_id_idx"`);
  }
}
