import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { PlansJointProjectsDocument } from '../graphql/generated/graphql';
import { CreateProjectModal } from './create-project-modal';
import { canIssue } from './plan-permissions';

// urql re-runs a query whenever its context object changes: one object for every render.
const PROJECTS_CONTEXT = { additionalTypenames: ['JointProject'] };
/**
 * 联动监督项目 of the year: the issuer's own and, for a county, those published to it (read here, worked
 * from 联动任务).
 */
export function JointProjectsSection({ year }: { year: number }) {
  const user = useCurrentUser();
  const [projects] = useQuery({
    query: PlansJointProjectsDocument,
    variables: { year },
    context: PROJECTS_CONTEXT,
  });
  const [creating, setCreating] = useState(false);
  const issuing = canIssue(user);

  return (
    <Card
      title="联动监督项目"
      size="small"
      data-testid="joint-projects"
      extra={
        issuing && (
          <Button type="primary" onClick={() => setCreating(true)}>
            新建联动项目
          </Button>
        )
      }
    >
      {projects.error && <Alert type="error" showIcon message={errorMessage(projects.error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={projects.fetching && !projects.data}
        dataSource={projects.data?.jointProjects ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: `${year} 年暂无联动监督项目` }}
        columns={[
          {
            title: '项目名称',
            render: (_, project) => <Link to={`/plans/projects/${project.id}`}>{project.title}</Link>,
          },
          {
            title: '类别',
            width: 90,
            render: (_, project) => (project.isKey ? <Tag color="red">重点</Tag> : <Tag>一般</Tag>),
          },
          {
            title: '牵头委室',
            width: 160,
            render: (_, project) => project.leadCommittee?.name ?? '—',
          },
          { title: '统一方案版本', width: 120, render: (_, project) => `第 ${project.version} 版` },
          {
            title: '发起机关',
            width: 200,
            render: (_, project) =>
              project.issuer.id === user.tenant.id ? `${project.issuer.name}(本机关)` : project.issuer.name,
          },
          { title: '来自年度计划', width: 220, render: (_, project) => project.planItem?.title ?? '—' },
        ]}
      />
      {creating && <CreateProjectModal year={year} fromItem={null} onClose={() => setCreating(false)} />}
    </Card>
  );
}
