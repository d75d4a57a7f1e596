import IORedis, { Redis, RedisOptions } from 'ioredis';

/**
 * Workers block on Redis and must retry forever; producers and health checks must fail fast
 * (no offline queue) so a Redis outage surfaces as an error, not a hang.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  return new IORedis(url, { ...options, lazyConnect: false, connectionName: `liandong-${role}` });
}
