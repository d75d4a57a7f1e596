import { Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { createRedis } from '@liandong/queue';
import { AuthGuard } from './auth.guard';
import { AuthModule } from './auth.module';
import { AuthResolver } from './auth.resolver';
import { LOGIN_LIMITERS, LoginThrottle, redisLoginLimiters } from './login-throttle';

const LOGIN_REDIS = Symbol('LOGIN_REDIS');

@Module({
  imports: [AuthModule],
  providers: [
    {
      provide: LOGIN_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config.redisUrl, 'request'),
    },
    {
      provide: LOGIN_LIMITERS,
      inject: [APP_CONFIG, LOGIN_REDIS],
      useFactory: (config: AppConfig, redis: Redis) => redisLoginLimiters(config.auth.loginThrottle, redis),
    },
    LoginThrottle,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthApiModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGIN_REDIS) private readonly redis: Redis,
  ) {}

  /**
   * Failed sign-ins are counted per client address, which is the socket's unless TRUST_PROXY names the
   * proxies in front: then Express takes it from X-Forwarded-For. Set here, where the address is used.
   */
  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (adapter?.getType() === 'express') {
      adapter
        .getInstance<{ set(setting: string, value: unknown): void }>()
        .set('trust proxy', this.config.http.trustProxy);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
