export * from './lib/clock';
export * from './lib/clock.module';
export * from './lib/shanghai-calendar';
