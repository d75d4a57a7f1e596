import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { ManualClock } from '@liandong/time';
import { AnnualPlansRepository } from './annual-plans.repository';
import { PlanItemStatus as S } from './plan-item-status';
import { PlanItemEntity } from './plan-item.entity';
import {
  canTransitionPlanItem,
  INITIAL_PLAN_ITEM_STATUS,
  isPlanItemSettled,
  PlanItemTransitions,
} from './plan-item-transitions';

/** Every edge a plan item may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.NOT_STARTED, S.STARTED],
  [S.NOT_STARTED, S.ADJUSTED],
  [S.STARTED, S.COMPLETED],
  [S.STARTED, S.ADJUSTED],
];

const STATUSES = Object.values(S);
const EVERY_PAIR = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S]));
const isAllowed = (from: S, to: S) => ALLOWED.some(([a, b]) => a === from && b === to);

describe('the plan item state machine', () => {
  it.each(EVERY_PAIR)('%s → %s is allowed exactly when listed', (from, to) => {
    expect(canTransitionPlanItem(from, to)).toBe(isAllowed(from, to));
  });

  it('starts NOT_STARTED; COMPLETED and ADJUSTED are settled', () => {
    expect(INITIAL_PLAN_ITEM_STATUS).toBe(S.NOT_STARTED);
    expect(STATUSES.filter(isPlanItemSettled)).toEqual([S.COMPLETED, S.ADJUSTED]);
  });
});

describe('PlanItemTransitions, the one writer of plan item status', () => {
  const manager = {} as EntityManager;
  const now = new Date('2023-06-30T16:30:00Z');
  const adjustment = { reason: '上级统一部署调整', decision: '主任会议决定(第12次)' };

  function setUp() {
    const repository = { updateItem: jest.fn(() => Promise.resolve()) };
    const transitions = new PlanItemTransitions(
      repository as unknown as AnnualPlansRepository,
      new ManualClock(now),
    );
    return { repository, transitions };
  }

  function item(status: S): PlanItemEntity {
    return { id: 'i1', title: '优化营商环境', status } as PlanItemEntity;
  }

  /** The transition's method that moves an item to `to`. */
  function moveTo(transitions: PlanItemTransitions, from: S, to: S): Promise<PlanItemEntity> | null {
    switch (to) {
      case S.STARTED:
        return transitions.start(manager, item(from));
      case S.COMPLETED:
        return transitions.complete(manager, item(from));
      case S.ADJUSTED:
        return transitions.adjust(manager, item(from), adjustment);
      case S.NOT_STARTED:
        return null; // nothing moves an item back to NOT_STARTED
    }
  }

  const STAMPS: Partial<Record<S, Partial<PlanItemEntity>>> = {
    [S.STARTED]: { startedAt: now },
    [S.COMPLETED]: { completedAt: now },
    [S.ADJUSTED]: {
      adjustedAt: now,
      adjustReason: adjustment.reason,
      adjustDecision: adjustment.decision,
    },
  };

  it.each(ALLOWED)('moves %s → %s, stamped now, and writes it', async (from, to) => {
    const { repository, transitions } = setUp();
    const moved = await moveTo(transitions, from, to);
    const written = { ...STAMPS[to], status: to };
    expect(moved).toMatchObject({ id: 'i1', ...written });
    expect(repository.updateItem).toHaveBeenCalledWith(manager, 'i1', written);
  });

  const REFUSED = EVERY_PAIR.filter(([from, to]) => to !== S.NOT_STARTED && !isAllowed(from, to));
  it.each(REFUSED)('refuses %s → %s as CONFLICT, naming why, and writes nothing', async (from, to) => {
    const { repository, transitions } = setUp();
    const refusal = moveTo(transitions, from, to);
    await expect(refusal).rejects.toBeInstanceOf(AppException);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_ITEM_TRANSITION_NOT_ALLOWED',
    });
    expect(repository.updateItem).not.toHaveBeenCalled();
  });

  it('has no way back to NOT_STARTED', () => {
    expect(STATUSES.filter((from) => canTransitionPlanItem(from, S.NOT_STARTED))).toEqual([]);
  });
});
