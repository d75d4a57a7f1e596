import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import type { ExpertStatus } from '../graphql/generated/enums';
import {
  ChangeExpertStatusDocument,
  ExpertFieldsDocument,
  ExpertsDocument,
  type ExpertRowFragment,
} from '../graphql/generated/graphql';
import { ExpertDialog } from './expert-dialog';
import { ExpertDrawer } from './expert-drawer';
import { EXPERT_STATUS_COLOR, EXPERT_STATUS_LABEL, STATUS_ACTIONS } from './expert-labels';

const CONTEXT = { additionalTypenames: ['Expert'] };

/**
 * 专家库: the office's experts by field and status, added and edited here, their declared conflicts, the
 * activities they were invited to and this year's workload. Those who keep the office's organisation
 * (its administrator and coordinators) change it; others read it.
 */
export default function ExpertsPage() {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canEdit = user.roles.includes('ADMIN') || user.roles.includes('COORDINATOR');
  const [field, setField] = useState<string | null>(null);
  const [status, setStatus] = useState<ExpertStatus | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ExpertRowFragment | 'new' | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [catalogue] = useQuery({ query: ExpertFieldsDocument });
  const [experts, refetch] = useQuery({
    query: ExpertsDocument,
    variables: { filter: { field, status, search: search || null } },
    context: CONTEXT,
  });
  const [, changeStatus] = useMutation(ChangeExpertStatusDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const move = async (expert: ExpertRowFragment, to: ExpertStatus, label: string) => {
    const result = await changeStatus({ id: expert.id, status: to });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已${label}「${expert.name}」`);
    reload();
  };

  return (
    <Card
      title="专家库"
      data-testid="experts-page"
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增专家
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="领域"
          style={{ width: 160 }}
          value={field}
          onChange={(value: string | undefined) => setField(value ?? null)}
          options={(catalogue.data?.expertFields ?? []).map((f) => ({ value: f, label: f }))}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          value={status}
          onChange={(value: ExpertStatus | undefined) => setStatus(value ?? null)}
          options={Object.entries(EXPERT_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search allowClear placeholder="姓名、单位或职称" onSearch={setSearch} style={{ width: 240 }} />
      </Space>
      <Table<ExpertRowFragment>
        rowKey="id"
        size="small"
        loading={experts.fetching && !experts.data}
        dataSource={experts.data?.experts ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: experts.error ? errorMessage(experts.error) : '暂无专家' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, expert) => (
              <Button type="link" size="small" onClick={() => setViewing(expert.id)}>
                {name}
              </Button>
            ),
          },
          {
            title: '领域',
            dataIndex: 'fields',
            render: (fields: string[]) => fields.map((f) => <Tag key={f}>{f}</Tag>),
          },
          { title: '工作单位', dataIndex: 'organisation' },
          { title: '职称', dataIndex: 'title', render: (title: string | null) => title ?? '—' },
          { title: '聘期', render: (_, e) => `${e.termStartsOn} 至 ${e.termEndsOn}` },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: ExpertStatus) => <Tag color={EXPERT_STATUS_COLOR[s]}>{EXPERT_STATUS_LABEL[s]}</Tag>,
          },
          { title: '本年参加', dataIndex: 'workload', render: (n: number) => `${n} 次` },
          {
            title: '操作',
            render: (_, expert) => (
              <Space size="small">
                <Button size="small" onClick={() => setViewing(expert.id)}>
                  冲突与活动
                </Button>
                {canEdit && (
                  <Button size="small" onClick={() => setEditing(expert)}>
                    编辑
                  </Button>
                )}
                {canEdit &&
                  STATUS_ACTIONS[expert.status].map((action) => (
                    <Button
                      key={action.to}
                      size="small"
                      onClick={() => void move(expert, action.to, action.label)}
                    >
                      {action.label}
                    </Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      <ExpertDialog
        key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
        expert={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          void message.success('已保存');
          setEditing(null);
          reload();
        }}
      />
      <ExpertDrawer expertId={viewing} canEdit={canEdit} onClose={() => setViewing(null)} />
    </Card>
  );
}
