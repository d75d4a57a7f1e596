import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { Clock } from '@liandong/time';
import { WorkerModule } from './worker.module';

/** The worker: an application context with no HTTP. Shared by main.ts and the tests. */
export async function createWorker(
  options: { logger?: false; logDestination?: DestinationStream; clock?: Clock } = {},
): Promise<INestApplicationContext> {
  const quiet = options.logger === false;
  const logging = {
    name: 'liandong-worker',
    level: quiet ? 'silent' : undefined,
    destination: options.logDestination,
  } as const;
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options.clock, logging), {
    ...(quiet ? { logger: false } : { bufferLogs: true }),
  });
  if (!quiet) {
    app.useLogger(app.get(Logger));
  }
  // On SIGTERM or SIGINT: close (in-flight work finishes first), then exit 0 rather than die by the signal
  // again: a supervisor sees a clean stop, and buffered logs are flushed on the way out.
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  return app;
}
