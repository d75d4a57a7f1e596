export * from './lib/said';
export * from './lib/app.exception';
export * from './lib/parse-input';
export * from './lib/format-graphql-error';
export * from './lib/operation-timeout.error';
export * from './lib/service-unavailable';
export * from './lib/written-reason';
