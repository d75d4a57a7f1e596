import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDay } from '../common/format';
import {
  HANDOFF_STATUS_COLOR,
  HANDOFF_STATUS_LABEL,
  LEDGER_ITEM_KIND_COLOR,
  LEDGER_ITEM_KIND_LABEL,
} from '../common/labels';
import type { HandoffRowFragment } from '../graphql/generated/graphql';

/** What a ledger item is about: its findings' titles for handed-over problems, its own text for an opinion's item. */
export function itemText(row: Pick<HandoffRowFragment, 'title' | 'findings'>): string {
  return row.title ?? row.findings.map((finding) => finding.title).join(';');
}

const COLUMNS: ColumnsType<HandoffRowFragment> = [
  {
    title: '交办函号',
    key: 'letterNo',
    render: (_, row) => <Link to={`/handoffs/${row.id}`}>{row.letterNo ?? '(未编号)'}</Link>,
  },
  {
    title: '类别',
    key: 'kind',
    render: (_, row) => (
      <Tag color={LEDGER_ITEM_KIND_COLOR[row.kind]} data-testid="handoff-kind">
        {LEDGER_ITEM_KIND_LABEL[row.kind]}
      </Tag>
    ),
  },
  {
    title: '事项',
    key: 'findings',
    render: (_, row) => (
      <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 260 }}>
        {itemText(row)}
      </Typography.Text>
    ),
  },
  { title: '项目', key: 'project', render: (_, row) => row.project?.title ?? '—' },
  { title: '承办单位', key: 'department', render: (_, row) => row.department.name },
  { title: '交办机关', key: 'fromTenant', render: (_, row) => row.fromTenant.name },
  {
    title: '整改时限',
    key: 'deadline',
    render: (_, row) => (
      <span>
        {formatDay(row.deadline)} {row.overdue && <Tag color="red">逾期</Tag>}
      </span>
    ),
  },
  {
    title: '状态',
    key: 'status',
    render: (_, row) => (
      <Tag color={HANDOFF_STATUS_COLOR[row.status]} data-testid="handoff-status">
        {HANDOFF_STATUS_LABEL[row.status]}
      </Tag>
    ),
  },
  {
    title: '督办',
    key: 'escalationLevel',
    render: (_, row) => (row.escalationLevel > 0 ? <Tag color="volcano">{row.escalationLevel} 级</Tag> : '—'),
  },
  { title: '销号时间', key: 'closedAt', render: (_, row) => formatDay(row.closedAt) },
];

/** Handoffs as rows of the ledger; the letter number opens the handoff. */
export function HandoffTable({
  rows,
  loading,
  emptyText,
}: {
  rows: readonly HandoffRowFragment[];
  loading: boolean;
  emptyText: string;
}) {
  return (
    <Table<HandoffRowFragment>
      data-testid="handoff-table"
      rowKey="id"
      size="small"
      columns={COLUMNS}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
