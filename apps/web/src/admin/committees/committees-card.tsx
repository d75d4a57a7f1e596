import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../../common/error-message';
import { formatDay } from '../../common/format';
import {
  CommitteesDocument,
  RetireCommitteeDocument,
  type CommitteeRowFragment,
} from '../../graphql/generated/graphql';
import { CommitteeDialog } from './committee-dialog';

type Editing = { committee: CommitteeRowFragment | null } | null;

/** Those in use first (the 统筹办 leading them), then by code. */
function sortedCommittees(committees: readonly CommitteeRowFragment[]): CommitteeRowFragment[] {
  return [...committees].sort(
    (a, b) =>
      Number(a.retiredAt !== null) - Number(b.retiredAt !== null) ||
      Number(b.coordinates) - Number(a.coordinates) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * 委室: the office's special committees and working bodies, and its 统筹办. A project or plan item names the
 * committee that leads it; a committee is retired (never deleted) once nobody works in it.
 */
export function CommitteesCard() {
  const { message } = App.useApp();
  const [includeRetired, setIncludeRetired] = useState(false);
  const [committees, refetch] = useQuery({ query: CommitteesDocument, variables: { includeRetired } });
  const [, retire] = useMutation(RetireCommitteeDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const rows = useMemo(() => sortedCommittees(committees.data?.committees ?? []), [committees.data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const retireCommittee = async (committee: CommitteeRowFragment) => {
    setBusy(committee.id);
    const result = await retire({ id: committee.id });
    setBusy(null);
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已撤销「${committee.name}」`);
    reload();
  };

  return (
    <Card
      title="委室"
      size="small"
      data-testid="committees-card"
      extra={
        <Space>
          <Space size={4}>
            <Switch
              size="small"
              checked={includeRetired}
              onChange={setIncludeRetired}
              aria-label="显示已撤销"
            />
            <Typography.Text>显示已撤销</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ committee: null })}>
            新增
          </Button>
        </Space>
      }
    >
      <Table<CommitteeRowFragment>
        rowKey="id"
        size="small"
        loading={committees.fetching && !committees.data}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: committees.error ? errorMessage(committees.error) : '暂无委室' }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 160 },
          { title: '名称', dataIndex: 'name' },
          {
            title: '统筹办',
            dataIndex: 'coordinates',
            width: 90,
            render: (coordinates: boolean) => (coordinates ? <Tag color="blue">统筹办</Tag> : null),
          },
          { title: '人数', dataIndex: 'memberCount', width: 80, align: 'right' },
          {
            title: '状态',
            width: 160,
            render: (_, committee) =>
              committee.retiredAt ? (
                <Tag>已撤销 {formatDay(committee.retiredAt)}</Tag>
              ) : (
                <Tag color="green">在用</Tag>
              ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, committee) =>
              committee.retiredAt ? null : (
                <Space>
                  <Button size="small" onClick={() => setEditing({ committee })}>
                    改名
                  </Button>
                  <Popconfirm
                    title={`撤销「${committee.name}」?`}
                    description={
                      <div style={{ maxWidth: 280 }}>
                        {committee.memberCount > 0
                          ? `该委室还有 ${committee.memberCount} 个启用的账号,须先调整或停用这些账号,才能撤销。`
                          : '撤销后保留其牵头的项目和历史记录,今后不能再选用。'}
                      </div>
                    }
                    okText="撤销"
                    cancelText="取消"
                    onConfirm={() => void retireCommittee(committee)}
                  >
                    <Button size="small" danger loading={busy === committee.id}>
                      撤销
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <CommitteeDialog
        committee={editing?.committee ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={reload}
      />
    </Card>
  );
}
