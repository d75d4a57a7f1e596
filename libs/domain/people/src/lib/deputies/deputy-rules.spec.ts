import { invitationRefusal } from './deputy-rules';

const deputy = { name: '王建国', status: 'ACTIVE', termStartsOn: '2021-10-01', termEndsOn: '2026-12-31' };

describe('invitationRefusal', () => {
  it('invites an active deputy within the term, the last day included', () => {
    expect(invitationRefusal(deputy, '2026-12-31')).toBeNull();
  });

  it('refuses a deputy who left', () => {
    expect(invitationRefusal({ ...deputy, status: 'LEFT' }, '2025-01-01')?.reason).toBe('DEPUTY_LEFT');
  });

  it('refuses a deputy whose term ended', () => {
    expect(invitationRefusal(deputy, '2027-01-01')?.reason).toBe('DEPUTY_TERM_ENDED');
  });
});
