export * from './lib/results.module';
export * from './lib/results-api.module';
export * from './lib/disclosure/disclosures.service';
export * from './lib/disclosure/disclosure-kinds';
export * from './lib/indicator-standings';
