export * from './lib/people.module';
export * from './lib/people-api.module';

export * from './lib/experts/expert-kinds';
export * from './lib/experts/expert.entity';
export * from './lib/experts/expert-assignment.entity';
export * from './lib/experts/experts.service';
