import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import { operationNameLabel } from './operation-label';

/** What the request log line says of a GraphQL request: which operation, and how it ended. */
export interface GraphqlOutcome {
  operation: string;
  /** "ok", or the distinct error codes the answer carried (INTERNAL_SERVER_ERROR, FORBIDDEN, …). */
  outcome: string;
}

const OUTCOME = Symbol('liandong.graphqlOutcome');
type Noted = IncomingMessage & { [OUTCOME]?: GraphqlOutcome };

/** The outcome noted on the request by the plugin below, for the request log line. */
export function graphqlOutcomeOf(req: IncomingMessage): GraphqlOutcome | undefined {
  return (req as Noted)[OUTCOME];
}

/**
 * Notes each GraphQL request's operation name and outcome on the HTTP request, where pino-http reads it when
 * the response is finished. An HTTP 200 may carry errors, so the status alone would not say.
 */
export function graphqlOutcomePlugin(): ApolloServerPlugin<{ req: object }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse: ({ contextValue, operationName, request, response }) => {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((error) => codeOf(error.extensions)))];
          (contextValue.req as Noted)[OUTCOME] = {
            operation: operationNameLabel(operationName ?? request.operationName),
            outcome: codes.length === 0 ? 'ok' : codes.sort().join(','),
          };
          return Promise.resolve();
        },
      });
    },
  };
}

function codeOf(extensions: Record<string, unknown> | undefined): string {
  const code = extensions?.['code'];
  return typeof code === 'string' ? code : 'ERROR';
}
