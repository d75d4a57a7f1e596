import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeormLogger } from 'typeorm';

/**
 * TypeORM's own console logger prints a failed statement with its parameters, and the parameters are what
 * people entered (names, phone numbers, covert findings). This one says which statement failed and its
 * SQLSTATE, never the values, through the process's structured logger. The error itself travels on to the
 * caller, whose error handler logs it if it is a fault, so this line is for debugging only.
 */
export class QueryLogger implements TypeormLogger {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(): void {
    // Not logged: every statement would be too many lines.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({
      message: 'query failed',
      sqlstate: (error as { code?: unknown }).code,
      query: query.slice(0, 500),
    });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ message: 'slow query', durationMs: time, query: query.slice(0, 500) });
  }

  // The health check lists migrations on every call: these lines are for debugging only.
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // TypeORM's notices are its own words (deprecations, connection notes), not rows.
    if (level === 'warn') {
      this.logger.warn(String(message));
    }
  }
}
