import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GiST indexes on every tenant path, so "this subtree" (`path <@ scope`) is one index scan. TypeORM cannot
 * declare GiST indexes; the entities name them with `synchronize: false`.
 */
export class TenantPathIndexes1795873900000 implements MigrationInterface {
  name = 'TenantPathIndexes1795873900000';

  private readonly indexes = [
    ['tenant_path_gist_idx', 'tenant', 'path'],
    ['joint_project_tenant_path_gist_idx', 'joint_project', 'tenant_path'],
    ['assignment_tenant_path_gist_idx', 'assignment', 'tenant_path'],
    ['finding_tenant_path_gist_idx', 'finding', 'tenant_path'],
    ['handoff_tenant_path_gist_idx', 'handoff', 'tenant_path'],
  ] as const;

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, column] of this.indexes) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING GIST ("${column}")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of this.indexes) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
  }
}
