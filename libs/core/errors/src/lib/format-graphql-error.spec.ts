import { GraphQLError } from 'graphql';
import { AppException } from './app.exception';
import { formatGraphqlError } from './format-graphql-error';
import { parseId } from './parse-input';

describe('formatGraphqlError', () => {
  const logged: Array<Record<string, unknown>> = [];
  const logger = { error: (_message: string, context: Record<string, unknown>) => logged.push(context) };

  it('carries the code and details of a refusal', () => {
    const app = AppException.badRows([{ index: 2, field: 'title', message: '不能为空' }]);
    const error = new GraphQLError(app.message, { originalError: app });
    const formatted = formatGraphqlError({ message: app.message, path: ['submitFindings'] }, error, logger);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 2, field: 'title', message: '不能为空' }],
    });
  });

  it('hides an unexpected error behind a correlation id that is logged', () => {
    const boom = new Error('relation "finding" does not exist');
    const error = new GraphQLError('x', { originalError: boom });
    const formatted = formatGraphqlError(
      { message: boom.message, extensions: { stacktrace: ['at …'] } },
      error,
      logger,
    );
    expect(formatted.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
    expect(formatted.message).not.toContain('does not exist');
    expect(logged.at(-1)?.['correlationId']).toBe(formatted.extensions?.['correlationId']);
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
