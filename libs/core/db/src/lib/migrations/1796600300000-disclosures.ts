import { MigrationInterface, QueryRunner } from 'typeorm';
import { OWN_PATH, unwallStatements, wallStatements } from '../tenant-wall';

/**
 * Public disclosure (公开): items a tenant proposes, redacts, approves and publishes, behind the tenant wall
 * and audited. Nothing is deleted (no DELETE granted). The public reads only through
 * `liandong_public_disclosures`, which runs as the owner past the policies and returns the public columns of
 * PUBLISHED rows and nothing else: never a draft, a proposer or a subject.
 */
export class Disclosures1796600300000 implements MigrationInterface {
  name = 'Disclosures1796600300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "disclosure" ("tenant_id" uuid NOT NULL, "tenant_path" ltree NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" text NOT NULL, "subject_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "draft" text NOT NULL, "status" text NOT NULL, "channel" text NOT NULL, "url" text, "published_on" date, "proposed_by" uuid NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "reason" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "disclosure_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_tenant_id_status_idx" ON "disclosure" ("tenant_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_subject_idx" ON "disclosure" ("subject_kind", "subject_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_tenant_path_gist_idx" ON "disclosure" USING gist ("tenant_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_published_idx" ON "disclosure" ("published_on" DESC, "id") WHERE "status" = 'PUBLISHED'`,
    );
    for (const statement of wallStatements('disclosure', {
      read: OWN_PATH,
      write: OWN_PATH,
      grant: 'SELECT, INSERT, UPDATE',
    })) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`
      CREATE TRIGGER "disclosure_audit" AFTER INSERT OR UPDATE OR DELETE ON "disclosure"
      FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('id')`);
    // Keyset paging over (published_on DESC, id DESC); a tenant filter covers its subtree.
    await queryRunner.query(`
      CREATE FUNCTION liandong_public_disclosures(
        of_year integer, of_tenant uuid, after_on date, after_id uuid, page_size integer)
      RETURNS TABLE (id uuid, title text, body text, channel text, url text, published_on date,
                     tenant_name text, tenant_code text, tenant_level text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT d.id, d.title, d.body, d.channel, d.url, d.published_on, t.name, t.code, t.level
          FROM disclosure d JOIN tenant t ON t.id = d.tenant_id
         WHERE d.status = 'PUBLISHED' AND d.published_on IS NOT NULL
           AND (of_year IS NULL OR date_part('year', d.published_on) = of_year)
           AND (of_tenant IS NULL
                OR d.tenant_path <@ (SELECT s.path FROM tenant s WHERE s.id = of_tenant))
           AND (after_on IS NULL OR (d.published_on, d.id) < (after_on, after_id))
         ORDER BY d.published_on DESC, d.id DESC
         LIMIT least(greatest(page_size, 0), 100) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION liandong_public_disclosures(integer, uuid, date, uuid, integer)`);
    await queryRunner.query(`DROP TRIGGER "disclosure_audit" ON "disclosure"`);
    for (const statement of unwallStatements('disclosure')) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`DROP TABLE "disclosure"`);
  }
}
