import { Button, Table } from 'antd';
import { LEVEL_LABEL } from '../common/labels';
import type { DashboardBreakdownQuery } from '../graphql/generated/graphql';
import { figureColumns } from './figure-columns';

type TenantRow = DashboardBreakdownQuery['byTenant'][number];

/**
 * One row per child of the scope with its whole subtree rolled up, plus the scope's own findings ("本级").
 * A child's name drills down: the same dashboard, scoped to it.
 */
export function TenantTable({
  rows,
  scopeId,
  loading,
  onDrill,
}: {
  rows: TenantRow[];
  scopeId: string;
  loading: boolean;
  onDrill: (tenantId: string) => void;
}) {
  return (
    <Table<TenantRow>
      size="small"
      rowKey={(row) => row.tenant?.id ?? 'none'}
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: true }}
      data-testid="tenant-table"
      columns={[
        {
          title: '单位',
          key: 'tenant',
          render: (_, row) =>
            !row.tenant ? (
              '—'
            ) : row.tenant.id === scopeId ? (
              `${row.tenant.name}(本级)`
            ) : (
              <Button type="link" size="small" onClick={() => onDrill(row.tenant!.id)}>
                {row.tenant.name}
              </Button>
            ),
        },
        {
          title: '层级',
          key: 'level',
          render: (_, row) => (row.tenant ? LEVEL_LABEL[row.tenant.level] : ''),
        },
        ...figureColumns<TenantRow>(),
      ]}
    />
  );
}
