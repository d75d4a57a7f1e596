import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { ClockStampsSubscriber } from './clock-stamps.subscriber';
import { dataSourceOptions } from './data-source-options';
import { Db } from './db';
import { RequestScope } from './request-scope';

/** Who a process connects as: the API as the walled application role, the worker and CLI as the system. */
export type DatabaseRole = 'application' | 'system';

function connectionUrl(config: AppConfig, role: DatabaseRole): string {
  if (role === 'system') {
    return config.databaseUrl;
  }
  if (!config.appDatabaseUrl) {
    throw new Error(
      'APP_DATABASE_URL 未设置:API 须以应用角色 liandong_app 连接数据库 / APP_DATABASE_URL is not set: the API connects as the application role (see README)',
    );
  }
  return config.appDatabaseUrl;
}

/**
 * The process's PostgreSQL connection, and `Db`, through which each statement reaches it (in a request, the
 * request's transaction); entities come from each lib's TypeOrmModule.forFeature.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string, role: DatabaseRole = 'system'): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({
              url: connectionUrl(config, role),
              poolSize: config.db.poolSize,
              entities: [],
              applicationName,
            }),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
      ],
      providers: [
        ClockStampsSubscriber,
        {
          provide: RequestScope,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new RequestScope(dataSource),
        },
        Db,
      ],
      exports: [RequestScope, Db],
    };
  }
}
