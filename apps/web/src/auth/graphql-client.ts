import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { needsRenewal, type SessionStore } from './session-store';
import type { SessionRenewal } from './session-renewal';

function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions['code'] === 'UNAUTHENTICATED');
}

function needsPasswordChange(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions['reason'] === 'PASSWORD_CHANGE_REQUIRED');
}

/**
 * The console's one GraphQL client. It sends the bearer token, renews the session shortly before the access
 * token expires or when the API answers UNAUTHENTICATED, and signs out when renewal is no longer possible.
 */
export function createGraphqlClient(store: SessionStore, renewal: SessionRenewal): Client {
  return new Client({
    url: '/graphql',
    // Always POST with a JSON body: the API's CSRF protection refuses GET queries from a browser.
    preferGetMethod: false,
    // Show what is cached at once and refresh it behind the scenes: the page never waits on a spinner twice.
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      // An issued password that was not yet known to be one (reset meanwhile): send the person to change it.
      mapExchange({
        onError(error) {
          if (needsPasswordChange(error)) {
            store.requirePasswordChange();
          }
        },
      }),
      authExchange((utils) =>
        Promise.resolve({
          addAuthToOperation(operation) {
            const session = store.read();
            return session
              ? utils.appendHeaders(operation, { Authorization: `Bearer ${session.accessToken}` })
              : operation;
          },
          willAuthError() {
            const session = store.read();
            return session !== null && needsRenewal(session);
          },
          // Without a session (signing in) there is nothing to renew: a wrong password is not retried.
          didAuthError: (error) => store.read() !== null && isUnauthenticated(error),
          async refreshAuth() {
            await renewal.renew();
          },
        }),
      ),
      fetchExchange,
    ],
  });
}
