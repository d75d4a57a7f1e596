import type { ReferralStatus } from '../graphql/generated/enums';

export const REFERRAL_STATUS_LABEL: Record<ReferralStatus, string> = {
  SENT: '已移送',
  RECEIVED: '已接收',
  CONCLUDED: '已办结',
  CLOSED: '已归档',
};

export const REFERRAL_STATUS_COLOR: Record<ReferralStatus, string> = {
  SENT: 'blue',
  RECEIVED: 'processing',
  CONCLUDED: 'green',
  CLOSED: 'default',
};

/** What the sending tier records next on a referral, by its status: the receipt, the outcome, the closing. */
export type ReferralStep = 'receipt' | 'outcome' | 'close';

export function nextReferralStep(status: ReferralStatus): ReferralStep | null {
  switch (status) {
    case 'SENT':
      return 'receipt';
    case 'RECEIVED':
      return 'outcome';
    case 'CONCLUDED':
      return 'close';
    case 'CLOSED':
      return null;
  }
}
