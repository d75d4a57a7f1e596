import { Alert, Badge, Space, Tabs, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { MyTasksDocument, type TaskRowFragment } from '../graphql/generated/graphql';
import { tabOf, type TaskTab } from './task-groups';
import { TaskTable } from './task-table';

const TABS: Array<{ key: TaskTab; label: string }> = [
  { key: 'pending', label: '待签收' },
  { key: 'active', label: '进行中' },
  { key: 'done', label: '已完成' },
];

/** 联动任务: the joint projects assigned to this tenant, by what they need from it next. */
export default function TasksPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [result, reexecute] = useQuery({ query: MyTasksDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const byTab = useMemo(() => {
    const groups: Record<TaskTab, TaskRowFragment[]> = { pending: [], active: [], done: [] };
    for (const assignment of result.data?.myAssignments ?? []) {
      groups[tabOf(assignment)].push(assignment);
    }
    return groups;
  }, [result.data]);
  const loading = result.fetching && !result.data;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="tasks-title">
        {user.tenant.name} ·{' '}
        {user.tenant.level === 'CITY' || user.tenant.level === 'PROVINCE' ? '监督任务' : '联动任务'}
      </Typography.Title>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <Tabs
        defaultActiveKey="pending"
        items={TABS.map(({ key, label }) => ({
          key,
          label: (
            <span data-testid={`tab-${key}`}>
              {label} <Badge count={byTab[key].length} showZero color={key === 'pending' ? 'gold' : 'blue'} />
            </span>
          ),
          children: (
            <TaskTable
              rows={byTab[key]}
              roles={user.roles}
              loading={loading}
              onOpen={(id) => void navigate(`/tasks/${id}`)}
              onChanged={refresh}
            />
          ),
        }))}
      />
    </Space>
  );
}
