import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { RequestScope } from '@liandong/db';
import { SERVICE_UNAVAILABLE_RETRY_SECONDS } from '@liandong/errors';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Ends a GraphQL request's database transaction after the whole operation and before the answer is sent,
 * so what a mutation reports is committed by the time the client reads it. Failed fields have already
 * rolled back their own savepoints; the rest commits, as separate requests would have.
 *
 * When the commit itself fails, nothing the operation reported is stored, so its answer is replaced by the
 * failure, worded by the one error formatter. An answer whose every error is a service that could not be
 * reached goes out as HTTP 503 with Retry-After, so clients and load balancers know to try again.
 */
export function requestTransactionPlugin(scope: RequestScope, formatError: FormatError): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse: async ({ response }) => {
          try {
            await scope.finish(true);
          } catch (error) {
            const failure = new GraphQLError('the request could not be committed', {
              originalError: error as Error,
            });
            response.body = {
              kind: 'single',
              singleResult: { data: null, errors: [formatError({ message: failure.message }, failure)] },
            };
            response.http.status = 500;
          }
          if (response.body.kind === 'single' && allUnavailable(response.body.singleResult.errors)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_SECONDS));
          }
        },
      });
    },
  };
}

function allUnavailable(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return !!errors?.length && errors.every((error) => error.extensions?.['reason'] === 'SERVICE_UNAVAILABLE');
}
