import { HandoffStatus as S } from './handoff-status';
import { canTransitionHandoff } from './handoff-transitions';

/** Every edge a handoff may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.ISSUED, S.SIGNED],
  [S.ISSUED, S.ISSUED], // reassigned before it was signed
  [S.SIGNED, S.RECTIFYING],
  [S.SIGNED, S.REPLIED],
  [S.SIGNED, S.ISSUED], // reassigned
  [S.RECTIFYING, S.RECTIFYING], // another staged report
  [S.RECTIFYING, S.REPLIED],
  [S.RECTIFYING, S.ISSUED],
  [S.REPLIED, S.CLOSED], // verified: 销号
  [S.REPLIED, S.RECTIFYING], // verification failed, or evaluated unsatisfied
  [S.REPLIED, S.ISSUED],
  [S.CLOSED, S.RECTIFYING], // unsatisfied evaluation or a relapse at the look-back
];

const STATUSES = Object.values(S);
const EVERY_PAIR = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S]));

describe('the handoff state machine', () => {
  it.each(EVERY_PAIR)('%s → %s is allowed exactly when listed', (from, to) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransitionHandoff(from, to)).toBe(allowed);
  });

  it('never signs twice nor closes what was not replied', () => {
    expect(canTransitionHandoff(S.SIGNED, S.SIGNED)).toBe(false);
    expect(STATUSES.filter((from) => canTransitionHandoff(from, S.CLOSED))).toEqual([S.REPLIED]);
  });
});
