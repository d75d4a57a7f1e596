import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { DashboardBreakdownQuery } from '../graphql/generated/graphql';

type Cell = DashboardBreakdownQuery['byProjectAndTenant'][number];

interface MatrixRow {
  projectId: string;
  title: string;
  cells: Map<string, Cell>;
}

/**
 * Projects down, the scope's children across (the tiers below, each with its subtree rolled up): findings in
 * each cell, handed over and closed on hover. A column heading drills down to that unit.
 */
export function ProjectTenantMatrix({
  breakdown,
  scopeId,
  loading,
  onDrill,
}: {
  breakdown: DashboardBreakdownQuery | undefined;
  scopeId: string;
  loading: boolean;
  onDrill: (tenantId: string) => void;
}) {
  const { rows, columns } = useMemo(() => {
    const tenants = (breakdown?.byTenant ?? []).flatMap((row) => (row.tenant ? [row.tenant] : []));
    const rows: MatrixRow[] = (breakdown?.byProject ?? []).flatMap((row) =>
      row.project
        ? [{ projectId: row.project.id, title: row.project.title, cells: new Map<string, Cell>() }]
        : [],
    );
    const byProject = new Map(rows.map((row) => [row.projectId, row]));
    for (const cell of breakdown?.byProjectAndTenant ?? []) {
      if (cell.project && cell.tenant) {
        byProject.get(cell.project.id)?.cells.set(cell.tenant.id, cell);
      }
    }
    const columns: ColumnsType<MatrixRow> = [
      { title: '联动项目', dataIndex: 'title', key: 'title', fixed: 'left', width: 220 },
      ...tenants.map((tenant) => ({
        key: tenant.id,
        align: 'center' as const,
        title:
          tenant.id === scopeId ? (
            '本级'
          ) : (
            <Button type="link" size="small" onClick={() => onDrill(tenant.id)}>
              {tenant.name}
            </Button>
          ),
        render: (_: unknown, row: MatrixRow) => {
          const cell = row.cells.get(tenant.id);
          return cell ? (
            <Tooltip title={`已交办 ${cell.handedOver},已销号 ${cell.closed}`}>{cell.findings}</Tooltip>
          ) : (
            <span style={{ color: '#bbb' }}>—</span>
          );
        },
      })),
    ];
    return { rows, columns };
  }, [breakdown, scopeId, onDrill]);

  return (
    <Table<MatrixRow>
      size="small"
      rowKey="projectId"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid="project-tenant-matrix"
    />
  );
}
