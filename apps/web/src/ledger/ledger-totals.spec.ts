import { ledgerTotals } from './ledger-totals';

describe('ledgerTotals', () => {
  it('adds the kinds up and rates closure over the whole ledger', () => {
    expect(
      ledgerTotals([
        { kind: 'FINDINGS', total: 100, closed: 90, overdue: 3, closureRate: 0.9 },
        { kind: 'REVIEW_OPINION', total: 29, closed: 23, overdue: 1, closureRate: 23 / 29 },
      ]),
    ).toEqual({ kind: 'ALL', total: 129, closed: 113, overdue: 4, closureRate: 113 / 129 });
  });

  it('rates an empty ledger 0, not NaN', () => {
    expect(ledgerTotals([]).closureRate).toBe(0);
  });
});
