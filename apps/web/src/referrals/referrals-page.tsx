import { Alert, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import type { ReferralStatus } from '../graphql/generated/enums';
import { CollaboratingBodiesDocument, ReferralsDocument } from '../graphql/generated/graphql';
import { REFERRAL_REFRESH } from './referral-dialogs';
import { REFERRAL_STATUS_LABEL } from './referral-labels';
import { ReferralsTable } from './referrals-table';

const STATUS_OPTIONS = (Object.keys(REFERRAL_STATUS_LABEL) as ReferralStatus[]).map((status) => ({
  value: status,
  label: REFERRAL_STATUS_LABEL[status],
}));

/**
 * 协同监督: the findings and ledger items the office's subtree referred to collaborating bodies (审计、纪委监委、
 * 法院、检察院 …), newest first, by status and body; the sending office records receipt, outcome and closing.
 */
export default function ReferralsPage() {
  const [status, setStatus] = useState<ReferralStatus | undefined>(undefined);
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  const [bodies] = useQuery({ query: CollaboratingBodiesDocument });
  const [result] = useQuery({
    query: ReferralsDocument,
    variables: { filter: { ...(status && { status }), ...(bodyId && { bodyId }) } },
    context: REFERRAL_REFRESH,
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="referrals-title">
          协同监督
        </Typography.Title>
        <Select
          aria-label="状态"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部状态"
          value={status}
          style={{ width: 140 }}
          options={STATUS_OPTIONS}
          onChange={(value?: ReferralStatus) => setStatus(value)}
        />
        <Select
          aria-label="移送单位"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部协同单位"
          value={bodyId}
          style={{ width: 220 }}
          loading={bodies.fetching}
          options={(bodies.data?.collaboratingBodies ?? []).map((body) => ({
            value: body.id,
            label: body.name,
          }))}
          onChange={(value?: string) => setBodyId(value)}
        />
      </Space>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <Card size="small" title="线索移送">
        <ReferralsTable
          referrals={result.data?.referrals ?? []}
          showSubject
          loading={result.fetching && !result.data}
          emptyText="没有移送记录"
        />
      </Card>
    </Space>
  );
}
