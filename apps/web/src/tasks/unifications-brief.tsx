import { Descriptions, Tag } from 'antd';
import { formatDay } from '../common/format';
import type { TaskDetailQuery } from '../graphql/generated/graphql';

type Unifications = NonNullable<TaskDetailQuery['assignment']>['project']['unifications'];

/** 五统一 in brief: what the tenant works to, one line per section. */
export function UnificationsBrief({ unifications }: { unifications: Unifications }) {
  const { leadership, scheme, methods, policy, effect } = unifications;
  return (
    <Descriptions size="small" column={1} bordered data-testid="unifications">
      <Descriptions.Item label="统一领导">
        {leadership.leadBody},{leadership.leader}
        {leadership.office ? `(${leadership.office})` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="统一方案">
        {scheme.objectives}
        <br />
        实施期限 {formatDay(scheme.startsAt)} 至 {formatDay(scheme.endsAt)}
      </Descriptions.Item>
      <Descriptions.Item label="统一方法">
        {methods.map((method) => (
          <Tag key={method.code}>{method.name}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label="统一政策">
        {policy.legalBasis.join('、')}
        {policy.checklist.length > 0 && (
          <div>
            检查要点:
            {policy.checklist.map((item) => `${item.code} ${item.text}`).join(';')}
          </div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="统一效果">
        {effect.indicators.map((indicator) => `${indicator.name} ≥ ${indicator.target}`).join(';') || '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
