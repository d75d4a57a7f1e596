import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function tableName(table: Table | string): string {
  const name = typeof table === 'string' ? table : table.name;
  return name.split('.').pop() ?? name;
}

/**
 * snake_case tables and columns, and readable constraint names (`finding_project_id_fkey`) in place of
 * TypeORM's hashes, so a failing constraint names itself in logs and migrations read like SQL.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(first: string, second: string, firstProperty: string): string {
    return snake(`${first}_${firstProperty.replace(/\./g, '_')}_${second}`);
  }

  override joinTableColumnName(table: string, propertyName: string, columnName?: string): string {
    return snake(`${table}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return `${tableName(table)}_pkey`;
  }

  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_fkey`;
  }

  override uniqueConstraintName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_key`;
  }

  override relationConstraintName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_rel`;
  }

  override indexName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_idx`;
  }

  override checkConstraintName(table: Table | string, expression: string): string {
    const words = expression.match(/[a-z_]+/g) ?? ['check'];
    return `${tableName(table)}_${words[0]}_check`;
  }
}
