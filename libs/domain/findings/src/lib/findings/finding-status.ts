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

/** Statuses that count as handed over in progress figures. */
export const HANDED_OVER_STATUSES: readonly FindingStatus[] = [
  FindingStatus.HANDED_OVER,
  FindingStatus.RECTIFYING,
  FindingStatus.CLOSED,
];

/** Statuses that do not count at all: the finding was not a problem, or another one stands for it. */
export const UNCOUNTED_STATUSES: readonly FindingStatus[] = [FindingStatus.MERGED, FindingStatus.DISMISSED];
