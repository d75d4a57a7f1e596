import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { assignRequestId } from '@liandong/logging';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatGraphqlError } from './format-graphql-error';
import { isServiceUnavailable } from './service-unavailable';

function pgError(code: string, message = 'pg'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isServiceUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['a connection lost mid-query (node-postgres, no code)', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['an operator shutdown (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['a crashed server (57P02)', pgError('57P02')],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', pgError('08006')],
    ['no connection slot (53300)', pgError('53300')],
    [
      'a lost connection inside TypeORM and GraphQL',
      new GraphQLError('x', {
        originalError: new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')),
      }),
    ],
  ])('recognises %s', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a statement timeout', pgError('57014')],
    ['a syntax error', pgError('42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('does not take %s for an outage', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});

describe('formatGraphqlError on a lost connection', () => {
  it('says to try again, with the request id and when, and logs the fault', () => {
    const logged: Array<Record<string, unknown>> = [];
    const logger = { error: (_message: string, context: Record<string, unknown>) => logged.push(context) };
    const req = { headers: { 'x-request-id': 'req-outage-1' } } as unknown as IncomingMessage;
    const res = { setHeader: () => undefined } as unknown as ServerResponse;
    const lost = new QueryFailedError('INSERT …', [], pgError('57P01', 'terminating connection'));
    let formatted: ReturnType<typeof formatGraphqlError> | undefined;
    assignRequestId(req, res, () => {
      const error = new GraphQLError('x', { originalError: lost });
      formatted = formatGraphqlError({ message: 'x', path: ['submitFindings'] }, error, logger);
    });
    expect(formatted?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'SERVICE_UNAVAILABLE',
      zh: expect.stringContaining('服务暂时不可用'),
      en: expect.stringContaining('try again shortly'),
      retryAfterSeconds: 5,
      correlationId: 'req-outage-1',
    });
    expect(formatted?.message).toContain('req-outage-1');
    expect(formatted?.path).toEqual(['submitFindings']);
    expect(logged).toEqual([expect.objectContaining({ correlationId: 'req-outage-1' })]);
  });
});
