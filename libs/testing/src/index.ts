export * from './lib/graphql-client';
