import IORedis, { Redis, RedisOptions } from 'ioredis';

/**
 * How long a command made while answering a request may wait on Redis. Redis answers in well under a
 * millisecond; one that has stopped answering (frozen, or a network that drops packets without closing the
 * connection) would otherwise hold the request forever, since the connection still looks ready.
 */
export const REQUEST_COMMAND_TIMEOUT_MS = 300;

/**
 * Workers block on Redis and must retry forever; producers must fail fast (no offline queue) so a Redis
 * outage surfaces as an error, not a hang; connections used while answering a request (sign-in and public
 * read throttles, /health) also give up on a command Redis does not answer in time.
 */
export function createRedis(url: string, role: 'worker' | 'producer' | 'request'): Redis {
  const failFast: RedisOptions = {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
  };
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : role === 'request'
        ? { ...failFast, commandTimeout: REQUEST_COMMAND_TIMEOUT_MS }
        : failFast;
  return new IORedis(url, { ...options, lazyConnect: false, connectionName: `liandong-${role}` });
}
