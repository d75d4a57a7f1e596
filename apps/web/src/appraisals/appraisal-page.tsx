import { Alert, Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatDay, formatMinute } from '../common/format';
import { EVALUATION_SCHEME_LABEL, HANDOFF_STATUS_COLOR, HANDOFF_STATUS_LABEL } from '../common/labels';
import {
  AppraisalDocument,
  type AppraisalDetailFragment,
  type AppraisalSubjectRowFragment,
} from '../graphql/generated/graphql';
import {
  AppraisalVotesDialog,
  APPRAISAL_REFRESH,
  DecideAppraisalDialog,
  ReReportDialog,
} from './appraisal-dialogs';
import {
  APPRAISAL_GROUP_KIND_LABEL,
  APPRAISAL_KIND_LABEL,
  APPRAISAL_STATUS_COLOR,
  APPRAISAL_STATUS_LABEL,
} from './appraisal-labels';
import { AppraisalRanking, AppraisalVotesTable, subjectLabel } from './appraisal-results';
import { missingVotes } from './appraisal-values';

/** 评议详情 (/appraisals/:appraisalId): votes per subject and group, results, ranking, conclusion, re-reports. */
export default function AppraisalPage() {
  const { appraisalId = '' } = useParams();
  const [result] = useQuery({
    query: AppraisalDocument,
    variables: { id: appraisalId },
    context: APPRAISAL_REFRESH,
  });
  const appraisal = result.data?.appraisal;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Breadcrumb items={[{ title: <Link to="/appraisals">评议</Link> }, { title: '评议详情' }]} />
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="appraisal-title">
          {appraisal?.title ?? '评议详情'}
        </Typography.Title>
      </div>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {!appraisal && result.fetching && <Skeleton active />}
      {appraisal && <AppraisalSections appraisal={appraisal} />}
    </Space>
  );
}

function AppraisalSections({ appraisal }: { appraisal: AppraisalDetailFragment }) {
  const user = useCurrentUser();
  const [voting, setVoting] = useState<{ subject: AppraisalSubjectRowFragment; groupId: string } | null>(
    null,
  );
  const [deciding, setDeciding] = useState(false);
  const [reReporting, setReReporting] = useState<AppraisalSubjectRowFragment | null>(null);
  // Only the holding office's coordinators count votes, decide and record re-reports; the tiers above read.
  const acting = user.roles.includes('COORDINATOR') && appraisal.tenantId === user.tenant.id;
  const open = appraisal.status !== 'DECIDED';
  const missing = missingVotes(appraisal).length;
  const failing = appraisal.subjects.filter((subject) => subject.failing);

  return (
    <>
      <Card
        size="small"
        extra={
          acting &&
          open && (
            <Button type="primary" disabled={missing > 0} onClick={() => setDeciding(true)}>
              作出决定
            </Button>
          )
        }
        title={
          <Space wrap>
            <Tag>{APPRAISAL_KIND_LABEL[appraisal.kind]}</Tag>
            <Tag color={APPRAISAL_STATUS_COLOR[appraisal.status]} data-testid="appraisal-status">
              {APPRAISAL_STATUS_LABEL[appraisal.status]}
            </Tag>
            {open && missing > 0 && (
              <Typography.Text type="secondary">尚有 {missing} 项未计票</Typography.Text>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="评议日期">{appraisal.heldOn}</Descriptions.Item>
          <Descriptions.Item label="测评方式">{EVALUATION_SCHEME_LABEL[appraisal.scheme]}</Descriptions.Item>
          <Descriptions.Item label="投票群体">
            {appraisal.groups
              .map((group) => `${group.name}(${APPRAISAL_GROUP_KIND_LABEL[group.kind]},${group.eligible} 人)`)
              .join('、')}
          </Descriptions.Item>
          {appraisal.decidedAt && (
            <Descriptions.Item label="作出结论">{formatMinute(appraisal.decidedAt)}</Descriptions.Item>
          )}
          {appraisal.reReportBy && (
            <Descriptions.Item label="整改再报告期限">{appraisal.reReportBy}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="计票与结果(各投票群体)">
        <AppraisalVotesTable
          appraisal={appraisal}
          onEnterVotes={acting && open ? (subject, groupId) => setVoting({ subject, groupId }) : undefined}
        />
      </Card>
      <Card size="small" title="排名">
        <AppraisalRanking appraisal={appraisal} />
      </Card>
      {appraisal.status === 'DECIDED' && (
        <Card size="small" title="整改再报告">
          <Table<AppraisalSubjectRowFragment>
            rowKey="id"
            size="small"
            data-testid="appraisal-re-reports"
            pagination={false}
            dataSource={failing}
            locale={{ emptyText: '评议对象均已通过,无须再报告' }}
            columns={[
              { title: '评议对象', key: 'subject', render: (_, subject) => subjectLabel(subject) },
              {
                title: '台账事项',
                key: 'item',
                render: (_, subject) =>
                  subject.reReportItem ? (
                    <Space size={4}>
                      <Link to={`/handoffs/${subject.reReportItem.id}`}>查看</Link>
                      <Tag color={HANDOFF_STATUS_COLOR[subject.reReportItem.status]}>
                        {HANDOFF_STATUS_LABEL[subject.reReportItem.status]}
                      </Tag>
                      <Typography.Text type="secondary">
                        期限 {formatDay(subject.reReportItem.deadline)}
                      </Typography.Text>
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              {
                title: '再报告',
                key: 'reReport',
                render: (_, subject) =>
                  subject.reReportedAt ? (
                    <Space direction="vertical" size={0}>
                      <Typography.Text type="secondary">{formatMinute(subject.reReportedAt)}</Typography.Text>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{subject.reReportSummary}</span>
                    </Space>
                  ) : acting ? (
                    <Button size="small" onClick={() => setReReporting(subject)}>
                      记录整改再报告
                    </Button>
                  ) : (
                    <Tag>未报告</Tag>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {voting && (
        <AppraisalVotesDialog
          appraisal={appraisal}
          subject={voting.subject}
          groupId={voting.groupId}
          onClose={() => setVoting(null)}
        />
      )}
      {deciding && (
        <DecideAppraisalDialog
          appraisal={appraisal}
          failing={failing.length}
          onClose={() => setDeciding(false)}
        />
      )}
      {reReporting && <ReReportDialog subject={reReporting} onClose={() => setReReporting(null)} />}
    </>
  );
}
