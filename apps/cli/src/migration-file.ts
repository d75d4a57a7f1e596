import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** Writes the SQL that brings the database up to the entities as a new migration file; returns its path. */
export async function generateMigration(
  dataSource: DataSource,
  name: string,
  dir: string,
): Promise<string | null> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  if (log.upQueries.length === 0) {
    return null;
  }
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const fileName = `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
  const quote = (sql: string): string =>
    `    await queryRunner.query(\`${sql
      .replace(/"public"\./g, '')
      .replace(/\s+/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/`/g, '\\`')}\`);`;
  const up = log.upQueries.map((query) => quote(query.query)).join('\n');
  const down = [...log.downQueries]
    .reverse()
    .map((query) => quote(query.query))
    .join('\n');
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  const path = join(dir, fileName);
  writeFileSync(path, source);
  return path;
}
