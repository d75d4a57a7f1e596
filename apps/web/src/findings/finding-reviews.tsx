import { Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatMinute } from '../common/format';
import { FindingReviewersDocument } from '../graphql/generated/graphql';
import type { FindingDetail } from './finding-detail-types';

type Review = FindingDetail['reviews'][number];

/**
 * 审核记录: every decision, oldest first, and why a return was made. The reviewers' names come from a query
 * of their own: a reporting tenant may not see the accounts of the tier above, and then the names read
 * 上级审核人 while the decisions still show.
 */
export function FindingReviews({ findingId, reviews }: { findingId: string; reviews: Review[] }) {
  const [reviewers] = useQuery({ query: FindingReviewersDocument, variables: { id: findingId } });
  const names = reviewers.data?.finding?.reviews.map((review) => review.by.displayName);
  return (
    <>
      <Table<Review>
        size="small"
        rowKey={(review) => review.at}
        dataSource={reviews}
        pagination={false}
        data-testid="finding-reviews"
        locale={{ emptyText: '尚无审核记录' }}
        columns={[
          { title: '时间', key: 'at', render: (_, review) => formatMinute(review.at) },
          {
            title: '审核人',
            key: 'by',
            render: (_, _review, index) => names?.[index] ?? (reviewers.fetching ? '…' : '上级审核人'),
          },
          {
            title: '结果',
            key: 'accepted',
            render: (_, review) =>
              review.accepted ? <Tag color="green">采纳</Tag> : <Tag color="orange">退回</Tag>,
          },
          { title: '理由', key: 'reason', render: (_, review) => review.reason ?? '—' },
        ]}
      />
      {reviewers.error && reviews.length > 0 && (
        <Typography.Text type="secondary">审核人由上级人大掌握,本账号无权查看其姓名。</Typography.Text>
      )}
    </>
  );
}
