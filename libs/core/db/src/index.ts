export * from './lib/snake-naming.strategy';
export * from './lib/data-source-options';
export * from './lib/migrations';
export * from './lib/schema-drift';
export * from './lib/pg-errors';
export * from './lib/database.module';
