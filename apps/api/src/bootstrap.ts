import '@as-integrations/express5';
import { ConsoleLogger, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './http-exception.filter';

/** The API application, configured but not listening: main.ts and the end-to-end tests share it. */
export async function createApiApp(
  options: { logger?: ConsoleLogger | false } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? new ConsoleLogger({ json: true, prefix: 'liandong-api' }),
    bodyParser: true,
  });
  // A batch of 1,000 findings with long descriptions fits; anything larger is refused with 413.
  app.useBodyParser('json', { limit: '5mb' });
  app.disable('x-powered-by');
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  return app;
}
