import { registerEnumType } from '@nestjs/graphql';

/**
 * What a ledger item (台账事项) is: problems found in supervision handed over (问题交办), an item of a session's
 * review opinion (审议意见), or of its resolution (决议), or a subject's re-report after failing an appraisal
 * (评议整改再报告). All live in the `handoff` table and go through the same steps; only a FINDINGS item has a
 * joint project and findings.
 */
export enum LedgerItemKind {
  FINDINGS = 'FINDINGS',
  REVIEW_OPINION = 'REVIEW_OPINION',
  RESOLUTION = 'RESOLUTION',
  APPRAISAL_RE_REPORT = 'APPRAISAL_RE_REPORT',
}

registerEnumType(LedgerItemKind, {
  name: 'LedgerItemKind',
  description: '台账事项类别:问题交办、审议意见、决议、评议整改再报告',
  valuesMap: {
    FINDINGS: { description: '问题交办' },
    REVIEW_OPINION: { description: '审议意见' },
    RESOLUTION: { description: '决议' },
    APPRAISAL_RE_REPORT: { description: '评议整改再报告' },
  },
});

/** The Chinese name of each kind, for sheets and notices. */
export const LEDGER_ITEM_KIND_NAMES: Record<LedgerItemKind, string> = {
  [LedgerItemKind.FINDINGS]: '问题交办',
  [LedgerItemKind.REVIEW_OPINION]: '审议意见',
  [LedgerItemKind.RESOLUTION]: '决议',
  [LedgerItemKind.APPRAISAL_RE_REPORT]: '整改再报告',
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
