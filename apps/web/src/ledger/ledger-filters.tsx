import { Checkbox, Form, Select } from 'antd';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { HANDOFF_STATUS_LABEL, LEDGER_ITEM_KIND_LABEL } from '../common/labels';
import type { HandoffStatus, LedgerItemKind } from '../graphql/generated/enums';
import { LedgerProjectsDocument, LedgerUnitsDocument } from '../graphql/generated/graphql';
import type { LedgerChoices } from './ledger-filter';

const STATUS_OPTIONS = (Object.keys(HANDOFF_STATUS_LABEL) as HandoffStatus[]).map((status) => ({
  value: status,
  label: HANDOFF_STATUS_LABEL[status],
}));

const KIND_OPTIONS = (Object.keys(LEDGER_ITEM_KIND_LABEL) as LedgerItemKind[]).map((kind) => ({
  value: kind,
  label: LEDGER_ITEM_KIND_LABEL[kind],
}));

/**
 * The ledger's filter bar. Projects and lower units load on their own; when one fails, its select says so
 * and the ledger stays usable.
 */
export function LedgerFilters({
  choices,
  onChange,
}: {
  choices: LedgerChoices;
  onChange: (choices: LedgerChoices) => void;
}) {
  const user = useCurrentUser();
  const [projects] = useQuery({ query: LedgerProjectsDocument });
  const [units] = useQuery({ query: LedgerUnitsDocument, variables: { parentId: user.tenant.id } });
  const set = (change: Partial<LedgerChoices>) => onChange({ ...choices, ...change });

  return (
    <Form layout="inline" style={{ rowGap: 12 }} data-testid="ledger-filters">
      <Form.Item label="类别">
        <Select
          mode="multiple"
          allowClear
          aria-label="类别"
          data-testid="ledger-kind"
          optionFilterProp="label"
          placeholder="全部类别"
          style={{ minWidth: 180 }}
          value={choices.kinds}
          onChange={(kinds: LedgerItemKind[]) => set({ kinds })}
          options={KIND_OPTIONS}
        />
      </Form.Item>
      <Form.Item
        label="联动项目"
        validateStatus={projects.error ? 'error' : undefined}
        help={projects.error ? errorMessage(projects.error) : undefined}
      >
        <Select
          allowClear
          placeholder="全部项目"
          style={{ width: 240 }}
          loading={projects.fetching}
          value={choices.projectId}
          onChange={(projectId?: string) => set({ projectId })}
          options={(projects.data?.jointProjects ?? []).map((project) => ({
            value: project.id,
            label: project.title,
          }))}
        />
      </Form.Item>
      <Form.Item label="状态">
        <Select
          mode="multiple"
          allowClear
          placeholder="全部状态"
          style={{ minWidth: 200 }}
          value={choices.status}
          onChange={(status: HandoffStatus[]) => set({ status })}
          options={STATUS_OPTIONS}
        />
      </Form.Item>
      <Form.Item
        label="下级单位"
        validateStatus={units.error ? 'error' : undefined}
        help={units.error ? errorMessage(units.error) : undefined}
      >
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="本级及全部下级"
          style={{ width: 200 }}
          loading={units.fetching}
          value={choices.scopeTenantId}
          onChange={(scopeTenantId?: string) => set({ scopeTenantId })}
          options={(units.data?.tenants ?? [])
            .filter((tenant) => tenant.id !== user.tenant.id)
            .map((tenant) => ({ value: tenant.id, label: tenant.name }))}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={choices.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.target.checked })}
        >
          仅逾期
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={choices.escalatedToMe}
          onChange={(event) => set({ escalatedToMe: event.target.checked })}
        >
          督办到我
        </Checkbox>
      </Form.Item>
    </Form>
  );
}
