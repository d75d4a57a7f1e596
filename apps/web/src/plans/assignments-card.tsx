import { Alert, Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { ASSIGNMENT_STATUS_LABEL, LEVEL_LABEL, LOCAL_PLAN_STATUS_LABEL } from '../common/labels';
import { PlansProjectAssignmentsDocument } from '../graphql/generated/graphql';
import { LOCAL_PLAN_STATUS_COLOR } from './plan-labels';

// urql re-runs a query whenever its context object changes: one object for every render.
const ASSIGNMENTS_CONTEXT = { additionalTypenames: ['Assignment', 'LocalPlan'] };
/** 任务分派: every tenant holding the project, where it stands and its local plan (实施方案). */
export function AssignmentsCard({ projectId }: { projectId: string }) {
  const [assignments] = useQuery({
    query: PlansProjectAssignmentsDocument,
    variables: { id: projectId },
    context: ASSIGNMENTS_CONTEXT,
  });
  return (
    <Card title="任务分派" size="small" data-testid="assignments">
      {assignments.error && <Alert type="error" showIcon message={errorMessage(assignments.error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={assignments.fetching && !assignments.data}
        dataSource={assignments.data?.jointProject?.assignments ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未下达' }}
        columns={[
          {
            title: '单位',
            render: (_, assignment) => `${assignment.tenant.name}(${LEVEL_LABEL[assignment.tenant.level]})`,
          },
          {
            title: '任务状态',
            width: 160,
            render: (_, assignment) => (
              <>
                <Tag>{ASSIGNMENT_STATUS_LABEL[assignment.status]}</Tag>
                {assignment.outdated && <Tag color="orange">方案已修订,待重新签收</Tag>}
              </>
            ),
          },
          {
            title: '已签收版本',
            width: 110,
            render: (_, assignment) =>
              assignment.acknowledgedVersion ? `第 ${assignment.acknowledgedVersion} 版` : '—',
          },
          {
            title: '转下达自',
            width: 140,
            render: (_, assignment) => assignment.parent?.tenant.name ?? '—',
          },
          {
            title: '实施方案',
            width: 160,
            render: (_, assignment) =>
              assignment.localPlan ? (
                <Link to={`/plans/local/${assignment.id}`}>
                  <Tag color={LOCAL_PLAN_STATUS_COLOR[assignment.localPlan.status]}>
                    {LOCAL_PLAN_STATUS_LABEL[assignment.localPlan.status]}
                  </Tag>
                </Link>
              ) : (
                <Typography.Text type="secondary">未报备</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
