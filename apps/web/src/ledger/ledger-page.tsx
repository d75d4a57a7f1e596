import { Alert, Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { HandoffList } from '../handoffs/handoff-list';
import { ExportButton } from './export-button';
import { ledgerFilter, NO_CHOICES, type LedgerChoices } from './ledger-filter';
import { LedgerFilters } from './ledger-filters';
import { LedgerSummary } from './ledger-summary';

/**
 * 整改台账: every ledger item of the tenant's subtree (问题交办, 审议意见, 决议), with the totals and closure
 * rate per kind, filtered, paged and exportable to Excel.
 */
export default function LedgerPage() {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  // The dashboard opens a responsible unit's handoffs as /ledger?departmentId=….
  const departmentId = searchParams.get('departmentId') ?? undefined;
  const [chosen, setChoices] = useState<LedgerChoices>(NO_CHOICES);
  const choices = useMemo(() => ({ ...chosen, departmentId }), [chosen, departmentId]);
  const filter = useMemo(() => ledgerFilter(choices), [choices]);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {user.tenant.name} · 整改台账
        </Typography.Title>
        <ExportButton choices={choices} />
      </Space>
      <LedgerSummary filter={filter} />
      <Card size="small">
        <LedgerFilters choices={choices} onChange={setChoices} />
      </Card>
      {departmentId && (
        <Alert
          type="info"
          showIcon
          message="仅显示从看板选中的一个承办单位的交办件"
          action={
            <Button size="small" onClick={() => setSearchParams({})}>
              显示全部
            </Button>
          }
          data-testid="ledger-department-filter"
        />
      )}
      <Card size="small">
        <HandoffList filter={filter} emptyText="台账中没有符合条件的事项" />
      </Card>
    </Space>
  );
}
