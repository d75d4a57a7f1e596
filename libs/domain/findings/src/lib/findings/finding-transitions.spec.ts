import { EntityManager } from 'typeorm';
import { ManualClock } from '@liandong/time';
import { FindingStatus as S } from './finding-status';
import { canTransitionFinding, FindingTransitions, initialFindingStatus } from './finding-transitions';
import { FindingsRepository } from './findings.repository';

/** Every edge the finding may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.REPORTED, S.ACCEPTED],
  [S.REPORTED, S.RETURNED],
  [S.REPORTED, S.DISMISSED],
  [S.REPORTED, S.MERGED],
  [S.RETURNED, S.REPORTED],
  [S.RETURNED, S.DISMISSED],
  [S.RETURNED, S.MERGED],
  [S.ACCEPTED, S.HANDED_OVER],
  [S.ACCEPTED, S.MERGED],
  [S.ACCEPTED, S.DISMISSED],
  [S.HANDED_OVER, S.RECTIFYING],
  [S.HANDED_OVER, S.CLOSED],
  [S.RECTIFYING, S.CLOSED],
  [S.CLOSED, S.RECTIFYING],
];

const STATUSES = Object.values(S);
const EVERY_PAIR = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S]));

describe('the finding state machine', () => {
  it.each(EVERY_PAIR)('%s → %s is allowed exactly when listed', (from, to) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransitionFinding(from, to)).toBe(allowed);
  });

  it('ends at DISMISSED and MERGED', () => {
    expect(STATUSES.filter((to) => canTransitionFinding(S.DISMISSED, to))).toEqual([]);
    expect(STATUSES.filter((to) => canTransitionFinding(S.MERGED, to))).toEqual([]);
  });

  it('starts accepted only when the project’s issuer reports it', () => {
    expect(initialFindingStatus(true)).toBe(S.ACCEPTED);
    expect(initialFindingStatus(false)).toBe(S.REPORTED);
  });

  it('refuses a batch with an edge it does not allow, naming the reason, before writing anything', async () => {
    const writes: unknown[] = [];
    const record = (...args: unknown[]): Promise<void> => {
      writes.push(args);
      return Promise.resolve();
    };
    const findings = { updateStatus: record, updateStatusOfHandoff: record } as unknown as FindingsRepository;
    const transitions = new FindingTransitions(findings, new ManualClock(new Date('2024-03-01T00:00:00Z')));
    const manager = {} as EntityManager;
    await expect(
      transitions.move(
        manager,
        [
          { id: 'f-1', status: S.REPORTED },
          { id: 'f-2', status: S.CLOSED },
        ],
        S.ACCEPTED,
      ),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'FINDING_TRANSITION_NOT_ALLOWED',
      zh: expect.stringContaining('f-2'),
      en: 'A CLOSED finding cannot become ACCEPTED.',
    });
    expect(writes).toEqual([]);
  });
});
