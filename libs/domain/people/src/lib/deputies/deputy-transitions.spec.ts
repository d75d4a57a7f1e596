import { DeputyStatus } from './deputy-kinds';
import { assertDeputyTransition, canTransitionDeputy } from './deputy-transitions';

describe('deputy transitions', () => {
  it.each([
    [DeputyStatus.ACTIVE, DeputyStatus.LEFT, true],
    [DeputyStatus.LEFT, DeputyStatus.ACTIVE, false],
    [DeputyStatus.LEFT, DeputyStatus.LEFT, false],
    [DeputyStatus.ACTIVE, DeputyStatus.ACTIVE, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransitionDeputy(from, to)).toBe(allowed);
  });

  it('refuses to bring back a deputy who left, with a reason', () => {
    expect(() => assertDeputyTransition(DeputyStatus.LEFT, DeputyStatus.ACTIVE)).toThrow(
      expect.objectContaining({ reason: 'DEPUTY_TRANSITION_NOT_ALLOWED' }),
    );
  });
});
