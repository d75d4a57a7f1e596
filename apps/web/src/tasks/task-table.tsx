import { Table, Typography } from 'antd';
import { formatDay } from '../common/format';
import type { Role } from '../graphql/generated/enums';
import type { TaskRowFragment } from '../graphql/generated/graphql';
import { AcknowledgeButton } from './acknowledge-button';
import { AssignmentStatusTags, LocalPlanStatusTag } from './status-tags';
import { canAcknowledge, nextMilestone } from './task-groups';

/** Assignments as a list: project, who issued it, its time limits and where it stands; a row opens it. */
export function TaskTable({
  rows,
  roles,
  loading,
  onOpen,
  onChanged,
}: {
  rows: TaskRowFragment[];
  /** The signed-in account's roles: only a coordinator is offered 「签收」. */
  roles: readonly Role[];
  loading: boolean;
  onOpen: (assignmentId: string) => void;
  onChanged: () => void;
}) {
  return (
    <Table<TaskRowFragment>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: '暂无任务' }}
      onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: '联动项目',
          key: 'project',
          render: (_, row) => (
            <Typography.Link data-testid="task-project">{row.project.title}</Typography.Link>
          ),
        },
        {
          title: '下达单位',
          key: 'issuer',
          render: (_, row) => row.parent?.tenant.name ?? row.project.issuer.name,
        },
        {
          title: '实施期限',
          key: 'period',
          render: (_, row) =>
            `${formatDay(row.project.unifications.scheme.startsAt)} 至 ${formatDay(row.project.unifications.scheme.endsAt)}`,
        },
        {
          title: '下一时间节点',
          key: 'milestone',
          render: (_, row) => {
            const next = nextMilestone(row.milestones);
            if (!next) {
              return '—';
            }
            return (
              <Typography.Text type={next.overdue ? 'danger' : undefined}>
                {next.name} {formatDay(next.dueAt)}
                {next.overdue ? '(已逾期)' : ''}
              </Typography.Text>
            );
          },
        },
        {
          title: '任务状态',
          key: 'status',
          render: (_, row) => <AssignmentStatusTags status={row.status} outdated={row.outdated} />,
        },
        {
          title: '实施方案',
          key: 'localPlan',
          render: (_, row) => <LocalPlanStatusTag status={row.localPlan?.status} />,
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, row) =>
            canAcknowledge(row, roles) ? (
              <AcknowledgeButton assignmentId={row.id} outdated={row.outdated} onDone={onChanged} />
            ) : null,
        },
      ]}
    />
  );
}
