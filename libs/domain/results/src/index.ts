export * from './lib/results.module';
export * from './lib/results-api.module';
export * from './lib/disclosure/disclosures.service';
export * from './lib/disclosure/disclosure-kinds';
export * from './lib/indicator-standings';
export * from './lib/indicators/computed-indicators';
export * from './lib/indicators/indicator-value.entity';
export * from './lib/indicators/indicators.service';
