import { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics';
import { errorCodeLabel, operationNameLabel, operationTypeLabel } from '@liandong/logging';

/**
 * Times each GraphQL operation and counts the errors its answer carries, by the code clients see (the
 * formatted `extensions.code`), so refusals and failures are told apart.
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      return Promise.resolve({
        willSendResponse: ({ request, operation, operationName, response }) => {
          const labels = {
            operation_name: operationNameLabel(operationName ?? request.operationName),
            operation_type: operationTypeLabel(operation?.operation),
          };
          stop(labels);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            metrics.graphqlErrors.inc({ ...labels, code: errorCodeLabel(error.extensions?.['code']) });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
