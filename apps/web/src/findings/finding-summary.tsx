import { Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { formatMinute } from '../common/format';
import { FINDING_SOURCE_LABEL, SEVERITY_COLOR, SEVERITY_LABEL } from '../common/labels';
import { FindingStatusTag } from './finding-columns';
import type { FindingDetail } from './finding-detail-types';

/** Every field of the finding, with who reported it and, for a merged one, the finding that stands for it. */
export function FindingSummary({ finding }: { finding: FindingDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="finding-summary">
      <Descriptions.Item label="状态">
        <Space wrap>
          <FindingStatusTag status={finding.status} />
          {finding.recurrence && <Tag color="red">屡改屡犯</Tag>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="严重程度">
        <Tag color={SEVERITY_COLOR[finding.severity]}>{SEVERITY_LABEL[finding.severity]}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label="联动项目">
        {finding.project.year} {finding.project.title}
      </Descriptions.Item>
      <Descriptions.Item label="监督方式">{finding.method.name}</Descriptions.Item>
      <Descriptions.Item label="问题类别">{finding.category}</Descriptions.Item>
      <Descriptions.Item label="问题来源">{FINDING_SOURCE_LABEL[finding.source]}</Descriptions.Item>
      <Descriptions.Item label="检查要点">{finding.checklistCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="地点">{finding.location ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="责任单位">{finding.department?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="报送单位">{finding.tenant.name}</Descriptions.Item>
      <Descriptions.Item label="报送时间">{formatMinute(finding.reportedAt)}</Descriptions.Item>
      <Descriptions.Item label="计入单位" span={2}>
        <Space wrap data-testid="finding-reporters">
          {finding.reporters.map((tenant) => (
            <Tag key={tenant.id}>{tenant.name}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      {finding.activity && (
        <Descriptions.Item label="监督活动" span={2}>
          {formatMinute(finding.activity.startsAt)} {finding.activity.location}
          {finding.activity.covert && <Tag style={{ marginLeft: 8 }}>暗访</Tag>}
        </Descriptions.Item>
      )}
      {finding.canonical && (
        <Descriptions.Item label="合并到" span={2}>
          <Link to={`/findings/${finding.canonical.id}`}>{finding.canonical.title}</Link>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="问题描述" span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{finding.description}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
