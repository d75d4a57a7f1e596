import type { LedgerFilter } from '../graphql/generated/graphql';

export interface HandoffTab {
  key: string;
  label: string;
  /** A `ledger` filter, or 'lookBacksDue' for the closed items due a look-back. */
  source: LedgerFilter | 'lookBacksDue';
  emptyText: string;
}

/** A department's own handoffs, by where they stand in its work. */
export const DEPARTMENT_TABS: readonly HandoffTab[] = [
  { key: 'issued', label: '待签收', source: { status: ['ISSUED'] }, emptyText: '没有待签收的交办件' },
  {
    key: 'rectifying',
    label: '整改中',
    source: { status: ['SIGNED', 'RECTIFYING'] },
    emptyText: '没有正在整改的交办件',
  },
  { key: 'replied', label: '已报告', source: { status: ['REPLIED'] }, emptyText: '没有待验收的整改报告' },
  { key: 'closed', label: '已销号', source: { status: ['CLOSED'] }, emptyText: '还没有销号的交办件' },
];

/** What a congress office has to act on among the items it handed over or that were escalated to it. */
export const TENANT_TABS: readonly HandoffTab[] = [
  { key: 'verify', label: '待验收', source: { status: ['REPLIED'] }, emptyText: '没有待验收的整改报告' },
  {
    key: 'escalated',
    label: '督办到我',
    source: { escalatedToMe: true },
    emptyText: '没有督办到本机关的事项',
  },
  { key: 'overdue', label: '逾期', source: { overdueOnly: true }, emptyText: '没有逾期未销号的事项' },
  { key: 'lookBack', label: '回头看', source: 'lookBacksDue', emptyText: '没有到期的回头看' },
];
