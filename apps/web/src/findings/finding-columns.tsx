import { Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDay } from '../common/format';
import {
  FINDING_SOURCE_LABEL,
  FINDING_STATUS_COLOR,
  FINDING_STATUS_LABEL,
  SEVERITY_COLOR,
  SEVERITY_LABEL,
} from '../common/labels';
import type { FindingRowFragment } from '../graphql/generated/graphql';

export function FindingStatusTag({ status }: { status: FindingRowFragment['status'] }) {
  return <Tag color={FINDING_STATUS_COLOR[status]}>{FINDING_STATUS_LABEL[status]}</Tag>;
}

/** The columns every list of findings shares; the title opens the finding's page. */
export function findingColumns<Row extends FindingRowFragment>(): ColumnsType<Row> {
  return [
    {
      title: '问题',
      key: 'title',
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/findings/${row.id}`}>{row.title}</Link>
          {row.recurrence && <Tag color="red">屡改屡犯</Tag>}
        </Space>
      ),
    },
    { title: '联动项目', key: 'project', render: (_, row) => row.project.title, ellipsis: true },
    { title: '报送单位', key: 'tenant', render: (_, row) => row.tenant.name },
    { title: '类别', dataIndex: 'category', key: 'category' },
    { title: '来源', key: 'source', render: (_, row) => FINDING_SOURCE_LABEL[row.source] },
    {
      title: '严重程度',
      key: 'severity',
      render: (_, row) => <Tag color={SEVERITY_COLOR[row.severity]}>{SEVERITY_LABEL[row.severity]}</Tag>,
    },
    { title: '责任单位', key: 'department', render: (_, row) => row.department?.name ?? '—' },
    { title: '状态', key: 'status', render: (_, row) => <FindingStatusTag status={row.status} /> },
    { title: '报送时间', key: 'reportedAt', render: (_, row) => formatDay(row.reportedAt) },
  ];
}
