import { List, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { FINDING_STATUS_COLOR, FINDING_STATUS_LABEL, SEVERITY_COLOR, SEVERITY_LABEL } from '../common/labels';
import type { HandoffDetailFragment } from '../graphql/generated/graphql';

/** The findings a handoff holds, each opening its own page. */
export function HandoffFindings({ findings }: { findings: HandoffDetailFragment['findings'] }) {
  return (
    <List
      id="findings"
      size="small"
      dataSource={findings}
      locale={{ emptyText: '没有可查看的问题' }}
      renderItem={(finding) => (
        <List.Item>
          <Space>
            <Link to={`/findings/${finding.id}`}>{finding.title}</Link>
            <Tag color={SEVERITY_COLOR[finding.severity]}>{SEVERITY_LABEL[finding.severity]}</Tag>
            <Tag color={FINDING_STATUS_COLOR[finding.status]}>{FINDING_STATUS_LABEL[finding.status]}</Tag>
          </Space>
        </List.Item>
      )}
    />
  );
}
