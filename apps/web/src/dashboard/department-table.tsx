import { Table } from 'antd';
import type { DashboardBreakdownQuery } from '../graphql/generated/graphql';
import { figureColumns } from './figure-columns';

type DepartmentRow = DashboardBreakdownQuery['byDepartment'][number];

/** The responsible units of the scope's findings, with how far each has rectified. */
export function DepartmentTable({ rows, loading }: { rows: DepartmentRow[]; loading: boolean }) {
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
          render: (_, row) =>
            row.department ? `${row.department.tenant.name} ${row.department.name}` : '未指定承办单位',
        },
        ...figureColumns<DepartmentRow>().filter((column) => column.key !== 'projects'),
      ]}
    />
  );
}
