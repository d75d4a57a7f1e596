import { AppException } from '@liandong/errors';
import { ReferralStatus } from './referral-kinds';

/**
 * The referral state machine: a referral is received by the body (its receipt number), concluded (its
 * outcome) and closed by the tier that sent it. Only ReferralsService writes `referral.status`, and only
 * along this table.
 */
const TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  [ReferralStatus.SENT]: [ReferralStatus.RECEIVED],
  [ReferralStatus.RECEIVED]: [ReferralStatus.CONCLUDED],
  [ReferralStatus.CONCLUDED]: [ReferralStatus.CLOSED],
  [ReferralStatus.CLOSED]: [],
};

export const INITIAL_REFERRAL_STATUS = ReferralStatus.SENT;

export function canTransitionReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses a move the table does not allow, with CONFLICT. */
export function assertReferralTransition(from: ReferralStatus, to: ReferralStatus): void {
  if (!canTransitionReferral(from, to)) {
    throw AppException.conflict('REFERRAL_TRANSITION_NOT_ALLOWED', {
      zh: `移送状态为 ${from},不能变为 ${to}`,
      en: `A ${from} referral cannot become ${to}.`,
    });
  }
}
