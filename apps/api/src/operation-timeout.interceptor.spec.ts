import { CallHandler } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { OperationTypeNode } from 'graphql';
import { firstValueFrom, NEVER, of } from 'rxjs';
import { OperationTimeoutError } from '@liandong/errors';
import { OperationTimeoutInterceptor } from './operation-timeout.interceptor';

const TIMEOUT_MS = 30_000;

/** A resolver call as Nest hands it to interceptors: (root, args, context, info). */
function graphqlCall(operation: OperationTypeNode): ExecutionContextHost {
  const context = new ExecutionContextHost([{}, {}, {}, { operation: { operation } }]);
  context.setType('graphql');
  return context;
}

const stalled: CallHandler = { handle: () => NEVER };

describe('OperationTimeoutInterceptor', () => {
  const interceptor = new OperationTimeoutInterceptor(TIMEOUT_MS);

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers a query still resolving at the limit with OperationTimeoutError', async () => {
    const answer = firstValueFrom(interceptor.intercept(graphqlCall(OperationTypeNode.QUERY), stalled));
    jest.advanceTimersByTime(TIMEOUT_MS);
    await expect(answer).rejects.toBeInstanceOf(OperationTimeoutError);
    await expect(answer).rejects.toMatchObject({ timeoutMs: TIMEOUT_MS });
  });

  it('passes a query that resolves in time', async () => {
    const answer = interceptor.intercept(graphqlCall(OperationTypeNode.QUERY), { handle: () => of('rows') });
    await expect(firstValueFrom(answer)).resolves.toBe('rows');
  });

  it('leaves a mutation and a plain-HTTP route to finish', () => {
    const http = new ExecutionContextHost([{}, {}]);
    for (const context of [graphqlCall(OperationTypeNode.MUTATION), http]) {
      const handled = interceptor.intercept(context, stalled);
      expect(handled).toBe(NEVER);
    }
  });
});
