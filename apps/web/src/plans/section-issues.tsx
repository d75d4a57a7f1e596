import { Alert, Space } from 'antd';
import { issueText, type Issue } from './conformance';
import { SEVERITY_LABEL } from './plan-labels';

/** The conformance problems of one section, shown at that section. */
export function SectionIssues({ issues }: { issues: readonly Issue[] | undefined }) {
  if (!issues || issues.length === 0) {
    return null;
  }
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {issues.map((issue) => (
        <Alert
          key={`${issue.severity}:${issue.path}:${issue.message}`}
          type={issue.severity === 'BLOCKING' ? 'error' : 'warning'}
          showIcon
          data-testid="conformance-issue"
          data-severity={issue.severity}
          message={`【${SEVERITY_LABEL[issue.severity]}】${issueText(issue)}`}
        />
      ))}
    </Space>
  );
}
