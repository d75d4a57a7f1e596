import { registerEnumType } from '@nestjs/graphql';

/**
 * What a ledger item (台账事项) is: problems found in supervision handed over (问题交办), an item of a session's
 * review opinion (审议意见), or of its resolution (决议). All three live in the `handoff` table and go through the
 * same steps; only a FINDINGS item has a joint project and findings.
 */
export enum LedgerItemKind {
  FINDINGS = 'FINDINGS',
  REVIEW_OPINION = 'REVIEW_OPINION',
  RESOLUTION = 'RESOLUTION',
}

registerEnumType(LedgerItemKind, {
  name: 'LedgerItemKind',
  description: '台账事项类别:问题交办、审议意见、决议',
  valuesMap: {
    FINDINGS: { description: '问题交办' },
    REVIEW_OPINION: { description: '审议意见' },
    RESOLUTION: { description: '决议' },
  },
});

/** The Chinese name of each kind, for sheets and notices. */
export const LEDGER_ITEM_KIND_NAMES: Record<LedgerItemKind, string> = {
  [LedgerItemKind.FINDINGS]: '问题交办',
  [LedgerItemKind.REVIEW_OPINION]: '审议意见',
  [LedgerItemKind.RESOLUTION]: '决议',
};

/** The kinds a session sends to a body. */
export const SESSION_ITEM_KINDS: readonly LedgerItemKind[] = [
  LedgerItemKind.REVIEW_OPINION,
  LedgerItemKind.RESOLUTION,
];

/** What notices call an item: 交办事项, 审议意见事项 or 决议事项. */
export function ledgerItemName(item: { kind: LedgerItemKind }): string {
  return item.kind === LedgerItemKind.FINDINGS ? '交办事项' : `${LEDGER_ITEM_KIND_NAMES[item.kind]}事项`;
}
