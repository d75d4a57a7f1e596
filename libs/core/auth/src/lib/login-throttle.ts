import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AuthConfig } from '@liandong/config';
import { AppException } from '@liandong/errors';
import { CredentialsRefusedException } from './auth.exception';

export const LOGIN_LIMITERS = Symbol('LOGIN_LIMITERS');

/** Failed credential checks counted per account and per client address, each in its own window. */
export interface LoginLimiters {
  account: RateLimiterAbstract;
  address: RateLimiterAbstract;
}

/**
 * The limiters on the shared Redis, so every API instance counts together. Should Redis fail, each process
 * falls back to counting in its own memory rather than letting attempts through uncounted.
 */
export function redisLoginLimiters(settings: AuthConfig['loginThrottle'], redis: Redis): LoginLimiters {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      rejectIfRedisNotReady: true,
      keyPrefix,
      points,
      duration: settings.windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: settings.windowSeconds }),
    });
  return {
    account: limiter('liandong:login-fail:account', settings.maxFailuresPerAccount),
    address: limiter('liandong:login-fail:address', settings.maxFailuresPerAddress),
  };
}

/** Who is trying: the username as typed (hashed, so any length makes a short key) and the client address. */
export interface LoginAttempt {
  username: string;
  address: string;
}

@Injectable()
export class LoginThrottle {
  constructor(@Inject(LOGIN_LIMITERS) private readonly limiters: LoginLimiters) {}

  /**
   * Runs one credential check unless too many recent ones failed for this account or from this address:
   * then it is refused with TOO_MANY_REQUESTS before the password is even looked at. Only failures count
   * (a CredentialsRefusedException); a success clears the account's count.
   */
  async attempt<T>(who: LoginAttempt, check: () => Promise<T>): Promise<T> {
    const keys = { account: accountKey(who.username), address: who.address };
    await this.refuseWhenThrottled(keys);
    let result: T;
    try {
      result = await check();
    } catch (error) {
      if (error instanceof CredentialsRefusedException) {
        await Promise.all([
          countFailure(this.limiters.account, keys.account),
          countFailure(this.limiters.address, keys.address),
        ]);
      }
      throw error;
    }
    await this.limiters.account.delete(keys.account);
    return result;
  }

  private async refuseWhenThrottled(keys: { account: string; address: string }): Promise<void> {
    const [account, address] = await Promise.all([
      this.limiters.account.get(keys.account),
      this.limiters.address.get(keys.address),
    ]);
    const waits = [
      throttledFor(account, this.limiters.account.points),
      throttledFor(address, this.limiters.address.points),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw AppException.tooManyRequests(
        'SIGN_IN_THROTTLED',
        {
          zh: `登录失败次数过多,请 ${seconds} 秒后再试`,
          en: `Too many failed sign-in attempts; try again in ${seconds} seconds.`,
        },
        seconds,
      );
    }
  }
}

function accountKey(username: string): string {
  return createHash('sha256').update(username.trim()).digest('hex');
}

/** Milliseconds until the window ends when its failures reached the limit, else 0. */
function throttledFor(res: RateLimiterRes | null, points: number): number {
  return res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 1) : 0;
}

async function countFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // Past the limit consume() rejects with the count; the next attempt is refused, nothing more to do.
    if (!(rejection instanceof RateLimiterRes)) {
      throw rejection;
    }
  }
}
