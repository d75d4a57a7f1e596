import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { LocalPlanStatus as S } from './local-plan-status';
import { canTransitionLocalPlan, LocalPlanTransitions } from './local-plan-transitions';
import { LocalPlanEntity } from './local-plan.entity';
import { LocalPlansRepository } from './local-plans.repository';

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

describe('LocalPlanTransitions, the one writer of local plan status', () => {
  const manager = {} as EntityManager;

  function setUp() {
    const repository = {
      upsert: jest.fn((_manager: EntityManager, plan: Partial<LocalPlanEntity>) =>
        Promise.resolve({ ...plan, id: 'l1' } as LocalPlanEntity),
      ),
      update: jest.fn(() => Promise.resolve()),
    };
    const transitions = new LocalPlanTransitions(repository as unknown as LocalPlansRepository);
    return { repository, transitions };
  }

  function plan(status: S): LocalPlanEntity {
    return { id: 'l1', status } as LocalPlanEntity;
  }

  const filed = {} as Parameters<LocalPlanTransitions['file']>[2];

  it('files a first plan as SUBMITTED', async () => {
    const { transitions } = setUp();
    expect((await transitions.file(manager, null, filed)).status).toBe(S.SUBMITTED);
  });

  it('returns a SUBMITTED plan with its reason', async () => {
    const { repository, transitions } = setUp();
    const returned = await transitions.decide(manager, plan(S.SUBMITTED), false, {
      reviewReason: '缺少时间节点',
    });
    expect(returned.status).toBe(S.RETURNED);
    expect(repository.update).toHaveBeenCalledWith(manager, 'l1', {
      status: S.RETURNED,
      reviewReason: '缺少时间节点',
    });
  });

  it('refuses to decide on a plan that is not SUBMITTED, naming why, and writes nothing', async () => {
    const { repository, transitions } = setUp();
    const refusal = transitions.decide(manager, plan(S.ACCEPTED), true, {});
    await expect(refusal).rejects.toBeInstanceOf(AppException);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'LOCAL_PLAN_TRANSITION_NOT_ALLOWED',
    });
    expect(repository.update).not.toHaveBeenCalled();
  });
});
