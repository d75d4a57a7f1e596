export * from './lib/results.module';
export * from './lib/results-api.module';
export * from './lib/indicator-standings';
