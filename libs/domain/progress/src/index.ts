export * from './lib/progress-dimension';
export * from './lib/progress.repository';
export * from './lib/progress.service';
export * from './lib/progress.module';
export * from './lib/progress-api.module';
export * from './lib/dto/progress-row.model';
