import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule, Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { APP_CONFIG, AppConfig, ConfigModule } from '@liandong/config';
import { describeFault } from './fault';
import { graphqlOutcomeOf } from './graphql-outcome';

export interface LoggingOptions {
  /** `name` on every line: which process wrote it. */
  name: 'liandong-api' | 'liandong-worker' | 'liandong-cli';
  /** Overrides LOG_LEVEL; "silent" for tests that want no output. */
  level?: LevelWithSilent;
  /** Where the JSON lines go (standard output otherwise): a test reads them back from here. */
  destination?: DestinationStream;
}

type Req = IncomingMessage & { id?: unknown };

/** The path alone: a query string may carry a token (a download link's, say), so it is never logged. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/**
 * pino through nestjs-pino, for the API and the worker: one JSON line per event, the request's id on every
 * line written while it is served (`reqId`), and one line per request with its method, path, status, time and,
 * for GraphQL, the operation and its outcome. Never a body, a header or GraphQL variables: names, phone
 * numbers, covert findings and tokens travel in those.
 */
export function pinoParams(config: AppConfig, options: LoggingOptions): Params {
  const pinoHttp: Params['pinoHttp'] = {
    name: options.name,
    level: options.level ?? config.logLevel,
    // Lines written during a request carry only its id; the request line alone carries method and path.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'reqId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: describeFault,
    },
    // Belt and braces should a header or credential ever be logged by hand.
    redact: {
      paths: [
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req: IncomingMessage, _res: ServerResponse, value: object) => ({
      ...value,
      ...(graphqlOutcomeOf(req) ?? {}),
    }),
    customErrorObject: (req: IncomingMessage, _res: ServerResponse, _error: Error, value: object) => ({
      ...value,
      ...(graphqlOutcomeOf(req) ?? {}),
    }),
    // The request id was set by assignRequestId before anything else ran; this covers a caller without it.
    genReqId: (req: Req) => (typeof req.id === 'string' ? req.id : ''),
  };
  return { pinoHttp: options.destination ? [pinoHttp, options.destination] : pinoHttp };
}

/** One home for the processes' logging setup: import it once, in the root module. */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          imports: [ConfigModule],
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => pinoParams(config, options),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
