import { Button, Table } from 'antd';
import type { DashboardBreakdownQuery } from '../graphql/generated/graphql';
import { figureColumns } from './figure-columns';

type DepartmentRow = DashboardBreakdownQuery['byDepartment'][number];

/**
 * The responsible units of the scope's findings, with how far each has rectified; with `onDrill`, a unit's
 * name opens its handoffs in the ledger.
 */
export function DepartmentTable({
  rows,
  loading,
  onDrill,
}: {
  rows: DepartmentRow[];
  loading: boolean;
  onDrill?: (departmentId: string) => void;
}) {
  return (
    <Table<DepartmentRow>
      size="small"
      rowKey={(row) => row.department?.id ?? 'none'}
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: true }}
      data-testid="department-table"
      columns={[
        {
          title: '承办单位',
          key: 'department',
          render: (_, row) => {
            if (!row.department) {
              return '未指定承办单位';
            }
            const name = `${row.department.tenant.name} ${row.department.name}`;
            const { id } = row.department;
            return onDrill && row.handoffs > 0 ? (
              <Button type="link" size="small" onClick={() => onDrill(id)}>
                {name}
              </Button>
            ) : (
              name
            );
          },
        },
        ...figureColumns<DepartmentRow>().filter((column) => column.key !== 'projects'),
      ]}
    />
  );
}
