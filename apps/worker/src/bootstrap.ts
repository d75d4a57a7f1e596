import { ConsoleLogger, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '@liandong/time';
import { WorkerModule } from './worker.module';

/** The worker: an application context with no HTTP. Shared by main.ts and the tests. */
export async function createWorker(
  options: { logger?: ConsoleLogger | false; clock?: Clock } = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options.clock), {
    logger: options.logger ?? new ConsoleLogger({ json: true, prefix: 'liandong-worker' }),
  });
  // On SIGTERM or SIGINT: close (in-flight work finishes first), then exit 0 rather than die by the signal
  // again: a supervisor sees a clean stop, and buffered logs are flushed on the way out.
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  return app;
}
