import { ParticipationStatus } from './participation-kinds';
import { assertParticipationTransition, canTransitionParticipation } from './participation-transitions';

describe('participation transitions', () => {
  it.each([
    [ParticipationStatus.INVITED, ParticipationStatus.ATTENDED, true],
    [ParticipationStatus.INVITED, ParticipationStatus.ABSENT, true],
    [ParticipationStatus.ATTENDED, ParticipationStatus.ABSENT, true],
    [ParticipationStatus.ABSENT, ParticipationStatus.ATTENDED, true],
    [ParticipationStatus.ATTENDED, ParticipationStatus.ATTENDED, false],
    [ParticipationStatus.ATTENDED, ParticipationStatus.INVITED, false],
    [ParticipationStatus.ABSENT, ParticipationStatus.INVITED, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransitionParticipation(from, to)).toBe(allowed);
  });

  it('refuses recording the same attendance twice, with a reason', () => {
    expect(() =>
      assertParticipationTransition(ParticipationStatus.ATTENDED, ParticipationStatus.ATTENDED),
    ).toThrow(expect.objectContaining({ reason: 'PARTICIPATION_TRANSITION_NOT_ALLOWED' }));
  });
});
