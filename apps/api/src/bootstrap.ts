import '@as-integrations/express5';
import { ConsoleLogger, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { APP_CONFIG, AppConfig, HttpConfig } from '@liandong/config';
import { Clock } from '@liandong/time';
import { AppModule } from './app.module';
import { bodyParserErrorHandler } from './body-parser-error.handler';
import { GRAPHQL_PATH } from './graphql-hardening';
import { HttpExceptionFilter } from './http-exception.filter';
import { OperationTimeoutInterceptor } from './operation-timeout.interceptor';

/** A batch of 1,000 findings with long descriptions fits; anything larger is refused with 413. */
const JSON_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** The API application, configured but not listening: main.ts and the end-to-end tests share it. */
export async function createApiApp(
  options: { logger?: ConsoleLogger | false; clock?: Clock } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options.clock), {
    logger: options.logger ?? new ConsoleLogger({ json: true, prefix: 'liandong-api' }),
    // JSON is the only body parsed here (uploads stream through busboy in their controllers): no form parser.
    bodyParser: false,
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(bodyParserErrorHandler({ limitBytes: JSON_BODY_LIMIT_BYTES, graphqlPath: GRAPHQL_PATH }));
  app.disable('x-powered-by');
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
