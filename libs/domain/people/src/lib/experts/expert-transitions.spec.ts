import { ExpertStatus } from './expert-kinds';
import { assertExpertTransition, canTransitionExpert } from './expert-transitions';

describe('expert transitions', () => {
  it.each([
    [ExpertStatus.ACTIVE, ExpertStatus.SUSPENDED, true],
    [ExpertStatus.ACTIVE, ExpertStatus.RETIRED, true],
    [ExpertStatus.SUSPENDED, ExpertStatus.ACTIVE, true],
    [ExpertStatus.SUSPENDED, ExpertStatus.RETIRED, true],
    [ExpertStatus.ACTIVE, ExpertStatus.ACTIVE, false],
    [ExpertStatus.RETIRED, ExpertStatus.ACTIVE, false],
    [ExpertStatus.RETIRED, ExpertStatus.SUSPENDED, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransitionExpert(from, to)).toBe(allowed);
  });

  it('refuses bringing a retired expert back with a reason', () => {
    expect(() => assertExpertTransition(ExpertStatus.RETIRED, ExpertStatus.ACTIVE)).toThrow(
      expect.objectContaining({ reason: 'EXPERT_TRANSITION_NOT_ALLOWED' }),
    );
  });
});
