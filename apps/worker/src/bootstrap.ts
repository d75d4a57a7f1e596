import { ConsoleLogger, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** The worker: an application context with no HTTP. Shared by main.ts and the tests. */
export async function createWorker(
  options: { logger?: ConsoleLogger | false } = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: options.logger ?? new ConsoleLogger({ json: true, prefix: 'liandong-worker' }),
  });
  app.enableShutdownHooks();
  return app;
}
