import '@as-integrations/express5';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { Server } from 'node:http';
import type { DestinationStream } from 'pino';
import { APP_CONFIG, AppConfig, HttpConfig } from '@liandong/config';
import { assignRequestId } from '@liandong/logging';
import { Clock } from '@liandong/time';
import { AppModule } from './app.module';
import { bodyParserErrorHandler } from './body-parser-error.handler';
import { GRAPHQL_PATH } from './graphql-hardening';
import { HttpExceptionFilter } from './http-exception.filter';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { InspectedQueues } from './queue-inspection/inspected-queues';
import { DashboardAccess } from './queue-dashboard/dashboard-access';
import { QUEUE_DASHBOARD_PATH, queueDashboardRouter } from './queue-dashboard/queue-dashboard.router';
import { OperationTimeoutInterceptor } from './operation-timeout.interceptor';

/** A batch of 1,000 findings with long descriptions fits; anything larger is refused with 413. */
const JSON_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** The API application, configured but not listening: main.ts and the end-to-end tests share it. */
export async function createApiApp(
  options: {
    /** false: write no logs at all (tests). */
    logger?: false;
    /** Where the JSON log lines go instead of standard output: a test reads them back. */
    logDestination?: DestinationStream;
    clock?: Clock;
  } = {},
): Promise<INestApplication> {
  const quiet = options.logger === false;
  const logging = {
    name: 'liandong-api',
    level: quiet ? 'silent' : undefined,
    destination: options.logDestination,
  } as const;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options.clock, logging), {
    ...(quiet ? { logger: false } : { bufferLogs: true }),
    // JSON is the only body parsed here (uploads stream through busboy in their controllers): no form parser.
    bodyParser: false,
  });
  if (!quiet) {
    app.useLogger(app.get(Logger));
  }
  const config = app.get<AppConfig>(APP_CONFIG);
  // First of all: even a body refused as too large answers with its request id, and is timed.
  app.use(assignRequestId);
  app.use(httpMetricsMiddleware(app.get(Metrics)));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(bodyParserErrorHandler({ limitBytes: JSON_BODY_LIMIT_BYTES, graphqlPath: GRAPHQL_PATH }));
  app.disable('x-powered-by');
  // Plain Express, ahead of Nest's routes: Bull Board is an Express app of its own.
  app.use(
    QUEUE_DASHBOARD_PATH,
    queueDashboardRouter(app.get(InspectedQueues).queues, app.get(DashboardAccess)),
  );
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalInterceptors(new OperationTimeoutInterceptor(config.graphql.operationTimeoutMs));
  limitRequestTime(app.getHttpServer(), config.http);
  // On SIGTERM or SIGINT: close (in-flight work finishes first), then exit 0 rather than die by the signal
  // again: a supervisor sees a clean stop, and buffered logs are flushed on the way out.
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  return app;
}

/** A client that trickles its headers or body in (slowloris) loses the connection instead of holding it. */
function limitRequestTime(server: Server, http: HttpConfig): void {
  server.headersTimeout = http.headersTimeoutMs;
  server.requestTimeout = http.requestTimeoutMs;
}
