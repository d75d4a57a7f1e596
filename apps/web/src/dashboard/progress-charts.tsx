import { Card, Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../charts/chart';
import { FINDING_STATUS_LABEL, LEVEL_LABEL } from '../common/labels';
import type { DashboardBreakdownQuery } from '../graphql/generated/graphql';

function byProjectOption(rows: DashboardBreakdownQuery['byProject']): ChartOption {
  const sorted = [...rows].sort((a, b) => a.findings - b.findings);
  const titles = sorted.map((row) => row.project?.title ?? '未关联项目');
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: titles, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      { name: '发现问题', type: 'bar', data: sorted.map((row) => row.findings) },
      { name: '已交办', type: 'bar', data: sorted.map((row) => row.handedOver) },
      { name: '已销号', type: 'bar', data: sorted.map((row) => row.closed) },
    ],
  };
}

function pieOption(name: string, slices: Array<{ name: string; value: number }>): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
    legend: { bottom: 0 },
    // Names are in the legend and the tooltip; labels around a small ring would be cut off.
    series: [{ name, type: 'pie', radius: ['40%', '68%'], label: { show: false }, data: slices }],
  };
}

/** Findings by project, by tier and by status. */
export function ProgressCharts({ breakdown }: { breakdown: DashboardBreakdownQuery | undefined }) {
  const options = useMemo(() => {
    if (!breakdown) {
      return null;
    }
    return {
      byProject: byProjectOption(breakdown.byProject),
      byLevel: pieOption(
        '按层级',
        breakdown.byLevel.map((row) => ({
          name: row.level ? LEVEL_LABEL[row.level] : '其他',
          value: row.findings,
        })),
      ),
      byStatus: pieOption(
        '按状态',
        breakdown.byStatus.map((row) => ({
          name: row.status ? FINDING_STATUS_LABEL[row.status] : '其他',
          value: row.findings,
        })),
      ),
    };
  }, [breakdown]);

  const projectCount = breakdown?.byProject.length ?? 0;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="各项目问题" size="small" loading={!options}>
          {options && projectCount > 0 ? (
            <Chart
              option={options.byProject}
              height={Math.max(240, projectCount * 36 + 60)}
              testId="chart-by-project"
            />
          ) : (
            <Empty description="暂无数据" />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title="按层级" size="small" loading={!options}>
          {options && breakdown?.byLevel.length ? (
            <Chart option={options.byLevel} testId="chart-by-level" />
          ) : (
            <Empty description="暂无数据" />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title="按状态" size="small" loading={!options}>
          {options && breakdown?.byStatus.length ? (
            <Chart option={options.byStatus} testId="chart-by-status" />
          ) : (
            <Empty description="暂无数据" />
          )}
        </Card>
      </Col>
    </Row>
  );
}
