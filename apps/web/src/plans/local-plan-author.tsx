import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { ASSIGNMENT_STATUS_LABEL, LOCAL_PLAN_STATUS_LABEL } from '../common/labels';
import {
  PlansAcknowledgeAssignmentDocument,
  type PlansMyAssignmentsQuery,
} from '../graphql/generated/graphql';
import { LocalPlanForm } from './local-plan-form';
import { canManagePlans } from './plan-permissions';
import { LOCAL_PLAN_STATUS_COLOR } from './plan-labels';
import { LOCAL_PLAN_CONTEXT } from './review-actions';

type MyAssignment = PlansMyAssignmentsQuery['myAssignments'][number];

/** The assigned tenant's view: where its local plan stands, and the form to write, check and file it. */
export function LocalPlanAuthor({ assignment }: { assignment: MyAssignment }) {
  const user = useCurrentUser();
  const [acknowledgement, acknowledge] = useMutation(PlansAcknowledgeAssignmentDocument);
  const plan = assignment.localPlan;
  const manages = canManagePlans(user);
  // A plan accepted for the current version is final until the unified plan is revised.
  const accepted = plan?.status === 'ACCEPTED' && plan.basedOnVersion === assignment.project.version;
  const acknowledged = assignment.status !== 'ISSUED';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="联动项目">
          <Link to={`/plans/projects/${assignment.project.id}`}>{assignment.project.title}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="统一方案">第 {assignment.project.version} 版</Descriptions.Item>
        <Descriptions.Item label="任务状态">{ASSIGNMENT_STATUS_LABEL[assignment.status]}</Descriptions.Item>
        <Descriptions.Item label="实施方案">
          {plan ? (
            <Tag color={LOCAL_PLAN_STATUS_COLOR[plan.status]} data-testid="local-plan-status">
              {LOCAL_PLAN_STATUS_LABEL[plan.status]}(依据第 {plan.basedOnVersion} 版)
            </Tag>
          ) : (
            <Tag data-testid="local-plan-status">未报备</Tag>
          )}
        </Descriptions.Item>
        {plan?.reviewReason && <Descriptions.Item label="审核意见">{plan.reviewReason}</Descriptions.Item>}
      </Descriptions>
      {assignment.outdated && (
        <Alert type="warning" showIcon message="统一方案已修订,请重新签收任务,并按新版本调整实施方案" />
      )}
      {!acknowledged && (
        <Alert
          type="info"
          showIcon
          message="任务尚未签收,签收后方可报备实施方案"
          action={
            manages && (
              <Button
                size="small"
                type="primary"
                loading={acknowledgement.fetching}
                onClick={() => void acknowledge({ id: assignment.id }, LOCAL_PLAN_CONTEXT)}
              >
                签收任务
              </Button>
            )
          }
        />
      )}
      {acknowledgement.error && <Alert type="error" showIcon message={errorMessage(acknowledgement.error)} />}
      {accepted && <Alert type="success" showIcon message="实施方案已通过审核;统一方案修订后方可重新报备" />}
      {plan?.status === 'RETURNED' && (
        <Alert
          type="warning"
          showIcon
          message={`实施方案被退回:${plan.reviewReason ?? ''},请修改后重新报备`}
        />
      )}
      <LocalPlanForm
        assignmentId={assignment.id}
        unified={assignment.project.unifications}
        storedReport={plan?.conformance ?? null}
        canFile={manages && acknowledged && !accepted}
      />
    </Space>
  );
}
