import { MigrationInterface, QueryRunner } from 'typeorm';

/** ltree for the tenant tree, pg_trgm for similar Chinese text (duplicates), pgcrypto for UUIDs. */
export class Extensions1764300000000 implements MigrationInterface {
  name = 'Extensions1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS ltree');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pgcrypto');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS ltree');
  }
}
