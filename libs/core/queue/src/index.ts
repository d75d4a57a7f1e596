export * from './lib/queues';
export * from './lib/outbox.entity';
export * from './lib/outbox.service';
export * from './lib/outbox-relay';
export * from './lib/outbox-reconciler';
export * from './lib/redis';
export * from './lib/queue.module';
