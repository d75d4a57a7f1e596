import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head moves once per transaction instead of once per row. Rewriting one `audit_head` row
 * for every audited row of a batch left a version behind each time that the next lookup had to step over,
 * so a batch of n rows cost n² (ten thousand findings imported at a time were slowed several times over).
 * Now the first audit row of a transaction locks the chain's head, as before, and keeps it in a
 * transaction-local setting; the following rows link from that setting; and a deferred trigger writes the
 * head back at commit. Savepoints roll the setting back with their rows. The chain, its hashes and
 * `liandong audit verify` are unchanged.
 */
export class AuditHeadPerTransaction1796800100000 implements MigrationInterface {
  name = 'AuditHeadPerTransaction1796800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // `liandong.audit_<chain>` holds "seq:hash" of the chain's last row in this transaction ('' before one).
    await queryRunner.query(`
      CREATE FUNCTION liandong_audit_head_setting(chain text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT 'liandong.audit_' || replace(chain, '-', '') $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION liandong_audit_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
      DECLARE
        setting text;
        kept text;
        head audit_head;
      BEGIN
        NEW.actor_id := coalesce(NEW.actor_id, liandong_setting('account_id')::uuid);
        NEW.tenant_id := coalesce(NEW.tenant_id, liandong_setting('tenant_id')::uuid);
        NEW.chain := coalesce(NEW.tenant_id::text, 'system');
        NEW.at := date_trunc('milliseconds', clock_timestamp());
        setting := liandong_audit_head_setting(NEW.chain);
        kept := coalesce(current_setting(setting, true), '');
        IF kept = '' THEN
          -- the first row of this transaction on the chain: lock the head until commit
          INSERT INTO audit_head (chain, seq, hash) VALUES (NEW.chain, 0, repeat('0', 64))
            ON CONFLICT (chain) DO NOTHING;
          SELECT * INTO head FROM audit_head WHERE chain = NEW.chain FOR UPDATE;
        ELSE
          head.seq := split_part(kept, ':', 1)::bigint;
          head.hash := split_part(kept, ':', 2);
        END IF;
        NEW.seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := liandong_audit_hash(NEW);
        PERFORM set_config(setting, NEW.seq || ':' || NEW.hash, true);
        RETURN NEW;
      END $$`);
    // At commit: the head takes the last row each chain reached (once; later firings find it written).
    await queryRunner.query(`
      CREATE FUNCTION liandong_audit_head_flush() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
      DECLARE
        kept text := coalesce(current_setting(liandong_audit_head_setting(NEW.chain), true), '');
        written text := coalesce(current_setting(liandong_audit_head_setting(NEW.chain) || '_written', true), '');
      BEGIN
        IF kept <> '' AND kept <> written THEN
          UPDATE audit_head SET seq = split_part(kept, ':', 1)::bigint, hash = split_part(kept, ':', 2)
           WHERE chain = NEW.chain;
          PERFORM set_config(liandong_audit_head_setting(NEW.chain) || '_written', kept, true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "audit_head_flush" AFTER INSERT ON "audit_event"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION liandong_audit_head_flush()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_head_flush" ON "audit_event"`);
    await queryRunner.query('DROP FUNCTION liandong_audit_head_flush()');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION liandong_audit_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
    await queryRunner.query('DROP FUNCTION liandong_audit_head_setting(text)');
  }
}
