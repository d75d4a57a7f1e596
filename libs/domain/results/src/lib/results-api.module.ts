import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { createRedis } from '@liandong/queue';
import { TenancyModule } from '@liandong/tenancy';
import { DisclosuresResolver, PublicDisclosuresResolver } from './disclosure/disclosures.resolver';
import { PublicDisclosuresController } from './disclosure/public-disclosures.controller';
import {
  PUBLIC_READ_LIMITER,
  PublicReadThrottle,
  redisPublicReadLimiter,
} from './disclosure/public-throttle';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import {
  DocumentsResolver,
  HandoffLettersResolver,
  ProjectReportsResolver,
} from './documents/documents.resolver';
import { ResultsModule } from './results.module';

const PUBLIC_READ_REDIS = Symbol('PUBLIC_READ_REDIS');

/** The results' resolvers and HTTP routes. */
@Module({
  imports: [ResultsModule, TenancyModule],
  controllers: [PublicDisclosuresController],
  providers: [
    {
      provide: PUBLIC_READ_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config.redisUrl, 'request'),
    },
    {
      provide: PUBLIC_READ_LIMITER,
      inject: [APP_CONFIG, PUBLIC_READ_REDIS],
      useFactory: (config: AppConfig, redis: Redis) =>
        redisPublicReadLimiter(config.http.publicReadsPerMinute, redis),
    },
    PublicReadThrottle,
    DisclosuresResolver,
    PublicDisclosuresResolver,
    IndicatorsResolver,
    DocumentsResolver,
    HandoffLettersResolver,
    ProjectReportsResolver,
  ],
})
export class ResultsApiModule implements OnApplicationShutdown {
  constructor(@Inject(PUBLIC_READ_REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
