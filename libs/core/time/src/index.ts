export * from './lib/clock';
export * from './lib/clock.module';
export * from './lib/calendar-day';
export * from './lib/shanghai-calendar';
