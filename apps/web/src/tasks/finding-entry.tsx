import { Alert, App, Card, Tabs } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { DepartmentsDocument, type TaskDetailQuery } from '../graphql/generated/graphql';
import { ExcelImport } from './excel-import';
import { FindingForm } from './finding-form';
import { PasteEntry } from './paste-entry';

type Project = NonNullable<TaskDetailQuery['assignment']>['project'];

/** 问题填报 three ways: one by one, pasted from Excel, or an Excel file imported whole. */
export function FindingEntry({
  assignmentId,
  tenantId,
  project,
  onSubmitted,
}: {
  assignmentId: string;
  tenantId: string;
  project: Project;
  onSubmitted: () => void;
}) {
  const { message } = App.useApp();
  const [departments] = useQuery({ query: DepartmentsDocument, variables: { tenantId } });
  const context = useMemo(
    () => ({
      methods: project.unifications.methods,
      checklist: project.unifications.policy.checklist,
      checklistCodes: project.unifications.policy.checklist.map((item) => item.code),
      departments: departments.data?.departments ?? [],
    }),
    [project, departments.data],
  );
  const stored = (count: number) => {
    void message.success(`已上报 ${count} 条问题`);
    onSubmitted();
  };

  return (
    <Card title="问题填报" size="small" data-testid="finding-entry">
      {departments.error && (
        <Alert type="warning" showIcon message={`承办单位加载失败:${errorMessage(departments.error)}`} />
      )}
      <Tabs
        items={[
          {
            key: 'form',
            label: '逐条填报',
            children: <FindingForm assignmentId={assignmentId} context={context} onSubmitted={stored} />,
          },
          {
            key: 'paste',
            label: '批量粘贴',
            children: <PasteEntry assignmentId={assignmentId} context={context} onSubmitted={stored} />,
          },
          {
            key: 'excel',
            label: 'Excel 导入',
            children: <ExcelImport assignmentId={assignmentId} onImported={() => onSubmitted()} />,
          },
        ]}
      />
    </Card>
  );
}
