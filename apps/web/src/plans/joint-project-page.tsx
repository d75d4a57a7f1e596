import { Alert, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { PlansJointProjectDocument } from '../graphql/generated/graphql';
import { IndicatorsCard } from '../results/indicators-card';
import { AssignmentsCard } from './assignments-card';
import { canManagePlans, canPublishProject, canReviseProject } from './plan-permissions';
import { SECTION_LABEL, SECTIONS } from './plan-labels';
import { PublishCard } from './publish-card';
import { ReviseProjectModal } from './revise-project-modal';
import { SectionView } from './unifications-view';
import { VersionsCard } from './versions-card';
import { ResultReportsCard } from '../results/result-reports-card';

// urql re-runs a query whenever its context object changes: one object for every render.
const PROJECT_CONTEXT = { additionalTypenames: ['JointProject'] };
/** 联动项目: the unified plan in its five sections, its versions, publishing and the tenants holding it. */
export default function JointProjectPage() {
  const { projectId = '' } = useParams();
  const user = useCurrentUser();
  const [project] = useQuery({
    query: PlansJointProjectDocument,
    variables: { id: projectId },
    context: PROJECT_CONTEXT,
  });
  const [revising, setRevising] = useState(false);
  const detail = project.data?.jointProject;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Link to="/plans">← 监督计划</Link>
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="project-title">
          {detail?.title ?? '联动项目'}
        </Typography.Title>
        {detail && (
          <Space wrap>
            {detail.isKey && <Tag color="red">重点项目</Tag>}
            <Tag color="blue">统一方案第 {detail.version} 版</Tag>
            <Typography.Text type="secondary">
              {detail.year} 年 · 发起机关:{detail.issuer.name}
              {detail.planItem ? ` · 年度计划项目:${detail.planItem.title}` : ''}
            </Typography.Text>
          </Space>
        )}
      </div>
      {project.error && <Alert type="error" showIcon message={errorMessage(project.error)} />}
      {project.fetching && !detail && <Skeleton active />}
      {!project.fetching && !project.error && !detail && (
        <Alert type="warning" showIcon message="未找到该联动项目,或无权查看" />
      )}
      {detail && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title="五统一" size="small" data-testid="unifications">
              {SECTIONS.map((section) => (
                <div key={section} style={{ marginBottom: 16 }}>
                  <Typography.Title level={5}>{SECTION_LABEL[section]}</Typography.Title>
                  <SectionView section={section} unified={detail.unifications} />
                </div>
              ))}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <VersionsCard
                key={detail.version}
                projectId={detail.id}
                versions={detail.versions}
                onRevise={canReviseProject(user, detail.issuer.id) ? () => setRevising(true) : null}
              />
              {canPublishProject(user, detail.issuer.id) && <PublishCard projectId={detail.id} />}
            </Space>
          </Col>
          <Col span={24}>
            <AssignmentsCard projectId={detail.id} />
          </Col>
          <Col span={24}>
            <IndicatorsCard
              projectId={detail.id}
              milestones={detail.unifications.scheme.milestones.map((milestone) => milestone.name)}
              canEnter={canManagePlans(user)}
            />
          </Col>
          <Col span={24}>
            <ResultReportsCard projectId={detail.id} />
          </Col>
        </Row>
      )}
      {revising && detail && (
        <ReviseProjectModal
          projectId={detail.id}
          unified={detail.unifications}
          onClose={() => setRevising(false)}
        />
      )}
    </Space>
  );
}
