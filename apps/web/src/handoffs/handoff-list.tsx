import { Alert } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { HandoffListDocument, type LedgerFilter } from '../graphql/generated/graphql';
import { CursorPager } from '../common/cursor-pager';
import { useCursorPages } from '../common/cursor-pages';
import { HandoffTable } from './handoff-table';

export const PAGE_SIZE = 20;

/**
 * One paged list of handoffs from `ledger(filter)`, with its own loading state and error. A new filter
 * starts again from the first page.
 */
export function HandoffList({ filter, emptyText }: { filter: LedgerFilter; emptyText: string }) {
  const pages = useCursorPages();
  const filterKey = JSON.stringify(filter);
  const { reset } = pages;
  useEffect(() => reset(), [filterKey, reset]);

  const [result] = useQuery({
    query: HandoffListDocument,
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const ledger = result.data?.ledger;
  return (
    <div>
      {result.error && (
        <Alert type="error" showIcon message={errorMessage(result.error)} style={{ marginBottom: 12 }} />
      )}
      <HandoffTable
        rows={ledger?.edges.map((edge) => edge.node) ?? []}
        loading={result.fetching}
        emptyText={emptyText}
      />
      <CursorPager
        totalCount={ledger?.totalCount}
        pageNumber={pages.pageNumber}
        hasNextPage={ledger?.pageInfo.hasNextPage ?? false}
        loading={result.fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(ledger?.pageInfo.endCursor)}
      />
    </div>
  );
}
