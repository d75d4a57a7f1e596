import { trendPoints } from './trend';

describe('trendPoints', () => {
  it('fills quiet months with zeros and keeps running totals, across a year end', () => {
    const points = trendPoints([
      { month: '2024-01', reported: 0, handedOver: 2, closed: 1 },
      { month: '2023-11', reported: 5, handedOver: 0, closed: 0 },
    ]);
    expect(
      points.map((point) => [point.month, point.reported, point.reportedSoFar, point.closedSoFar]),
    ).toEqual([
      ['2023-11', 5, 5, 0],
      ['2023-12', 0, 5, 0],
      ['2024-01', 0, 5, 1],
    ]);
  });

  it('gives nothing to draw for no months', () => {
    expect(trendPoints([])).toEqual([]);
  });
});
