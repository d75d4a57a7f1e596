import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { Public } from '@liandong/auth';
import { Metrics } from './metrics';

/** Compares digests, which have one length, so neither the token's content nor its length leaks by timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus's scrape. Not public: it answers only to `Authorization: Bearer <METRICS_TOKEN>`, and does not
 * exist (404) when no token is configured. Sign-in sessions play no part.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const expected = this.config.metrics.token;
    if (expected === null) {
      res.status(HttpStatus.NOT_FOUND).json({ code: 'NOT_FOUND', message: 'Not Found' });
      return;
    }
    const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (given === undefined || !sameToken(given, expected)) {
      res
        .status(HttpStatus.UNAUTHORIZED)
        .setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
        .json({ code: 'UNAUTHENTICATED', message: '需要指标令牌 / a valid metrics token is required' });
      return;
    }
    const body = await this.metrics.registry.metrics();
    res.status(HttpStatus.OK).setHeader('Content-Type', this.metrics.registry.contentType).send(body);
  }
}
