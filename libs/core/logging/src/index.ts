export * from './lib/request-id';
export * from './lib/fault';
export * from './lib/graphql-outcome';
export * from './lib/logging.module';
