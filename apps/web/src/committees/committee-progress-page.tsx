import { Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { Chart, type ChartOption } from '../charts/chart';
import { errorMessage } from '../common/error-message';
import { CommitteeProgressDocument } from '../graphql/generated/graphql';
import { PressCommitteeDialog } from './press-committee-dialog';
import { closureRateText, mayPress, scorecardRows, type ScoreRow } from './scorecard';

function chartOption(rows: readonly ScoreRow[]): ChartOption {
  // Bottom to top as the table reads top to bottom.
  const shown = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((row) => row.label),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      { name: '问题数', type: 'bar', data: shown.map((row) => row.findings) },
      { name: '已交办', type: 'bar', data: shown.map((row) => row.handedOver) },
      { name: '已销号', type: 'bar', data: shown.map((row) => row.closed) },
      { name: '逾期', type: 'bar', data: shown.map((row) => row.overdue), itemStyle: { color: '#ff4d4f' } },
    ],
  };
}

/**
 * 委室进度: how the projects each committee leads are going — projects, findings, handed over, closed,
 * overdue, closure rate — for the 统筹办, which presses a committee that lags.
 */
export default function CommitteeProgressPage() {
  const user = useCurrentUser();
  const [progress] = useQuery({ query: CommitteeProgressDocument });
  const [pressing, setPressing] = useState<ScoreRow | null>(null);
  const rows = useMemo(() => (progress.data ? scorecardRows(progress.data) : []), [progress.data]);
  const option = useMemo(() => chartOption(rows), [rows]);
  const pressable = rows.some((row) => mayPress(user, row));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>委室进度</Typography.Title>
      <Card title="各委室牵头项目" size="small" loading={progress.fetching && !progress.data}>
        {rows.length > 0 ? (
          <Chart option={option} height={Math.max(240, rows.length * 44 + 60)} testId="chart-by-committee" />
        ) : (
          <Empty description={progress.error ? errorMessage(progress.error) : '本机关尚未设置委室'} />
        )}
      </Card>
      <Card size="small">
        <Table<ScoreRow>
          rowKey="key"
          size="small"
          data-testid="committee-scorecard"
          loading={progress.fetching && !progress.data}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: progress.error ? errorMessage(progress.error) : '本机关尚未设置委室' }}
          columns={[
            { title: '委室', dataIndex: 'label' },
            { title: '项目数', dataIndex: 'projects', align: 'right', width: 90 },
            { title: '问题数', dataIndex: 'findings', align: 'right', width: 90 },
            { title: '已交办', dataIndex: 'handedOver', align: 'right', width: 90 },
            { title: '已销号', dataIndex: 'closed', align: 'right', width: 90 },
            {
              title: '逾期',
              dataIndex: 'overdue',
              align: 'right',
              width: 80,
              render: (overdue: number) =>
                overdue > 0 ? <Typography.Text type="danger">{overdue}</Typography.Text> : 0,
            },
            {
              title: '销号率',
              align: 'right',
              width: 90,
              render: (_, row) => closureRateText(row),
            },
            ...(pressable
              ? [
                  {
                    title: '操作',
                    width: 90,
                    render: (_: unknown, row: ScoreRow) =>
                      mayPress(user, row) ? (
                        <Button size="small" onClick={() => setPressing(row)}>
                          督促
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PressCommitteeDialog row={pressing} onClose={() => setPressing(null)} />
    </Space>
  );
}
