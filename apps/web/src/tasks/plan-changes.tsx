import { Alert, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import type { UnificationSection } from '../graphql/generated/enums';
import { TaskPlanChangesDocument, type TaskPlanChangesQuery } from '../graphql/generated/graphql';

type Change = NonNullable<TaskPlanChangesQuery['jointProject']>['changes'][number];

const SECTION_LABEL: Record<UnificationSection, string> = {
  LEADERSHIP: '统一领导',
  SCHEME: '统一方案',
  METHODS: '统一方法',
  POLICY: '统一政策',
  EFFECT: '统一效果',
};

/** What a revised plan changed since the version signed for: read before signing again. */
export function PlanChanges({
  projectId,
  fromVersion,
  toVersion,
}: {
  projectId: string;
  fromVersion: number;
  toVersion: number;
}) {
  const [result] = useQuery({
    query: TaskPlanChangesDocument,
    variables: { projectId, fromVersion, toVersion },
  });
  if (result.error) {
    return <Alert type="error" showIcon message={`变更内容加载失败:${errorMessage(result.error)}`} />;
  }
  return (
    <Table<Change>
      size="small"
      rowKey={(change) => `${change.section}-${change.path}`}
      loading={result.fetching && !result.data}
      dataSource={result.data?.jointProject?.changes ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '无变更' }}
      data-testid="plan-changes"
      columns={[
        { title: '部分', key: 'section', render: (_, change) => SECTION_LABEL[change.section] },
        { title: '内容', dataIndex: 'path' },
        {
          title: '修订前',
          key: 'before',
          render: (_, change) => <Typography.Text delete>{change.before ?? '—'}</Typography.Text>,
        },
        { title: '修订后', key: 'after', render: (_, change) => change.after ?? '(已删除)' },
      ]}
    />
  );
}
