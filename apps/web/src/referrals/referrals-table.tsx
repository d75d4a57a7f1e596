import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import { CloseReferralDocument, type ReferralRowFragment } from '../graphql/generated/graphql';
import { BODY_KIND_LABEL } from '../admin/bodies/bodies-card';
import { OutcomeDialog, ReceiptDialog, REFERRAL_REFRESH } from './referral-dialogs';
import { nextReferralStep, REFERRAL_STATUS_COLOR, REFERRAL_STATUS_LABEL } from './referral-labels';

/**
 * 移送记录: each referral's body, reason, status, receipt and outcome; the sending office's coordinator
 * records the next step (登记接收 → 登记办理结果 → 归档) on its own referrals. `showSubject` adds the finding
 * or ledger item referred, for the list of all referrals.
 */
export function ReferralsTable({
  referrals,
  showSubject = false,
  loading = false,
  emptyText = '尚未移送',
}: {
  referrals: readonly ReferralRowFragment[];
  showSubject?: boolean;
  loading?: boolean;
  emptyText?: string;
}) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [, close] = useMutation(CloseReferralDocument);
  const [recording, setRecording] = useState<{
    referral: ReferralRowFragment;
    step: 'receipt' | 'outcome';
  } | null>(null);
  const [closing, setClosing] = useState<string | null>(null);
  const canAct = (referral: ReferralRowFragment) =>
    user.roles.includes('COORDINATOR') && referral.body.tenant.id === user.tenant.id;

  const closeReferral = async (referral: ReferralRowFragment) => {
    setClosing(referral.id);
    const result = await close({ id: referral.id }, REFERRAL_REFRESH);
    setClosing(null);
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success('已归档');
  };

  return (
    <>
      <Table<ReferralRowFragment>
        rowKey="id"
        size="small"
        data-testid="referrals"
        loading={loading}
        dataSource={[...referrals]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '状态',
            key: 'status',
            render: (_, referral) => (
              <Tag color={REFERRAL_STATUS_COLOR[referral.status]}>
                {REFERRAL_STATUS_LABEL[referral.status]}
              </Tag>
            ),
          },
          {
            title: '移送单位',
            key: 'body',
            render: (_, referral) => (
              <Space size={4}>
                <span>{referral.body.name}</span>
                <Typography.Text type="secondary">{BODY_KIND_LABEL[referral.body.kind]}</Typography.Text>
              </Space>
            ),
          },
          ...(showSubject
            ? [
                {
                  title: '移送事项',
                  key: 'subject',
                  render: (_: unknown, referral: ReferralRowFragment) => (
                    <ReferralSubject referral={referral} />
                  ),
                },
                {
                  title: '移送机关',
                  key: 'tenant',
                  render: (_: unknown, referral: ReferralRowFragment) => referral.body.tenant.name,
                },
              ]
            : []),
          { title: '移送理由', key: 'reason', render: (_, referral) => referral.reason },
          { title: '移送日期', key: 'sentAt', render: (_, referral) => formatDay(referral.sentAt) },
          {
            title: '接收',
            key: 'receipt',
            render: (_, referral) =>
              referral.receiptNo ? `${referral.receiptNo}(${referral.receivedOn ?? ''})` : '—',
          },
          {
            title: '办理结果',
            key: 'outcome',
            render: (_, referral) =>
              referral.outcome ? (
                <span style={{ whiteSpace: 'pre-wrap' }}>
                  {referral.outcome}
                  <Typography.Text type="secondary">({referral.decidedOn})</Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, referral) => {
              const step = nextReferralStep(referral.status);
              if (!step || !canAct(referral)) {
                return null;
              }
              if (step === 'close') {
                return (
                  <Popconfirm
                    title="归档该移送?"
                    okText="归档"
                    cancelText="取消"
                    onConfirm={() => void closeReferral(referral)}
                  >
                    <Button size="small" loading={closing === referral.id}>
                      归档
                    </Button>
                  </Popconfirm>
                );
              }
              return (
                <Button size="small" onClick={() => setRecording({ referral, step })}>
                  {step === 'receipt' ? '登记接收' : '登记办理结果'}
                </Button>
              );
            },
          },
        ]}
      />
      {recording?.step === 'receipt' && (
        <ReceiptDialog referral={recording.referral} onClose={() => setRecording(null)} />
      )}
      {recording?.step === 'outcome' && (
        <OutcomeDialog referral={recording.referral} onClose={() => setRecording(null)} />
      )}
    </>
  );
}

/** The finding or ledger item referred, by its title, opening its page. */
function ReferralSubject({ referral }: { referral: ReferralRowFragment }) {
  const [kind, path] = referral.findingId
    ? ['问题', `/findings/${referral.findingId}`]
    : ['台账事项', `/handoffs/${referral.handoffId ?? ''}`];
  return (
    <Space size={4}>
      <Tag>{kind}</Tag>
      <Link to={path}>{referral.subject}</Link>
    </Space>
  );
}
