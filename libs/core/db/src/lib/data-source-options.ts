import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { migrations } from './migrations';
import { QueryLogger } from './query-logger';

export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  entities: EntityList;
  applicationName?: string;
}

/** One definition of how every process talks to PostgreSQL. Migrations only; never synchronize. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are created by migrations (gen_random_uuid is built into PostgreSQL 13+).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName ?? 'liandong',
    extra: { max: settings.poolSize ?? 10 },
    // Failed statements without their parameters: those are people's input.
    logger: new QueryLogger(),
  };
}
