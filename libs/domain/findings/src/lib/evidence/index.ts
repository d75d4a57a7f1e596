export * from './evidence-type';
export * from './evidence.repository';
export * from './evidence.service';
export * from './evidence.controller';
export * from './evidence-access';
