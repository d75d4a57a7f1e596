import type { HandoffStatus, LedgerItemKind } from '../graphql/generated/enums';
import type { LedgerFilter } from '../graphql/generated/graphql';

/** What the ledger's filter bar holds; empty choices mean "all". */
export interface LedgerChoices {
  projectId?: string;
  status: HandoffStatus[];
  /** 类别: 问题交办, 审议意见, 决议. */
  kinds: LedgerItemKind[];
  overdueOnly: boolean;
  escalatedToMe: boolean;
  scopeTenantId?: string;
  /** One responsible unit, when the dashboard drilled down to it. */
  departmentId?: string;
}

export const NO_CHOICES: LedgerChoices = { status: [], kinds: [], overdueOnly: false, escalatedToMe: false };

/** The `ledger` filter for the choices, leaving out what is not chosen. */
export function ledgerFilter(choices: LedgerChoices): LedgerFilter {
  return {
    ...(choices.projectId && { projectId: choices.projectId }),
    ...(choices.status.length > 0 && { status: choices.status }),
    ...(choices.kinds.length > 0 && { kinds: choices.kinds }),
    ...(choices.overdueOnly && { overdueOnly: true }),
    ...(choices.escalatedToMe && { escalatedToMe: true }),
    ...(choices.scopeTenantId && { scopeTenantId: choices.scopeTenantId }),
    ...(choices.departmentId && { departmentId: choices.departmentId }),
  };
}

/** The Excel export of exactly the rows the ledger shows: the same filter as query parameters. */
export function ledgerExportPath(choices: LedgerChoices): string {
  const params = new URLSearchParams();
  if (choices.scopeTenantId) {
    params.set('scopeTenantId', choices.scopeTenantId);
  }
  if (choices.projectId) {
    params.set('projectId', choices.projectId);
  }
  if (choices.departmentId) {
    params.set('departmentId', choices.departmentId);
  }
  if (choices.status.length > 0) {
    params.set('status', choices.status.join(','));
  }
  if (choices.kinds.length > 0) {
    params.set('kind', choices.kinds.join(','));
  }
  if (choices.overdueOnly) {
    params.set('overdueOnly', 'true');
  }
  if (choices.escalatedToMe) {
    params.set('escalatedToMe', 'true');
  }
  return `/exports/ledger.xlsx?${params.toString()}`;
}
