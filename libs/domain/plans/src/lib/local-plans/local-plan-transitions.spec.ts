import { LocalPlanStatus as S } from './local-plan-status';
import { canTransitionLocalPlan } from './local-plan-transitions';

/** Every edge a local plan may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.DRAFT, S.SUBMITTED],
  [S.SUBMITTED, S.SUBMITTED], // filed again before it was reviewed
  [S.SUBMITTED, S.ACCEPTED],
  [S.SUBMITTED, S.RETURNED],
  [S.RETURNED, S.SUBMITTED],
  [S.ACCEPTED, S.SUBMITTED], // after the unified plan was revised
];

const STATUSES = Object.values(S);

describe('the local plan state machine', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S])))(
    '%s → %s is allowed exactly when listed',
    (from, to) => {
      expect(canTransitionLocalPlan(from, to)).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
    },
  );
});
