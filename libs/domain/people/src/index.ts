export * from './lib/people.module';
export * from './lib/people-api.module';
