import { Tag } from 'antd';
import { blockingCount, type Issue } from './conformance';

/** One line for a plan's conformance: conforming, or how many blocking and warning problems it has. */
export function ConformanceSummary({ issues }: { issues: readonly Issue[] }) {
  const blocking = blockingCount(issues);
  const warnings = issues.length - blocking;
  if (issues.length === 0) {
    return <Tag color="green">符合统一方案</Tag>;
  }
  return (
    <>
      {blocking > 0 && <Tag color="red">阻断 {blocking} 项</Tag>}
      {warnings > 0 && <Tag color="orange">提示 {warnings} 项</Tag>}
    </>
  );
}
