import {
  ComputedIndicator,
  computedActual,
  IndicatorCounts,
  isComputedIndicator,
  isMet,
  NO_COUNTS,
  percentage,
  rollUpEntered,
} from './computed-indicators';

const counts = (changes: Partial<IndicatorCounts>): IndicatorCounts => ({ ...NO_COUNTS, ...changes });

describe('computed indicators', () => {
  it('knows the five computed codes and nothing else', () => {
    expect(Object.values(ComputedIndicator).every((code) => isComputedIndicator(code))).toBe(true);
    expect(isComputedIndicator('TRAINED')).toBe(false);
    expect(isComputedIndicator('handover_rate')).toBe(false);
  });

  it('is a percentage rounded to two decimals, and null when nothing is counted', () => {
    expect(percentage(2, 3)).toBe(66.67);
    expect(percentage(3, 3)).toBe(100);
    expect(percentage(0, 0)).toBeNull();
  });

  it('takes each rate from its own part and whole', () => {
    const figures = counts({
      needingHandover: 10,
      handedOver: 8,
      closed: 4,
      closedOnTime: 3,
      open: 4,
      overdue: 1,
      evaluated: 5,
      satisfied: 4,
    });
    expect(computedActual(ComputedIndicator.HANDOVER_RATE, figures)).toBe(80);
    expect(computedActual(ComputedIndicator.RECTIFY_RATE, figures)).toBe(50);
    expect(computedActual(ComputedIndicator.ON_TIME_RATE, figures)).toBe(75);
    expect(computedActual(ComputedIndicator.OVERDUE_RATE, figures)).toBe(25);
    expect(computedActual(ComputedIndicator.SATISFACTION_RATE, figures)).toBe(80);
  });

  it('has no on-time rate before anything is closed', () => {
    expect(computedActual(ComputedIndicator.ON_TIME_RATE, counts({ handedOver: 3, open: 3 }))).toBeNull();
  });
});

describe('met', () => {
  it('is at or above the target', () => {
    expect(isMet('RECTIFY_RATE', 90, 90)).toBe(true);
    expect(isMet('RECTIFY_RATE', 90, 89.99)).toBe(false);
  });

  it('is at or below the target where lower is better (OVERDUE_RATE)', () => {
    expect(isMet(ComputedIndicator.OVERDUE_RATE, 5, 5)).toBe(true);
    expect(isMet(ComputedIndicator.OVERDUE_RATE, 5, 6)).toBe(false);
  });

  it('is unknown without an actual', () => {
    expect(isMet('TRAINED', 20, null)).toBeNull();
  });
});

describe('rolling up entered values', () => {
  it("takes the node's own value when it entered one, whatever lies below", () => {
    const values = [
      { tenantPath: '41.4103', value: 90 },
      { tenantPath: '41.4103.410322', value: 10 },
    ];
    expect(rollUpEntered('41.4103', values)).toBe(90);
  });

  it('takes the mean of the children that have a value, each child once however deep', () => {
    const values = [
      { tenantPath: '41.4103.410322.410322100', value: 70 },
      { tenantPath: '41.4103.410322.410322101', value: 90 },
      { tenantPath: '41.4103.410323', value: 60 },
    ];
    // 410322 rolls up to 80; 410324 has no value and does not count.
    expect(rollUpEntered('41.4103', values)).toBe(70);
  });

  it('ignores values outside the subtree, even under a path with the same prefix', () => {
    const values = [
      { tenantPath: '41.41031', value: 10 },
      { tenantPath: '41.4104', value: 20 },
    ];
    expect(rollUpEntered('41.4103', values)).toBeNull();
  });
});
