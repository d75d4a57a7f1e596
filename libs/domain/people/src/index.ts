export * from './lib/people.module';
export * from './lib/people-api.module';
export * from './lib/deputies/deputy-kinds';
export * from './lib/deputies/deputy.entity';
export * from './lib/deputies/deputies.service';
export * from './lib/participation/participation-kinds';
export * from './lib/participation/deputy-participation.entity';
export * from './lib/participation/derived-participants';
