import { Table, Tag } from 'antd';
import { formatMinute } from '../common/format';
import type { FindingDetail } from './finding-detail-types';

type Review = FindingDetail['reviews'][number];

/** 审核记录: every decision, oldest first, with who made it and why it was returned. */
export function FindingReviews({ reviews }: { reviews: FindingDetail['reviews'] }) {
  return (
    <Table<Review>
      size="small"
      rowKey={(review) => `${review.at}-${review.by.id}`}
      dataSource={reviews}
      pagination={false}
      data-testid="finding-reviews"
      locale={{ emptyText: '尚无审核记录' }}
      columns={[
        { title: '时间', key: 'at', render: (_, review) => formatMinute(review.at) },
        { title: '审核人', key: 'by', render: (_, review) => review.by.displayName },
        {
          title: '结果',
          key: 'accepted',
          render: (_, review) =>
            review.accepted ? <Tag color="green">采纳</Tag> : <Tag color="orange">退回</Tag>,
        },
        { title: '理由', key: 'reason', render: (_, review) => review.reason ?? '—' },
      ]}
    />
  );
}
