import type { ChartOption } from '../charts/chart';
import type { ResultsProjectIndicatorsQuery } from '../graphql/generated/graphql';

export type Standing = ResultsProjectIndicatorsQuery['projectIndicators'][number];

/** 85.5, or a dash while there is no actual. */
export function formatActual(actual: number | null): string {
  return actual === null ? '—' : String(Math.round(actual * 100) / 100);
}

/** 达标 / 未达标 / 暂无数据 */
export function metLabel(met: boolean | null): string {
  if (met === null) {
    return '暂无数据';
  }
  return met ? '达标' : '未达标';
}

/** The target as read: “≥ 90”, or “≤ 5” where lower is better. */
export function targetLabel(standing: Pick<Standing, 'target' | 'lowerIsBetter'>): string {
  return `${standing.lowerIsBetter ? '≤' : '≥'} ${standing.target}`;
}

/** One bar per tier (the node first, then each tier below) against the target, for one indicator. */
export function tiersChart(standing: Standing): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['实际值', '目标值'], top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: standing.tiers.map((tier) => tier.tenantName) },
    yAxis: { type: 'value' },
    series: [
      {
        name: '实际值',
        type: 'bar',
        data: standing.tiers.map((tier) => tier.actual),
      },
      {
        name: '目标值',
        type: 'line',
        data: standing.tiers.map(() => standing.target),
        symbol: 'none',
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}
