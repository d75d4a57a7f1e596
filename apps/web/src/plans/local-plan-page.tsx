import { Alert, Skeleton, Space, Typography } from 'antd';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  PlansLocalPlansToReviewDocument,
  PlansMyAssignmentsDocument,
  type LocalPlanReviewRowFragment,
} from '../graphql/generated/graphql';
import { LocalPlanAuthor } from './local-plan-author';
import { LocalPlanReviewer } from './local-plan-reviewer';
import { LOCAL_PLAN_CONTEXT } from './review-actions';

/**
 * 实施方案 of one assignment. The assigned tenant writes and files it; the tenant that published the
 * assignment reviews it. The API has no query for one assignment, so the page looks for it among the caller's
 * own assignments and among the plans waiting for the caller's review.
 */
export default function LocalPlanPage() {
  const { assignmentId = '' } = useParams();
  const [mine] = useQuery({ query: PlansMyAssignmentsDocument, context: LOCAL_PLAN_CONTEXT });
  const [toReview] = useQuery({ query: PlansLocalPlansToReviewDocument, context: LOCAL_PLAN_CONTEXT });
  const own = mine.data?.myAssignments.find((assignment) => assignment.id === assignmentId);
  const found = toReview.data?.localPlansToReview.find((plan) => plan.assignment.id === assignmentId);
  // Once decided, a plan leaves the review list: keep showing it, with its new status, to the reviewer.
  const reviewed = useRef<LocalPlanReviewRowFragment | null>(null);
  if (found) {
    reviewed.current = found;
  }
  const review = found ?? reviewed.current;
  const loading = (mine.fetching && !mine.data) || (toReview.fetching && !toReview.data);
  const error = mine.error ?? toReview.error;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        {own ? <Link to={`/tasks/${own.id}`}>← 任务详情</Link> : <Link to="/plans">← 监督计划</Link>}
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="local-plan-title">
          实施方案{own ? ` · ${own.project.title}` : review ? ` · ${review.assignment.project.title}` : ''}
        </Typography.Title>
      </div>
      {error && <Alert type="error" showIcon message={errorMessage(error)} />}
      {own && <LocalPlanAuthor assignment={own} />}
      {!own && review && <LocalPlanReviewer plan={review} />}
      {!own && !review && loading && <Skeleton active />}
      {!own && !review && !loading && !error && (
        <Alert
          type="info"
          showIcon
          message="未找到该任务的实施方案:它既不是本机关的任务,也不在待审核的方案中。"
        />
      )}
    </Space>
  );
}
