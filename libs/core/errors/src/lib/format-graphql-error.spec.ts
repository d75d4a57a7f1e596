import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assignRequestId } from '@liandong/logging';
import { AppException } from './app.exception';
import { formatGraphqlError } from './format-graphql-error';
import { OperationTimeoutError } from './operation-timeout.error';
import { parseId } from './parse-input';

describe('formatGraphqlError', () => {
  const logged: Array<Record<string, unknown>> = [];
  const logger = { error: (_message: string, context: Record<string, unknown>) => logged.push(context) };

  it('carries the code and details of a refusal', () => {
    const app = AppException.badRows([
      { index: 2, field: 'title', reason: 'TITLE_REQUIRED', zh: '不能为空', en: 'must not be empty' },
    ]);
    const error = new GraphQLError(app.message, { originalError: app });
    const formatted = formatGraphqlError({ message: app.message, path: ['submitFindings'] }, error, logger);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      zh: '1 处错误,未保存任何数据 — #2 title: 不能为空',
      en: '1 problem(s), nothing was stored — #2 title: must not be empty',
      rows: [
        {
          index: 2,
          field: 'title',
          reason: 'TITLE_REQUIRED',
          zh: '不能为空',
          en: 'must not be empty',
          message: '不能为空 / must not be empty',
        },
      ],
    });
  });

  it('carries a throttled refusal with when to try again', () => {
    const app = AppException.tooManyRequests(
      'SIGN_IN_THROTTLED',
      { zh: '登录失败次数过多', en: 'Too many failed sign-ins.' },
      61.2,
    );
    const error = new GraphQLError(app.message, { originalError: app });
    const formatted = formatGraphqlError({ message: app.message, path: ['login'] }, error, logger);
    expect(formatted.extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SIGN_IN_THROTTLED',
      zh: '登录失败次数过多',
      en: 'Too many failed sign-ins.',
      retryAfterSeconds: 62,
    });
    expect(formatted.message).toBe('登录失败次数过多 / Too many failed sign-ins.');
  });

  it('hides an unexpected error behind a correlation id that is logged', () => {
    const boom = new Error('relation "finding" does not exist');
    const error = new GraphQLError('x', { originalError: boom });
    const formatted = formatGraphqlError(
      { message: boom.message, extensions: { stacktrace: ['at …'] } },
      error,
      logger,
    );
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' });
    expect(formatted.extensions?.['zh']).toContain(formatted.extensions?.['correlationId']);
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
    expect(formatted.message).not.toContain('does not exist');
    expect(logged.at(-1)?.['correlationId']).toBe(formatted.extensions?.['correlationId']);
  });

  it('labels every fault of one request with that request’s id', () => {
    const req = { headers: { 'x-request-id': 'reported-by-user-01' } } as unknown as IncomingMessage;
    const res = { setHeader: () => undefined } as unknown as ServerResponse;
    const ids: unknown[] = [];
    assignRequestId(req, res, () => {
      const fault = new GraphQLError('x', { originalError: new Error('boom') });
      const slow = new GraphQLError('x', { originalError: new OperationTimeoutError(1_000) });
      ids.push(formatGraphqlError({ message: 'x' }, fault, logger).extensions?.['correlationId']);
      ids.push(logged.at(-1)?.['correlationId']);
      ids.push(formatGraphqlError({ message: 'x' }, slow, logger).extensions?.['correlationId']);
    });
    expect(ids).toEqual(['reported-by-user-01', 'reported-by-user-01', 'reported-by-user-01']);
  });

  it('passes the request errors Apollo raises before any resolver runs', () => {
    const formatted = formatGraphqlError(
      {
        message: 'Cannot query field "x"',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [] },
      },
      new GraphQLError('Cannot query field "x"'),
      logger,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it("keeps the reason and both languages of the API's own refusal of a request", () => {
    const said = {
      reason: 'QUERY_TOO_DEEP',
      zh: '查询嵌套超过 12 层',
      en: 'The query is nested more than 12 levels deep.',
    };
    const formatted = formatGraphqlError(
      { message: `${said.zh} / ${said.en}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...said } },
      new GraphQLError(`${said.zh} / ${said.en}`),
      logger,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', ...said });
  });

  it.each([
    [
      'GRAPHQL_VALIDATION_FAILED',
      'Cannot query field "usernam" on type "User". Did you mean "username" or "displayName"?',
      'Cannot query field "usernam" on type "User".',
    ],
    [
      'BAD_USER_INPUT',
      'Variable "$s" got invalid value "CLOSE" at "s[0]"; Value "CLOSE" does not exist in "FindingStatus" enum. Did you mean the enum value "CLOSED"?',
      'Variable "$s" got invalid value "CLOSE" at "s[0]"; Value "CLOSE" does not exist in "FindingStatus" enum.',
    ],
  ])('drops the schema hints from a %s error', (code, message, shown) => {
    const formatted = formatGraphqlError(
      { message, extensions: { code } },
      new GraphQLError(message),
      logger,
    );
    expect(formatted.message).toBe(shown);
  });

  it('answers a timed-out query with what to do and a logged correlation id', () => {
    const error = new GraphQLError('x', { originalError: new OperationTimeoutError(30_000) });
    const formatted = formatGraphqlError({ message: 'x', path: ['findings'] }, error, logger);
    expect(formatted.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'OPERATION_TIMED_OUT',
      zh: expect.stringMatching(/超过 30 秒/),
      en: expect.stringMatching(/did not finish within 30 s/),
      correlationId: expect.any(String),
    });
    expect(formatted.message).toMatch(/超过 30 秒.*did not finish within 30 s/);
    expect(logged.at(-1)).toMatchObject({
      correlationId: formatted.extensions?.['correlationId'],
      timeoutMs: 30_000,
    });
  });
});

describe('parseId', () => {
  it('refuses what is not an id with BAD_USER_INPUT naming the field', () => {
    expect(() => parseId("1' OR 1=1", 'handoffId')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: { fields: [expect.objectContaining({ field: 'handoffId' })] },
      }),
    );
    expect(parseId('0B1F6D0E-5C0A-4C3E-9A4B-1D2E3F4A5B6C')).toBe('0b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c');
  });
});
