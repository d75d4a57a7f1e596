import { Alert, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { FindingsToReviewPageDocument, type FindingsToReviewPageQuery } from '../graphql/generated/graphql';
import { CursorPager } from '../common/cursor-pager';
import { useCursorPages } from '../common/cursor-pages';
import { DuplicateCandidates } from './duplicate-candidates';
import { findingColumns } from './finding-columns';
import { FINDING_LIST_CONTEXT } from './finding-list-context';
import { ReviewActions } from './review-actions';

type ReviewRow = FindingsToReviewPageQuery['findingsToReview']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** 待审核: the reported findings of lower units; select rows, then accept or return them; expand a row to check duplicates. */
export function ReviewTab() {
  const pages = useCursorPages();
  const [selected, setSelected] = useState<string[]>([]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FindingsToReviewPageDocument,
    variables: { first: PAGE_SIZE, after: pages.after },
    context: FINDING_LIST_CONTEXT,
  });
  const connection = data?.findingsToReview;

  const refresh = useCallback(() => {
    setSelected([]);
    pages.reset();
    refetch({ requestPolicy: 'network-only' });
  }, [pages, refetch]);

  return (
    <>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <ReviewActions selectedIds={selected} onReviewed={refresh} />
      <Table<ReviewRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        columns={findingColumns<ReviewRow>()}
        pagination={false}
        scroll={{ x: true }}
        data-testid="review-table"
        locale={{ emptyText: '暂无待审核的问题' }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        expandable={{
          expandedRowRender: (row) => (
            <>
              <Typography.Paragraph>{row.description}</Typography.Paragraph>
              <DuplicateCandidates findingId={row.id} onMerged={refresh} />
            </>
          ),
        }}
      />
      <CursorPager
        totalCount={connection?.totalCount}
        pageNumber={pages.pageNumber}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={() => {
          setSelected([]);
          pages.previous();
        }}
        onNext={() => {
          setSelected([]);
          pages.next(connection?.pageInfo.endCursor);
        }}
      />
    </>
  );
}
