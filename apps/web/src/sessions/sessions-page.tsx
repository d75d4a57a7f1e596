import { Alert, Button, Card, Empty, List, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { beijingYear, formatDay, formatMinute } from '../common/format';
import {
  HANDOFF_STATUS_COLOR,
  HANDOFF_STATUS_LABEL,
  LEDGER_ITEM_KIND_COLOR,
  LEDGER_ITEM_KIND_LABEL,
  SESSION_KIND_LABEL,
} from '../common/labels';
import {
  SessionsDocument,
  type SessionOpinionFragment,
  type SessionRowFragment,
} from '../graphql/generated/graphql';
import { IssueOpinionDialog, RecordSessionDialog } from './session-dialogs';
import { opinionProgress } from './session-values';

const CURRENT_YEAR = beijingYear();
const YEARS = Array.from({ length: 7 }, (_, index) => CURRENT_YEAR + 1 - index);
// urql re-runs a query whenever its context object changes: one object for every render.
const CONTEXT = { additionalTypenames: ['Session', 'ReviewOpinion', 'Handoff'] };

/**
 * 会议与审议意见: the office's sessions of a year, the reports each deliberated, and the 审议意见 and 决议 it sent,
 * each item a ledger item with its status and deadline, with the unit's 研究处理情况报告 once answered.
 */
export default function SessionsPage() {
  const user = useCurrentUser();
  const [year, setYear] = useState(CURRENT_YEAR);
  const [result] = useQuery({ query: SessionsDocument, variables: { year }, context: CONTEXT });
  const [recording, setRecording] = useState(false);
  const [issuingFor, setIssuingFor] = useState<SessionRowFragment | null>(null);
  // Recording a session and sending its opinions is the office's coordinator's (HAND_OVER).
  const acting = user.roles.includes('COORDINATOR');
  const sessions = result.data?.sessions ?? [];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="sessions-title">
            会议与审议意见
          </Typography.Title>
          <Select
            aria-label="年度"
            data-testid="sessions-year"
            value={year}
            style={{ width: 120 }}
            options={YEARS.map((option) => ({ value: option, label: `${option} 年` }))}
            onChange={setYear}
          />
        </Space>
        {acting && (
          <Button type="primary" onClick={() => setRecording(true)}>
            记录会议
          </Button>
        )}
      </Space>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {!result.data && result.fetching && <Skeleton active />}
      {result.data && sessions.length === 0 && <Empty description={`${year} 年尚未记录会议`} />}
      {sessions.map((session) => (
        <SessionCard
          key={session.id}
          session={session}
          onIssue={acting && session.tenant.id === user.tenant.id ? () => setIssuingFor(session) : undefined}
        />
      ))}
      {recording && <RecordSessionDialog onClose={() => setRecording(false)} />}
      {issuingFor && <IssueOpinionDialog session={issuingFor} onClose={() => setIssuingFor(null)} />}
    </Space>
  );
}

function SessionCard({ session, onIssue }: { session: SessionRowFragment; onIssue?: () => void }) {
  return (
    <Card
      size="small"
      data-testid="session"
      title={
        <Space wrap>
          <span>{session.title}</span>
          <Tag>{SESSION_KIND_LABEL[session.kind]}</Tag>
          <Typography.Text type="secondary">{formatDay(session.heldOn)}</Typography.Text>
        </Space>
      }
      extra={
        onIssue && (
          <Button size="small" onClick={onIssue}>
            送交审议意见
          </Button>
        )
      }
    >
      <Typography.Text strong>审议的报告</Typography.Text>
      {session.reports.length === 0 ? (
        <Typography.Paragraph type="secondary">未记录报告</Typography.Paragraph>
      ) : (
        <ol style={{ marginTop: 8 }}>
          {session.reports.map((report) => (
            <li key={report.id}>
              {report.title}
              {report.department && (
                <Typography.Text type="secondary">({report.department.name})</Typography.Text>
              )}
              {report.planItem && <Tag style={{ marginLeft: 8 }}>计划项目:{report.planItem.title}</Tag>}
            </li>
          ))}
        </ol>
      )}
      <Typography.Text strong>审议意见和决议</Typography.Text>
      <OpinionsTable opinions={session.opinions} />
    </Card>
  );
}

function OpinionsTable({ opinions }: { opinions: readonly SessionOpinionFragment[] }) {
  return (
    <Table<SessionOpinionFragment>
      rowKey="id"
      size="small"
      style={{ marginTop: 8 }}
      data-testid="opinions"
      pagination={false}
      dataSource={[...opinions]}
      locale={{ emptyText: '尚未送交审议意见或决议' }}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (opinion) => <OpinionDetail opinion={opinion} /> }}
      columns={[
        { title: '文号', key: 'letterNo', render: (_, opinion) => opinion.letterNo },
        {
          title: '类别',
          key: 'kind',
          render: (_, opinion) => (
            <Tag color={LEDGER_ITEM_KIND_COLOR[opinion.kind]}>{LEDGER_ITEM_KIND_LABEL[opinion.kind]}</Tag>
          ),
        },
        { title: '标题', key: 'title', render: (_, opinion) => opinion.title },
        { title: '送交机关', key: 'department', render: (_, opinion) => opinion.department.name },
        {
          title: '牵头委室',
          key: 'leadCommittee',
          render: (_, opinion) => opinion.leadCommittee?.name ?? '—',
        },
        { title: '办理期限', key: 'deadline', render: (_, opinion) => formatDay(opinion.deadline) },
        {
          title: '办理情况',
          key: 'progress',
          render: (_, opinion) => {
            const { closed, total, overdue } = opinionProgress(opinion.items);
            return (
              <Space size={4}>
                <span>
                  已销号 {closed}/{total} 项
                </span>
                {overdue > 0 && <Tag color="red">逾期 {overdue} 项</Tag>}
              </Space>
            );
          },
        },
        {
          title: '研究处理情况报告',
          key: 'response',
          render: (_, opinion) =>
            opinion.respondedAt ? (
              <Tag color="green" data-testid="opinion-answered">
                {formatDay(opinion.respondedAt)} 已报送
              </Tag>
            ) : (
              <Tag>未报送</Tag>
            ),
        },
      ]}
    />
  );
}

/** An opinion's items, each opening its ledger item, and the unit's answer. */
function OpinionDetail({ opinion }: { opinion: SessionOpinionFragment }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="opinion-detail">
      {opinion.report && <Typography.Text type="secondary">就《{opinion.report.title}》</Typography.Text>}
      <List
        size="small"
        bordered
        dataSource={[...opinion.items]}
        renderItem={(item, index) => (
          <List.Item>
            <Space wrap>
              <span>{index + 1}.</span>
              <Link to={`/handoffs/${item.id}`}>{item.title}</Link>
              <Tag color={HANDOFF_STATUS_COLOR[item.status]}>{HANDOFF_STATUS_LABEL[item.status]}</Tag>
              <Typography.Text type="secondary">期限 {formatDay(item.deadline)}</Typography.Text>
              {item.overdue && <Tag color="red">逾期</Tag>}
              {item.closedAt && (
                <Typography.Text type="secondary">销号 {formatDay(item.closedAt)}</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {opinion.response ? (
        <div>
          <Typography.Text strong>研究处理情况报告</Typography.Text>
          <Typography.Text type="secondary"> · {formatMinute(opinion.respondedAt)}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
            {opinion.response}
          </Typography.Paragraph>
        </div>
      ) : (
        <Typography.Text type="secondary">{opinion.department.name}尚未报送研究处理情况报告</Typography.Text>
      )}
    </Space>
  );
}
