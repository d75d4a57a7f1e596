import { formatActual, metLabel, type Standing, targetLabel, tiersChart } from './indicator-standings';

const standing: Standing = {
  code: 'OVERDUE_RATE',
  name: '逾期率(%)',
  target: 5,
  computed: true,
  lowerIsBetter: true,
  actual: 12.5,
  met: false,
  tiers: [
    { tenantId: 'c', tenantName: '洛阳市', level: 'CITY', actual: 12.5, met: false },
    { tenantId: 'k1', tenantName: '孟津区', level: 'COUNTY', actual: null, met: null },
  ],
};

describe('indicator standings as shown', () => {
  it('reads the target in its direction', () => {
    expect(targetLabel(standing)).toBe('≤ 5');
    expect(targetLabel({ target: 90, lowerIsBetter: false })).toBe('≥ 90');
  });

  it('shows a missing actual as a dash and says whether it is met', () => {
    expect(formatActual(null)).toBe('—');
    expect(formatActual(66.666)).toBe('66.67');
    expect([metLabel(true), metLabel(false), metLabel(null)]).toEqual(['达标', '未达标', '暂无数据']);
  });

  it('charts one bar per tier against the target', () => {
    const option = tiersChart(standing);
    expect(option.xAxis).toEqual({ type: 'category', data: ['洛阳市', '孟津区'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: '实际值', type: 'bar', data: [12.5, null] }),
      expect.objectContaining({ name: '目标值', type: 'line', data: [5, 5] }),
    ]);
  });
});
