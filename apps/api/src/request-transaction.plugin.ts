import { ApolloServerPlugin } from '@apollo/server';
import { RequestScope } from '@liandong/db';

/**
 * Ends a GraphQL request's database transaction after the whole operation and before the answer is sent,
 * so what a mutation reports is committed by the time the client reads it. Failed fields have already
 * rolled back their own savepoints; the rest commits, as separate requests would have.
 */
export function requestTransactionPlugin(scope: RequestScope): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse: () => scope.finish(true),
      });
    },
  };
}
