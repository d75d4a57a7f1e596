import { Alert, Breadcrumb, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { TaskDetailDocument } from '../graphql/generated/graphql';
import { AcknowledgeButton } from './acknowledge-button';
import { ActivitiesCard } from './activities-card';
import { FindingEntry } from './finding-entry';
import { FindingsCard } from './findings-card';
import { MilestonesCard } from './milestones-card';
import { PassOnCard } from './pass-on-card';
import { PlanChanges } from './plan-changes';
import { AssignmentStatusTags, LocalPlanStatusTag } from './status-tags';
import { canAcknowledge, canReport, isWorking } from './task-groups';
import { UnificationsBrief } from './unifications-brief';

/** 任务详情: what the unified plan asks, the milestones, activities, and the findings of this assignment. */
export default function AssignmentPage() {
  const { assignmentId = '' } = useParams();
  const user = useCurrentUser();
  const [result, reexecute] = useQuery({ query: TaskDetailDocument, variables: { id: assignmentId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [findingsVersion, setFindingsVersion] = useState(0);
  // The tasks section is the assigned tenant's own work: an assignment further down the tree is not one here.
  const found = result.data?.assignment;
  const assignment = found?.tenant.id === user.tenant.id ? found : undefined;

  const listName = user.tenant.level === 'CITY' || user.tenant.level === 'PROVINCE' ? '监督任务' : '联动任务';
  const header = (
    <Breadcrumb items={[{ title: <Link to="/tasks">{listName}</Link> }, { title: '任务详情' }]} />
  );
  if (result.error || (result.data && !assignment)) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {header}
        <Alert
          type="error"
          showIcon
          message={result.error ? errorMessage(result.error) : '未找到该任务,或无权查看'}
        />
      </Space>
    );
  }
  if (!assignment) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {header}
        <Skeleton active />
      </Space>
    );
  }

  const { project } = assignment;
  const working = isWorking(assignment.status);
  const reporter = canReport(user.roles);
  const passOn = working && user.tenant.level === 'COUNTY' && user.roles.includes('COORDINATOR');
  // 本级监督: the office supervises its own plan item or project itself; no one above asks for a local plan.
  const own = !assignment.parent && project.issuer.id === user.tenant.id;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        {header}
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="assignment-title">
          {project.title}
        </Typography.Title>
        <Space wrap>
          <AssignmentStatusTags status={assignment.status} outdated={assignment.outdated} />
          {own ? (
            <Tag color="cyan" data-testid="own-supervision">
              本级监督
            </Tag>
          ) : (
            <>
              <Typography.Text type="secondary">
                下达单位:{assignment.parent?.tenant.name ?? project.issuer.name} · 第 {project.version} 版
                {assignment.acknowledgedVersion ? `(已签收第 ${assignment.acknowledgedVersion} 版)` : ''}
              </Typography.Text>
              <span>
                实施方案:
                <LocalPlanStatusTag status={assignment.localPlan?.status} />
                <Link to={`/tasks/${assignment.id}/local-plan`}>
                  {assignment.localPlan ? '查看实施方案' : '报备实施方案'}
                </Link>
              </span>
            </>
          )}
          {canAcknowledge(assignment, user.roles) && (
            <AcknowledgeButton assignmentId={assignment.id} outdated={assignment.outdated} onDone={refresh} />
          )}
        </Space>
        {assignment.outdated && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message="统一方案已修订"
            description={
              <>
                签收后项目已发布第 {project.version} 版,请核对变更后重新签收;已上报的问题不受影响。
                {assignment.acknowledgedVersion && (
                  <PlanChanges
                    projectId={project.id}
                    fromVersion={assignment.acknowledgedVersion}
                    toVersion={project.version}
                  />
                )}
              </>
            }
          />
        )}
        {assignment.status === 'ISSUED' && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            message="签收后方可记录活动、上报问题和标记时间节点。"
          />
        )}
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="五统一" size="small">
            <UnificationsBrief unifications={project.unifications} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <MilestonesCard
            assignmentId={assignment.id}
            milestones={assignment.milestones}
            canSubmit={working && user.roles.includes('COORDINATOR')}
          />
        </Col>
      </Row>

      {passOn && <PassOnCard projectId={project.id} countyId={user.tenant.id} />}

      <ActivitiesCard
        assignmentId={assignment.id}
        methods={project.unifications.methods}
        canRecord={working && reporter}
      />

      {working && reporter && (
        <FindingEntry
          assignmentId={assignment.id}
          tenantId={user.tenant.id}
          project={project}
          onSubmitted={() => setFindingsVersion((version) => version + 1)}
        />
      )}

      <FindingsCard projectId={project.id} tenantId={user.tenant.id} refreshKey={findingsVersion} />
    </Space>
  );
}
