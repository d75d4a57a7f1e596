import { LedgerItemKind, ledgerItemName } from './ledger-item-kind';

describe('ledgerItemName', () => {
  it('calls a handoff of findings 交办事项 and a session’s items by their kind', () => {
    expect(ledgerItemName({ kind: LedgerItemKind.FINDINGS })).toBe('交办事项');
    expect(ledgerItemName({ kind: LedgerItemKind.REVIEW_OPINION })).toBe('审议意见事项');
    expect(ledgerItemName({ kind: LedgerItemKind.RESOLUTION })).toBe('决议事项');
    expect(ledgerItemName({ kind: LedgerItemKind.APPRAISAL_RE_REPORT })).toBe('整改再报告事项');
  });
});
