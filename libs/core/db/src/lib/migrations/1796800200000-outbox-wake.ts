import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committed outbox row wakes the relays at once (NOTIFY is delivered on commit, once per statement), so
 * work reaches the queues in milliseconds instead of at the next poll; polling stays as the fallback.
 */
export class OutboxWake1796800200000 implements MigrationInterface {
  name = 'OutboxWake1796800200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION liandong_outbox_wake() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('liandong_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_wake AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION liandong_outbox_wake()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_wake ON outbox');
    await queryRunner.query('DROP FUNCTION liandong_outbox_wake()');
  }
}
