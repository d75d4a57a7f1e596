import { nextReferralStep } from './referral-labels';

describe('nextReferralStep', () => {
  it('asks for the receipt, then the outcome, then the closing, and nothing after', () => {
    expect(nextReferralStep('SENT')).toBe('receipt');
    expect(nextReferralStep('RECEIVED')).toBe('outcome');
    expect(nextReferralStep('CONCLUDED')).toBe('close');
    expect(nextReferralStep('CLOSED')).toBeNull();
  });
});
