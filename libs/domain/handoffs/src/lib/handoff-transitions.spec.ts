import { EntityManager } from 'typeorm';
import { FindingsRepository, FindingTransitions } from '@liandong/findings';
import { HandoffStatus as S } from './handoff-status';
import { canTransitionHandoff, HandoffTransitions } from './handoff-transitions';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';

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

describe('HandoffTransitions', () => {
  const manager = {} as EntityManager;
  const handoffs = { insert: jest.fn(), updateStatus: jest.fn() };
  const transitions = new HandoffTransitions(
    handoffs as unknown as HandoffsRepository,
    {} as FindingsRepository,
    {} as FindingTransitions,
  );
  const issued = { id: 'h1', status: S.ISSUED } as HandoffEntity;

  beforeEach(() => jest.clearAllMocks());

  it('issues every new handoff at the start of the machine', async () => {
    const fresh = {
      projectId: 'p',
      tenantId: 't',
      tenantPath: '4103',
      departmentId: 'd',
      letterNo: 'L-2023-0001',
      deadline: new Date('2023-09-01T00:00:00Z'),
      issuedBy: 'u',
    };
    await transitions.issue(manager, fresh);
    expect(handoffs.insert).toHaveBeenCalledWith(manager, fresh, S.ISSUED);
  });

  it('writes an allowed edge with what changes with it', async () => {
    const signedAt = new Date('2023-09-02T00:00:00Z');
    await expect(transitions.move(manager, issued, S.SIGNED, { signedAt })).resolves.toMatchObject({
      status: S.SIGNED,
      signedAt,
    });
    expect(handoffs.updateStatus).toHaveBeenCalledWith(manager, 'h1', S.SIGNED, { signedAt });
  });

  it('refuses an edge outside the table with CONFLICT and writes nothing', async () => {
    await expect(transitions.move(manager, issued, S.CLOSED)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'HANDOFF_TRANSITION_NOT_ALLOWED',
      zh: '交办事项状态为 ISSUED,不能变为 CLOSED',
    });
    expect(handoffs.updateStatus).not.toHaveBeenCalled();
  });
});
