import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { createRedis } from '@liandong/queue';
import { HealthController, REDIS_PROBE } from './health.controller';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: REDIS_PROBE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config.redisUrl, 'request'),
    },
  ],
})
export class HealthModule {}
