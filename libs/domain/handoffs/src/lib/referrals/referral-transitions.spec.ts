import { ReferralStatus } from './referral-kinds';
import { assertReferralTransition, canTransitionReferral } from './referral-transitions';

describe('referral transitions', () => {
  it.each([
    [ReferralStatus.SENT, ReferralStatus.RECEIVED, true],
    [ReferralStatus.RECEIVED, ReferralStatus.CONCLUDED, true],
    [ReferralStatus.CONCLUDED, ReferralStatus.CLOSED, true],
    [ReferralStatus.SENT, ReferralStatus.CONCLUDED, false],
    [ReferralStatus.SENT, ReferralStatus.CLOSED, false],
    [ReferralStatus.RECEIVED, ReferralStatus.CLOSED, false],
    [ReferralStatus.CLOSED, ReferralStatus.SENT, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransitionReferral(from, to)).toBe(allowed);
  });

  it('refuses a skipped step with a reason', () => {
    expect(() => assertReferralTransition(ReferralStatus.SENT, ReferralStatus.CLOSED)).toThrow(
      expect.objectContaining({ reason: 'REFERRAL_TRANSITION_NOT_ALLOWED' }),
    );
  });
});
