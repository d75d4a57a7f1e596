import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLFormattedError } from 'graphql';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AuthApiModule } from '@liandong/auth';
import { APP_CONFIG, AppConfig, ConfigModule } from '@liandong/config';
import { DatabaseModule, RequestScope, RequestScopeInterceptor, RequestScopeMiddleware } from '@liandong/db';
import { formatGraphqlError } from '@liandong/errors';
import { FindingsApiModule } from '@liandong/findings';
import { graphqlOutcomePlugin, LoggingModule, LoggingOptions } from '@liandong/logging';
import { HandoffsApiModule } from '@liandong/handoffs';
import { OrganisationApiModule } from '@liandong/organisation';
import { PlansApiModule } from '@liandong/plans';
import { ProgressApiModule } from '@liandong/progress';
import { PeopleApiModule } from '@liandong/people';
import { ResultsApiModule } from '@liandong/results';
import { RequestContext, RequestLoaders, TenancyApiModule } from '@liandong/tenancy';
import { Clock, ClockModule } from '@liandong/time';
import { AuditMutationInterceptor } from './audit-mutation.interceptor';
import { GRAPHQL_PATH, hardeningFor } from './graphql-hardening';
import { ConsoleModule } from './console/console.module';
import { HealthModule } from './health/health.module';
import { Metrics } from './metrics/metrics';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsModule } from './metrics/metrics.module';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';
import { requestTransactionPlugin } from './request-transaction.plugin';

const errorLogger = new Logger('GraphQL');

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot('liandong-api', 'application'),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [MetricsModule],
      inject: [APP_CONFIG, RequestScope, Metrics],
      useFactory: (config: AppConfig, scope: RequestScope, metrics: Metrics): ApolloDriverConfig => {
        const hardening = hardeningFor(config.graphql);
        const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
          formatGraphqlError(formatted, error, {
            error: (message, context) => errorLogger.error({ message, ...context }),
          });
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: GRAPHQL_PATH,
          playground: false,
          introspection: config.env !== 'production',
          plugins: [
            graphqlMetricsPlugin(metrics),
            requestTransactionPlugin(scope, formatError),
            graphqlOutcomePlugin(),
            ...hardening.plugins,
            ...(config.env === 'production'
              ? []
              : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
          ],
          validationRules: hardening.validationRules,
          parseOptions: hardening.parseOptions,
          allowBatchedHttpRequests: hardening.allowBatchedHttpRequests,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: RequestContext['req'] }): RequestContext => ({
            req,
            loaders: new RequestLoaders(),
          }),
          formatError,
        };
      },
    }),
    HealthModule,
    MetricsModule,
    QueueDashboardModule,
    ConsoleModule.register(),
    AuthApiModule,
    TenancyApiModule,
    PlansApiModule,
    FindingsApiModule,
    HandoffsApiModule,
    ProgressApiModule,
    OrganisationApiModule,
    ResultsApiModule,
    PeopleApiModule,
  ],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: RequestScopeInterceptor },
    { provide: APP_INTERCEPTOR, useClass: AuditMutationInterceptor },
  ],
})
export class AppModule implements NestModule {
  /** The API on the given clock: the system's in production, a test's or the demo's otherwise. */
  static forRoot(clock?: Clock, logging: LoggingOptions = { name: 'liandong-api' }): DynamicModule {
    return { module: AppModule, imports: [ClockModule.forRoot(clock), LoggingModule.forRoot(logging)] };
  }

  /** Every request gets its own transaction, carrying the caller for row-level security. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestScopeMiddleware).forRoutes('{*splat}');
  }
}
