export * from './lib/request-id';
export * from './lib/fault';
export * from './lib/graphql-outcome';
export * from './lib/operation-label';
export * from './lib/logging.module';
