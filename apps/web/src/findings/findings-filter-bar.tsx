import { Alert, Select, Space } from 'antd';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { FINDING_STATUS_LABEL } from '../common/labels';
import type { FindingStatus } from '../graphql/generated/enums';
import { FindingsFilterOptionsDocument } from '../graphql/generated/graphql';
import type { FindingsFilterValues } from './findings-filter';

const STATUS_OPTIONS = (Object.keys(FINDING_STATUS_LABEL) as FindingStatus[]).map((status) => ({
  value: status,
  label: FINDING_STATUS_LABEL[status],
}));

/** 项目, 状态 (several at once) and 下级单位 (its whole subtree); each cleared value widens the list again. */
export function FindingsFilterBar({
  value,
  onChange,
}: {
  value: FindingsFilterValues;
  onChange: (value: FindingsFilterValues) => void;
}) {
  const user = useCurrentUser();
  const [{ data, fetching, error }] = useQuery({
    query: FindingsFilterOptionsDocument,
    variables: { parentId: user.tenant.id },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="findings-filter">
        <Select
          aria-label="联动项目"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部联动项目"
          style={{ width: 280 }}
          loading={fetching}
          value={value.projectId}
          options={data?.jointProjects.map((p) => ({ value: p.id, label: `${p.year} ${p.title}` }))}
          onChange={(projectId?: string) => onChange({ ...value, projectId })}
        />
        <Select<FindingStatus[]>
          aria-label="问题状态"
          mode="multiple"
          allowClear
          // A multiple select searches as one types; by the label, as the other two do, not the enum value.
          optionFilterProp="label"
          placeholder="全部状态"
          style={{ minWidth: 220 }}
          value={value.status}
          options={STATUS_OPTIONS}
          onChange={(status) => onChange({ ...value, status })}
        />
        <Select
          aria-label="下级单位"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="本级及全部下级单位"
          style={{ width: 220 }}
          loading={fetching}
          value={value.scopeTenantId}
          options={data?.tenants.map((t) => ({ value: t.id, label: t.name }))}
          onChange={(scopeTenantId?: string) => onChange({ ...value, scopeTenantId })}
        />
      </Space>
      {error && <Alert type="warning" showIcon message={`筛选项加载失败:${errorMessage(error)}`} />}
    </Space>
  );
}
