import { HeaderMap } from '@apollo/server';
import type { GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ConnectionLostError, RequestScope } from '@liandong/db';
import { formatGraphqlError } from '@liandong/errors';
import { requestTransactionPlugin } from './request-transaction.plugin';

type Context = GraphQLRequestContextWillSendResponse<Record<string, never>>;

const quiet = { error: () => undefined };
const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
  formatGraphqlError(formatted, error, quiet);

async function answer(
  finish: () => Promise<void>,
  errors?: GraphQLFormattedError[],
): Promise<Context['response']> {
  const scope = { finish } as unknown as RequestScope;
  const plugin = requestTransactionPlugin(scope, formatError);
  const listener = (await plugin.requestDidStart?.({} as never)) as GraphQLRequestListener<
    Record<string, never>
  >;
  const response = {
    http: { status: undefined, headers: new HeaderMap() },
    body: {
      kind: 'single',
      singleResult: { data: { submitFindings: errors ? null : [{ id: 'f1' }] }, errors },
    },
  } as unknown as Context['response'];
  await listener.willSendResponse?.({ response } as Context);
  return response;
}

const unavailable: GraphQLFormattedError = {
  message: 'x',
  extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SERVICE_UNAVAILABLE' },
};

describe('requestTransactionPlugin', () => {
  it('leaves a committed answer as it is', async () => {
    const response = await answer(() => Promise.resolve());
    expect(response.http.status).toBeUndefined();
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: { data: { submitFindings: [{ id: 'f1' }] } },
    });
  });

  it('replaces the answer of a request whose connection died before commit: 503, try again', async () => {
    const response = await answer(() =>
      Promise.reject(new ConnectionLostError(new Error('Connection terminated'))),
    );
    expect(response.http.status).toBe(503);
    expect(response.http.headers.get('retry-after')).toBe('5');
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: {
        data: null,
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ reason: 'SERVICE_UNAVAILABLE' }) }),
        ],
      },
    });
  });

  it('answers 500 when the commit failed for another reason: the success it reported is withdrawn', async () => {
    const response = await answer(() => Promise.reject(new Error('deferred constraint violated')));
    expect(response.http.status).toBe(500);
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: {
        data: null,
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INTERNAL_ERROR' }) }),
        ],
      },
    });
  });

  it('answers 503 only when every error is an unavailable service', async () => {
    expect((await answer(() => Promise.resolve(), [unavailable])).http.status).toBe(503);
    const mixed = [
      unavailable,
      { message: 'y', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } },
    ];
    expect((await answer(() => Promise.resolve(), mixed)).http.status).toBeUndefined();
  });
});
