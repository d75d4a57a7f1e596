import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AuthApiModule } from '@liandong/auth';
import { APP_CONFIG, AppConfig, ConfigModule } from '@liandong/config';
import { DatabaseModule } from '@liandong/db';
import { formatGraphqlError } from '@liandong/errors';
import { FindingsApiModule } from '@liandong/findings';
import { HandoffsApiModule } from '@liandong/handoffs';
import { PlansApiModule } from '@liandong/plans';
import { ProgressApiModule } from '@liandong/progress';
import { RequestContext, RequestLoaders, TenancyApiModule } from '@liandong/tenancy';
import { HealthModule } from './health/health.module';

const errorLogger = new Logger('GraphQL');

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot('liandong-api'),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        playground: false,
        introspection: config.env !== 'production',
        plugins:
          config.env === 'production' ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
        includeStacktraceInErrorResponses: false,
        context: ({ req }: { req: RequestContext['req'] }): RequestContext => ({
          req,
          loaders: new RequestLoaders(),
        }),
        formatError: (formatted, error) =>
          formatGraphqlError(formatted, error, {
            error: (message, context) => errorLogger.error({ message, ...context }),
          }),
      }),
    }),
    HealthModule,
    AuthApiModule,
    TenancyApiModule,
    PlansApiModule,
    FindingsApiModule,
    HandoffsApiModule,
    ProgressApiModule,
  ],
})
export class AppModule {}
