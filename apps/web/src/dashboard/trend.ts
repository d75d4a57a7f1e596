import type { ChartOption } from '../charts/chart';
import type { DashboardByMonthQuery } from '../graphql/generated/graphql';

type Month = DashboardByMonthQuery['progressByMonth'][number];

export interface TrendPoint extends Month {
  /** Running totals from the first month: what has been reported and closed so far. */
  reportedSoFar: number;
  closedSoFar: number;
}

function nextMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/**
 * Every month from the first with activity to the last, quiet months included as zeros (a chart that skips
 * them would draw a gap as steady progress), with running totals.
 */
export function trendPoints(months: readonly Month[]): TrendPoint[] {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) {
    return [];
  }
  const byMonth = new Map(sorted.map((month) => [month.month, month]));
  const points: TrendPoint[] = [];
  let reportedSoFar = 0;
  let closedSoFar = 0;
  for (let month = first.month; month <= last.month; month = nextMonth(month)) {
    const figures = byMonth.get(month) ?? { month, reported: 0, handedOver: 0, closed: 0 };
    reportedSoFar += figures.reported;
    closedSoFar += figures.closed;
    points.push({ ...figures, month, reportedSoFar, closedSoFar });
  }
  return points;
}

/** Monthly bars of what was reported, handed over and closed; lines of the running totals. */
export function trendOption(points: readonly TrendPoint[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => point.month) },
    yAxis: [
      { type: 'value', name: '当月' },
      { type: 'value', name: '累计', splitLine: { show: false } },
    ],
    series: [
      { name: '新发现', type: 'bar', barMaxWidth: 28, data: points.map((point) => point.reported) },
      { name: '交办', type: 'bar', barMaxWidth: 28, data: points.map((point) => point.handedOver) },
      { name: '销号', type: 'bar', barMaxWidth: 28, data: points.map((point) => point.closed) },
      {
        name: '累计发现',
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        data: points.map((point) => point.reportedSoFar),
      },
      {
        name: '累计销号',
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        data: points.map((point) => point.closedSoFar),
      },
    ],
  };
}
