/**
 * A GraphQL query that ran past the operation timeout. The client is answered at once; the work itself
 * cannot be cancelled (graphql-js 16 has no abort), so it finishes unobserved.
 */
export class OperationTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`operation still running after ${timeoutMs} ms`);
    this.name = 'OperationTimeoutError';
  }
}
