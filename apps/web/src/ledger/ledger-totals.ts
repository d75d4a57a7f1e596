import type { LedgerItemKind } from '../graphql/generated/enums';

export interface KindFigures {
  kind: LedgerItemKind;
  total: number;
  closed: number;
  overdue: number;
  closureRate: number;
}

/** The whole ledger from its kinds: the sums, and closed ÷ total (0 when there is nothing). */
export function ledgerTotals(kinds: readonly KindFigures[]): Omit<KindFigures, 'kind'> & { kind: 'ALL' } {
  const total = kinds.reduce((sum, figures) => sum + figures.total, 0);
  const closed = kinds.reduce((sum, figures) => sum + figures.closed, 0);
  const overdue = kinds.reduce((sum, figures) => sum + figures.overdue, 0);
  return { kind: 'ALL', total, closed, overdue, closureRate: total === 0 ? 0 : closed / total };
}
