import { Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../auth/auth-context';
import { HandoffList } from '../handoffs/handoff-list';
import { ExportButton } from './export-button';
import { ledgerFilter, NO_CHOICES, type LedgerChoices } from './ledger-filter';
import { LedgerFilters } from './ledger-filters';

/** 整改台账: every handoff of the tenant's subtree, filtered, paged and exportable to Excel. */
export default function LedgerPage() {
  const user = useCurrentUser();
  const [choices, setChoices] = useState<LedgerChoices>(NO_CHOICES);
  const filter = useMemo(() => ledgerFilter(choices), [choices]);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {user.tenant.name} · 整改台账
        </Typography.Title>
        <ExportButton choices={choices} />
      </Space>
      <Card size="small">
        <LedgerFilters choices={choices} onChange={setChoices} />
      </Card>
      <Card size="small">
        <HandoffList filter={filter} emptyText="台账中没有符合条件的事项" />
      </Card>
    </Space>
  );
}
