import { registerEnumType } from '@nestjs/graphql';

export enum FindingStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  HANDED_OVER = 'HANDED_OVER',
  RECTIFYING = 'RECTIFYING',
  CLOSED = 'CLOSED',
  DISMISSED = 'DISMISSED',
  MERGED = 'MERGED',
}

registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: '已报送、已采纳、已退回、已交办、整改中、已销号、不属实、已合并',
});

export enum Severity {
  NORMAL = 'NORMAL',
  SERIOUS = 'SERIOUS',
  CRITICAL = 'CRITICAL',
}

registerEnumType(Severity, { name: 'Severity', description: '一般 / 较重 / 严重' });

/** Where a finding came from (问题来源). */
export enum FindingSource {
  OWN_SUPERVISION = 'OWN_SUPERVISION',
  AUDIT_REPORT = 'AUDIT_REPORT',
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  DEPUTY_SUGGESTION = 'DEPUTY_SUGGESTION',
}

registerEnumType(FindingSource, {
  name: 'FindingSource',
  description:
    'OWN_SUPERVISION 自身监督, AUDIT_REPORT 审计报告, PUBLIC_COMPLAINT 群众投诉, DEPUTY_SUGGESTION 代表建议',
});

export const FINDING_SOURCE_LABELS: Record<FindingSource, string> = {
  [FindingSource.OWN_SUPERVISION]: '自身监督',
  [FindingSource.AUDIT_REPORT]: '审计报告',
  [FindingSource.PUBLIC_COMPLAINT]: '群众投诉',
  [FindingSource.DEPUTY_SUGGESTION]: '代表建议',
};

/** Statuses that count as handed over in progress figures. */
export const HANDED_OVER_STATUSES: readonly FindingStatus[] = [
  FindingStatus.HANDED_OVER,
  FindingStatus.RECTIFYING,
  FindingStatus.CLOSED,
];

/** Statuses that do not count at all: the finding was not a problem, or another one stands for it. */
export const UNCOUNTED_STATUSES: readonly FindingStatus[] = [FindingStatus.MERGED, FindingStatus.DISMISSED];
