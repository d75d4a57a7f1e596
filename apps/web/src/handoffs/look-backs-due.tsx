import { Alert } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { LookBacksDueDocument } from '../graphql/generated/graphql';
import { HandoffTable } from './handoff-table';

/** Closed items due a look-back (回头看); the API gives them as one short list. */
export function LookBacksDue({ emptyText }: { emptyText: string }) {
  const [result] = useQuery({ query: LookBacksDueDocument, requestPolicy: 'cache-and-network' });
  return (
    <div>
      {result.error && (
        <Alert type="error" showIcon message={errorMessage(result.error)} style={{ marginBottom: 12 }} />
      )}
      <HandoffTable rows={result.data?.lookBacksDue ?? []} loading={result.fetching} emptyText={emptyText} />
    </div>
  );
}
