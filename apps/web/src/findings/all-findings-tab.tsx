import { Alert, Table } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { FindingsListDocument, type FindingRowFragment } from '../graphql/generated/graphql';
import { CursorPager } from '../common/cursor-pager';
import { useCursorPages } from '../common/cursor-pages';
import { findingColumns } from './finding-columns';
import { FINDING_LIST_CONTEXT } from './finding-list-context';
import { FindingsFilterBar } from './findings-filter-bar';
import { findingFilter, type FindingsFilterValues } from './findings-filter';

const PAGE_SIZE = 20;

/** 全部问题: every finding in the caller's subtree, newest first, filtered and paged by cursor. */
export function AllFindingsTab() {
  const pages = useCursorPages();
  const [filter, setFilter] = useState<FindingsFilterValues>({ status: [] });
  const [{ data, fetching, error }] = useQuery({
    query: FindingsListDocument,
    variables: {
      filter: findingFilter(filter),
      first: PAGE_SIZE,
      after: pages.after,
    },
    // Reviews and handoffs made in the other tabs change statuses shown here.
    context: FINDING_LIST_CONTEXT,
  });
  const connection = data?.findings;
  return (
    <>
      <FindingsFilterBar
        value={filter}
        onChange={(next) => {
          pages.reset();
          setFilter(next);
        }}
      />
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginTop: 12 }} />}
      <Table<FindingRowFragment>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        columns={findingColumns<FindingRowFragment>()}
        pagination={false}
        scroll={{ x: true }}
        data-testid="all-findings-table"
        locale={{ emptyText: '没有符合条件的问题' }}
      />
      <CursorPager
        totalCount={connection?.totalCount}
        pageNumber={pages.pageNumber}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection?.pageInfo.endCursor)}
      />
    </>
  );
}
