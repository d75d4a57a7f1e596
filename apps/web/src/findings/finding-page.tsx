import { Alert, Button, Card, Result, Skeleton, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatMinute } from '../common/format';
import { FindingDetailDocument } from '../graphql/generated/graphql';
import { FindingReferralsCard } from '../referrals/referrals-cards';
import type { FindingDetail } from './finding-detail-types';
import { FindingEditDialog } from './finding-edit-dialog';
import { FindingEvidence } from './finding-evidence';
import { FindingHandoff } from './finding-handoff';
import { canEditFinding } from './finding-permissions';
import { FindingReviews } from './finding-reviews';
import { FindingSummary } from './finding-summary';
import { findingTimeline } from './finding-timeline';
import { isNotFound } from './not-found';

/** 问题详情 (/findings/:findingId): an unknown id, or one the caller may not see, is a plain "not found". */
export default function FindingPage() {
  const { findingId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: FindingDetailDocument,
    variables: { id: findingId },
  });
  const finding = data?.finding;

  if (!finding && !fetching && isNotFound(data?.finding, error)) {
    return (
      <Result
        status="404"
        title="问题不存在"
        subTitle="该问题不存在,或当前账号无权查看。"
        extra={
          <Link to="/findings">
            <Button type="primary">返回问题列表</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/findings">← 问题列表</Link>
      {error && <Alert type="error" showIcon message={errorMessage(error)} />}
      {finding ? <FindingSections finding={finding} /> : fetching && <Skeleton active />}
    </Space>
  );
}

function FindingSections({ finding }: { finding: FindingDetail }) {
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="finding-title">
          {finding.title}
        </Typography.Title>
        {canEditFinding(user, finding) && (
          <Button type="primary" onClick={() => setEditing(true)}>
            修改
          </Button>
        )}
      </Space>
      {finding.status === 'RETURNED' && (
        <Alert
          type="warning"
          showIcon
          message="该问题已被退回"
          description={finding.reviews.at(-1)?.reason ?? undefined}
        />
      )}
      <FindingSummary finding={finding} />
      <Card title="交办情况" size="small">
        <FindingHandoff handoff={finding.handoff} />
      </Card>
      <FindingReferralsCard findingId={finding.id} />
      <Card title="证据材料" size="small">
        <FindingEvidence evidence={finding.evidence} />
      </Card>
      <Card title="审核记录" size="small">
        <FindingReviews findingId={finding.id} reviews={finding.reviews} />
      </Card>
      <Card title="办理过程" size="small">
        <Timeline
          data-testid="finding-timeline"
          items={findingTimeline(finding).map((event) => ({
            color: event.tone,
            children: (
              <>
                {event.at && <Typography.Text type="secondary">{formatMinute(event.at)} </Typography.Text>}
                {event.text}
              </>
            ),
          }))}
        />
      </Card>
      {editing && <FindingEditDialog finding={finding} open={editing} onClose={() => setEditing(false)} />}
    </Space>
  );
}
