import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDay, formatMinute } from '../common/format';
import { HANDOFF_STATUS_COLOR, HANDOFF_STATUS_LABEL } from '../common/labels';
import type { FindingDetail } from './finding-detail-types';

/** The handoff (交办) carrying the finding: where it went, by when, how far it got; opens the handoff's page. */
export function FindingHandoff({ handoff }: { handoff: FindingDetail['handoff'] }) {
  if (!handoff) {
    return <span data-testid="finding-handoff">尚未交办</span>;
  }
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="finding-handoff">
      <Descriptions.Item label="交办函号">
        <Link to={`/handoffs/${handoff.id}`}>{handoff.letterNo ?? '查看交办件'}</Link>
      </Descriptions.Item>
      <Descriptions.Item label="交办状态">
        <Tag color={HANDOFF_STATUS_COLOR[handoff.status]}>{HANDOFF_STATUS_LABEL[handoff.status]}</Tag>
        {handoff.overdue && <Tag color="red">已逾期</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="承办单位">{handoff.department.name}</Descriptions.Item>
      <Descriptions.Item label="整改时限">{formatDay(handoff.deadline)}</Descriptions.Item>
      {handoff.closedAt && (
        <Descriptions.Item label="销号时间">{formatMinute(handoff.closedAt)}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
