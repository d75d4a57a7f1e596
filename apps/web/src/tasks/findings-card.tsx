import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { formatMinute } from '../common/format';
import {
  FINDING_SOURCE_LABEL,
  FINDING_STATUS_COLOR,
  FINDING_STATUS_LABEL,
  SEVERITY_COLOR,
  SEVERITY_LABEL,
} from '../common/labels';
import { TaskFindingsDocument, type TaskFindingsQuery } from '../graphql/generated/graphql';

type Finding = TaskFindingsQuery['findings']['edges'][number]['node'];

const PAGE_SIZE = 50;

/**
 * The findings this tenant reported on the project, newest first, a page at a time. The API's scope is a
 * subtree (a county's includes its townships), so the rows are narrowed to the tenant's own reports here.
 * `refreshKey` changes after every entry, and the first page is fetched anew.
 */
export function FindingsCard({
  projectId,
  tenantId,
  refreshKey,
}: {
  projectId: string;
  tenantId: string;
  refreshKey: number;
}) {
  // Cursors of the pages seen so far: the last one is the page shown (null: the first page).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [result, reexecute] = useQuery({
    query: TaskFindingsDocument,
    variables: { projectId, scopeTenantId: tenantId, first: PAGE_SIZE, after },
  });

  useEffect(() => {
    if (refreshKey > 0) {
      setCursors([null]);
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [refreshKey, reexecute]);

  const connection = result.data?.findings;
  const rows = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.tenant.id === tenantId);

  return (
    <Card title="本单位上报的问题" size="small" data-testid="task-findings">
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <Table<Finding>
        size="small"
        rowKey="id"
        loading={result.fetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: '尚未上报问题' }}
        columns={[
          {
            title: '问题',
            key: 'title',
            render: (_, row) => <Link to={`/findings/${row.id}`}>{row.title}</Link>,
          },
          { title: '类别', dataIndex: 'category' },
          { title: '来源', key: 'source', render: (_, row) => FINDING_SOURCE_LABEL[row.source] },
          {
            title: '严重程度',
            key: 'severity',
            render: (_, row) => (
              <Tag color={SEVERITY_COLOR[row.severity]}>{SEVERITY_LABEL[row.severity]}</Tag>
            ),
          },
          { title: '监督方式', key: 'method', render: (_, row) => row.method.name },
          { title: '责任单位', key: 'department', render: (_, row) => row.department?.name ?? '—' },
          {
            title: '证据',
            key: 'evidence',
            render: (_, row) => (row.evidence.length ? `${row.evidence.length} 份` : '—'),
          },
          {
            title: '状态',
            key: 'status',
            render: (_, row) => (
              <Tag color={FINDING_STATUS_COLOR[row.status]}>{FINDING_STATUS_LABEL[row.status]}</Tag>
            ),
          },
          { title: '上报时间', key: 'reportedAt', render: (_, row) => formatMinute(row.reportedAt) },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button size="small" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
        <Button
          size="small"
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
        >
          下一页
        </Button>
      </Space>
    </Card>
  );
}
