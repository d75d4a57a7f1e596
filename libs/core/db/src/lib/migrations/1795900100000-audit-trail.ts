import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenant-wall';

/** Every table whose rows are work somebody did; each insert, update and delete leaves an audit row. */
const AUDITED_TABLES = [
  'department',
  'account',
  'auth_session',
  'supervision_method',
  'calendar_override',
  'annual_plan',
  'plan_item',
  'joint_project',
  'joint_project_version',
  'assignment',
  'assignment_milestone',
  'local_plan',
  'local_plan_decision',
  'activity',
  'finding',
  'finding_review',
  'finding_evidence',
  'finding_submission',
  'evidence_file',
  'handoff',
  'handoff_milestone',
  'rectification_report',
  'verification',
  'extension_request',
  'transfer_request',
  'evaluation',
  'look_back',
  'escalation',
  'escalation_ladder',
  'notification',
];

/** The column that names a row, for tables not keyed by `id`. */
const ROW_KEYS: Record<string, string> = {
  supervision_method: 'code',
  evidence_file: 'sha256',
  finding_evidence: 'finding_id',
  calendar_override: 'day',
  escalation_ladder: 'tenant_id',
};

/**
 * A tamper-evident audit trail. `audit_event` rows form one SHA-256 hash chain per tenant (the acting
 * account's tenant; work with no account, by the worker or the command line, chains under `system`):
 * each row's hash covers its fields and the previous row's hash. A BEFORE INSERT trigger, running as the
 * owner, numbers and links rows under a lock on the chain's head, so concurrent writers cannot fork a chain.
 * The columns' defaults are placeholders the trigger overwrites. The application role may only insert;
 * `liandong audit verify` recomputes every chain.
 */
export class AuditTrail1795900100000 implements MigrationInterface {
  name = 'AuditTrail1795900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigserial NOT NULL,
        "chain" text NOT NULL DEFAULT '',
        "seq" bigint NOT NULL DEFAULT 0,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "tenant_id" uuid,
        "action" text NOT NULL,
        "entity" text,
        "entity_id" text,
        "before_digest" text,
        "after_digest" text,
        "prev_hash" text NOT NULL DEFAULT '',
        "hash" text NOT NULL DEFAULT '',
        CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "audit_event_chain_seq_key" UNIQUE ("chain", "seq")
      )`);
    await queryRunner.query(`
      CREATE TABLE "audit_head" (
        "chain" text NOT NULL,
        "seq" bigint NOT NULL,
        "hash" text NOT NULL,
        CONSTRAINT "audit_head_pkey" PRIMARY KEY ("chain")
      )`);
    // The one definition of a row's hash; `liandong audit verify` recomputes the same text in TypeScript.
    await queryRunner.query(`
      CREATE FUNCTION liandong_audit_hash(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|', e.chain, e.seq::text,
          ((extract(epoch FROM e.at) * 1000000)::bigint)::text, coalesce(e.actor_id::text, ''),
          coalesce(e.tenant_id::text, ''), e.action, coalesce(e.entity, ''), coalesce(e.entity_id, ''),
          coalesce(e.before_digest, ''), coalesce(e.after_digest, ''), e.prev_hash), 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_audit_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
      DECLARE
        head audit_head;
      BEGIN
        NEW.actor_id := coalesce(NEW.actor_id, liandong_setting('account_id')::uuid);
        NEW.tenant_id := coalesce(NEW.tenant_id, liandong_setting('tenant_id')::uuid);
        NEW.chain := coalesce(NEW.tenant_id::text, 'system');
        NEW.at := date_trunc('milliseconds', clock_timestamp());
        INSERT INTO audit_head (chain, seq, hash) VALUES (NEW.chain, 0, repeat('0', 64))
          ON CONFLICT (chain) DO NOTHING;
        SELECT * INTO head FROM audit_head WHERE chain = NEW.chain FOR UPDATE;
        NEW.seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := liandong_audit_hash(NEW);
        UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE chain = NEW.chain;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_event_link" BEFORE INSERT ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION liandong_audit_link()`);
    // A row change: which row, and digests of it before and after (never its content, which may be covert).
    await queryRunner.query(`
      CREATE FUNCTION liandong_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
        after jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
      BEGIN
        INSERT INTO audit_event (action, entity, entity_id, before_digest, after_digest)
        VALUES (TG_TABLE_NAME || '.' || lower(TG_OP), TG_TABLE_NAME, coalesce(after, before) ->> TG_ARGV[0],
          encode(sha256(convert_to(before::text, 'UTF8')), 'hex'),
          encode(sha256(convert_to(after::text, 'UTF8')), 'hex'));
        RETURN NULL;
      END $$`);
    for (const table of AUDITED_TABLES) {
      const column = ROW_KEYS[table] ?? 'id';
      await queryRunner.query(`
        CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION liandong_audit_row('${column}')`);
    }
    // Insert only: the application can add to the trail, never read, change or remove it.
    await queryRunner.query(`GRANT INSERT ON audit_event TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE audit_event_id_seq TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION liandong_audit_row()');
    await queryRunner.query('DROP FUNCTION liandong_audit_hash(audit_event)');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP FUNCTION liandong_audit_link()');
    await queryRunner.query('DROP TABLE "audit_head"');
  }
}
