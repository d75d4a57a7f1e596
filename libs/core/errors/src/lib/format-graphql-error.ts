import { GraphQLFormattedError } from 'graphql';
import { correlationId as requestCorrelationId, describeFault } from '@liandong/logging';
import { AppException } from './app.exception';
import { causeChain } from './cause-chain';
import { OperationTimeoutError } from './operation-timeout.error';
import { isServiceUnavailable, serviceUnavailableRefusal } from './service-unavailable';

export interface ErrorLogger {
  error(message: string, context: Record<string, unknown>): void;
}

/** Codes Apollo itself assigns to requests it rejects before any resolver runs; they pass through. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's "Did you mean …?" hints would reveal field and enum names to someone probing the schema. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

function findCause<T>(error: unknown, kind: abstract new (...args: never[]) => T): T | undefined {
  return causeChain(error).find((cause): cause is T & object => cause instanceof kind);
}

/** SQLSTATE 22021: text PostgreSQL cannot store (a NUL character). The client sent it; nothing was stored. */
function isUnstorableText(error: unknown): boolean {
  return causeChain(error).some((cause) => (cause as { code?: unknown }).code === '22021');
}

/**
 * The one mapper from thrown errors to what a client sees: AppException → its code and details;
 * Apollo's own request errors pass, without their "Did you mean" hints; a timed-out query says so; a lost
 * database or Redis connection says to try again; anything else becomes INTERNAL_SERVER_ERROR with a
 * correlation id that is logged beside the real error. Never a stack trace. The correlation id is the request's id (its x-request-id), so every error of one answer shares it and
 * an operator finds all the request's log lines from what the user reports.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const app = findCause(error, AppException);
  if (app) {
    return {
      message: app.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: app.extensions,
    };
  }
  if (isUnstorableText(error)) {
    const bad = AppException.badInput('input', 'UNSTORABLE_TEXT', {
      zh: '文本含有无法保存的字符(如 NUL)',
      en: 'text contains a character that cannot be stored (e.g. NUL)',
    });
    return {
      message: bad.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: bad.extensions,
    };
  }
  const timeout = findCause(error, OperationTimeoutError);
  if (timeout) {
    return timedOut(formatted, timeout, logger);
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message.replace(SUGGESTION, ''),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...requestRefusalWords(formatted.extensions) },
    };
  }
  const correlationId = requestCorrelationId();
  const original = (error as { originalError?: unknown }).originalError ?? error;
  if (isServiceUnavailable(error)) {
    logger.error('service unavailable during GraphQL request', {
      correlationId,
      path: formatted.path,
      error: describeFault(original),
    });
    const { message, ...extensions } = serviceUnavailableRefusal(correlationId);
    return { message, path: formatted.path, extensions };
  }
  logger.error('unhandled error in GraphQL request', {
    correlationId,
    path: formatted.path,
    error: describeFault(original),
  });
  const said = {
    zh: `服务器内部错误,请联系管理员并提供编号 ${correlationId}`,
    en: `Internal error (correlation id ${correlationId}).`,
  };
  return {
    message: `${said.zh} / ${said.en}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR', ...said, correlationId },
  };
}

/**
 * The API's own refusals of a request (a query too deep, too long) carry a reason and both languages, which
 * pass with the code; graphql-js's parse and validation errors have none and keep only their code.
 */
function requestRefusalWords(extensions: Record<string, unknown> | undefined): Record<string, string> {
  const { reason, zh, en } = extensions ?? {};
  return typeof reason === 'string' && typeof zh === 'string' && typeof en === 'string'
    ? { reason, zh, en }
    : {};
}

/** A timed-out query is the server's failure, so INTERNAL_SERVER_ERROR, but it says what the client can do. */
function timedOut(
  formatted: GraphQLFormattedError,
  timeout: OperationTimeoutError,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const correlationId = requestCorrelationId();
  logger.error('GraphQL query timed out', {
    correlationId,
    path: formatted.path,
    timeoutMs: timeout.timeoutMs,
  });
  const seconds = Math.ceil(timeout.timeoutMs / 1000);
  const said = {
    zh: `查询超过 ${seconds} 秒未完成,已停止等待,请缩小范围(如减少每页条数)后重试;编号 ${correlationId}`,
    en: `The query did not finish within ${seconds} s; narrow it (e.g. a smaller page) and try again (correlation id ${correlationId}).`,
  };
  return {
    message: `${said.zh} / ${said.en}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'OPERATION_TIMED_OUT', ...said, correlationId },
  };
}
