import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { createRedis, QueueName } from '@liandong/queue';

/**
 * Every queue of the platform, opened read-side by the API for /metrics and the queue dashboard. Counts live
 * in Redis, so they cover all worker processes. The connection fails fast: an outage shows as an error.
 */
@Injectable()
export class InspectedQueues implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly queues: Queue[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redisUrl, 'producer');
    // A Redis outage must not crash the API: the errors surface through the calls that fail.
    this.redis.on('error', () => undefined);
    this.queues = Object.values(QueueName).map((name) => {
      const queue = new Queue(name, { connection: this.redis });
      queue.on('error', () => undefined);
      return queue;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((queue) => queue.close()));
    this.redis.disconnect();
  }
}
