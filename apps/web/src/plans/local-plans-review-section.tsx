import { Alert, Card, Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { LEVEL_LABEL } from '../common/labels';
import { PlansLocalPlansToReviewDocument } from '../graphql/generated/graphql';
import { ConformanceSummary } from './conformance-summary';
import { canReviewLocalPlan } from './plan-permissions';
import { LOCAL_PLAN_CONTEXT, ReviewActions } from './review-actions';

/** 待审核的实施方案: local plans filed on assignments this tenant published. */
export function LocalPlansReviewSection() {
  const user = useCurrentUser();
  const [plans] = useQuery({ query: PlansLocalPlansToReviewDocument, context: LOCAL_PLAN_CONTEXT });
  return (
    <Card title="待审核的实施方案" size="small" data-testid="local-plans-to-review">
      {plans.error && <Alert type="error" showIcon message={errorMessage(plans.error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={plans.fetching && !plans.data}
        dataSource={plans.data?.localPlansToReview ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无待审核的实施方案' }}
        columns={[
          {
            title: '报备单位',
            render: (_, plan) => (
              <Link to={`/plans/local/${plan.assignment.id}`}>
                {plan.assignment.tenant.name}({LEVEL_LABEL[plan.assignment.tenant.level]})
              </Link>
            ),
          },
          {
            title: '联动项目',
            render: (_, plan) => (
              <Link to={`/plans/projects/${plan.assignment.project.id}`}>
                {plan.assignment.project.title}
              </Link>
            ),
          },
          { title: '依据版本', width: 100, render: (_, plan) => `第 ${plan.basedOnVersion} 版` },
          {
            title: '符合性',
            width: 180,
            render: (_, plan) => <ConformanceSummary issues={plan.conformance.issues} />,
          },
          {
            title: '审核',
            width: 200,
            render: (_, plan) =>
              canReviewLocalPlan(user, plan.status) ? (
                <ReviewActions localPlanId={plan.id} conforms={plan.conformance.conforms} />
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
