import { AssignmentStatus as S } from './assignment-status';
import { canTransitionAssignment } from './assignment-transitions';

/** Every edge an assignment may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.ISSUED, S.ACKNOWLEDGED],
  [S.ACKNOWLEDGED, S.IN_PROGRESS],
  [S.IN_PROGRESS, S.REPORTED],
  [S.REPORTED, S.CLOSED],
];

const STATUSES = Object.values(S);

describe('the assignment state machine', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S])))(
    '%s → %s is allowed exactly when listed',
    (from, to) => {
      expect(canTransitionAssignment(from, to)).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
    },
  );
});
