import { Descriptions, Steps, Tag } from 'antd';
import { formatDay, formatMinute } from '../common/format';
import {
  HANDOFF_STATUS_COLOR,
  HANDOFF_STATUS_LABEL,
  LEDGER_ITEM_KIND_COLOR,
  LEDGER_ITEM_KIND_LABEL,
} from '../common/labels';
import type { HandoffStatus } from '../graphql/generated/enums';
import type { HandoffDetailFragment } from '../graphql/generated/graphql';

const FLOW: HandoffStatus[] = ['ISSUED', 'SIGNED', 'RECTIFYING', 'REPLIED', 'CLOSED'];
const FLOW_TITLE: Record<HandoffStatus, string> = {
  ISSUED: '交办',
  SIGNED: '签收',
  RECTIFYING: '整改',
  REPLIED: '报告',
  CLOSED: '销号',
};

/** The facts of a handoff and where it stands in the loop 交办 → 签收 → 整改 → 报告 → 销号. */
export function HandoffSummary({ handoff }: { handoff: HandoffDetailFragment }) {
  const current = FLOW.indexOf(handoff.status);
  return (
    <>
      <Steps
        size="small"
        current={current}
        status={handoff.status === 'CLOSED' ? 'finish' : 'process'}
        items={FLOW.map((status) => ({ title: FLOW_TITLE[status] }))}
        style={{ marginBottom: 24 }}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
        <Descriptions.Item label="交办函号">{handoff.letterNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={HANDOFF_STATUS_COLOR[handoff.status]} data-testid="handoff-status">
            {HANDOFF_STATUS_LABEL[handoff.status]}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="承办单位">
          {handoff.department.name}({handoff.department.tenant.name})
        </Descriptions.Item>
        <Descriptions.Item label="类别">
          <Tag color={LEDGER_ITEM_KIND_COLOR[handoff.kind]} data-testid="handoff-kind">
            {LEDGER_ITEM_KIND_LABEL[handoff.kind]}
          </Tag>
        </Descriptions.Item>
        {handoff.opinion ? (
          <Descriptions.Item label={handoff.kind === 'RESOLUTION' ? '决议' : '审议意见'}>
            {handoff.opinion.title}({handoff.opinion.letterNo})
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label="联动项目">{handoff.project?.title ?? '—'}</Descriptions.Item>
        )}
        {handoff.title && (
          <Descriptions.Item label="事项" span={3}>
            {handoff.title}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="交办机关">{handoff.fromTenant.name}</Descriptions.Item>
        <Descriptions.Item label="整改时限">
          {formatDay(handoff.deadline)} {handoff.overdue && <Tag color="red">已逾期</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="督办等级">
          {handoff.escalationLevel > 0 ? <Tag color="volcano">{handoff.escalationLevel} 级</Tag> : '未督办'}
        </Descriptions.Item>
        <Descriptions.Item label="销号时间">{formatMinute(handoff.closedAt)}</Descriptions.Item>
        {handoff.kind === 'FINDINGS' && (
          <Descriptions.Item label="涉及问题">{handoff.findings.length} 个</Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}
