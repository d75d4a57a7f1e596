import type { ColumnsType } from 'antd/es/table';
import type { FiguresFragment } from '../graphql/generated/graphql';

/** The figure columns every breakdown table shares, sortable. */
export function figureColumns<Row extends FiguresFragment>(): ColumnsType<Row> {
  const count = (title: string, key: keyof FiguresFragment) => ({
    title,
    dataIndex: key,
    key,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => a[key] - b[key],
  });
  return [
    count('项目', 'projects'),
    count('问题', 'findings'),
    count('已交办', 'handedOver'),
    count('已销号', 'closed'),
    count('逾期', 'overdue'),
    {
      ...count('销号率', 'closureRate'),
      render: (rate: number) => `${(rate * 100).toFixed(1)}%`,
    },
    count('台账', 'handoffs'),
    count('台账已销号', 'handoffsClosed'),
  ];
}
