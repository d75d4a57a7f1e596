import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { Redis } from 'ioredis';
import { AppException } from '@liandong/errors';

export const PUBLIC_READ_LIMITER = Symbol('PUBLIC_READ_LIMITER');

const WINDOW_SECONDS = 60;

/**
 * Reads of the public page counted per client address on the shared Redis, so every API instance counts
 * together; should Redis fail, each process counts in its own memory rather than not at all.
 */
export function redisPublicReadLimiter(perMinute: number, redis: Redis): RateLimiterAbstract {
  const keyPrefix = 'liandong:public-read';
  return new RateLimiterRedis({
    storeClient: redis,
    rejectIfRedisNotReady: true,
    keyPrefix,
    points: perMinute,
    duration: WINDOW_SECONDS,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: perMinute, duration: WINDOW_SECONDS }),
  });
}

/** The sign-in free reads (GraphQL publicDisclosures and GET /public/disclosures) share one count per address. */
@Injectable()
export class PublicReadThrottle {
  constructor(@Inject(PUBLIC_READ_LIMITER) private readonly limiter: RateLimiterAbstract) {}

  async take(address: string): Promise<void> {
    try {
      await this.limiter.consume(address);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        throw rejection;
      }
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw AppException.tooManyRequests(
        'PUBLIC_READS_THROTTLED',
        {
          zh: `访问过于频繁,请 ${seconds} 秒后再试`,
          en: `Too many requests; try again in ${seconds} seconds.`,
        },
        seconds,
      );
    }
  }
}
