import { Tag, Tooltip } from 'antd';
import { ASSIGNMENT_STATUS_LABEL, LOCAL_PLAN_STATUS_LABEL } from '../common/labels';
import type { AssignmentStatus, LocalPlanStatus } from '../graphql/generated/enums';

const ASSIGNMENT_STATUS_COLOR: Record<AssignmentStatus, string> = {
  ISSUED: 'gold',
  ACKNOWLEDGED: 'blue',
  IN_PROGRESS: 'processing',
  REPORTED: 'cyan',
  CLOSED: 'green',
};

const LOCAL_PLAN_STATUS_COLOR: Record<LocalPlanStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  RETURNED: 'orange',
  ACCEPTED: 'green',
};

/** The assignment's status, and a red flag when the plan was revised since it was signed for. */
export function AssignmentStatusTags({ status, outdated }: { status: AssignmentStatus; outdated: boolean }) {
  return (
    <>
      <Tag color={ASSIGNMENT_STATUS_COLOR[status]}>{ASSIGNMENT_STATUS_LABEL[status]}</Tag>
      {outdated && (
        <Tooltip title="签收后统一方案已修订,请查看变更并重新签收">
          <Tag color="red" data-testid="outdated-flag">
            方案已修订
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

export function LocalPlanStatusTag({ status }: { status: LocalPlanStatus | undefined }) {
  return status ? (
    <Tag color={LOCAL_PLAN_STATUS_COLOR[status]}>{LOCAL_PLAN_STATUS_LABEL[status]}</Tag>
  ) : (
    <Tag>未报备</Tag>
  );
}
