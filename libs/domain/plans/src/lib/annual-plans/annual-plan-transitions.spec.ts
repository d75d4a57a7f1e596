import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { AnnualPlanStatus as S } from './annual-plan-status';
import { AnnualPlanEntity } from './annual-plan.entity';
import {
  AnnualPlanTransitions,
  canTransitionAnnualPlan,
  INITIAL_ANNUAL_PLAN_STATUS,
} from './annual-plan-transitions';
import { AnnualPlansRepository } from './annual-plans.repository';

/** Every edge an annual plan may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [[S.DRAFT, S.ADOPTED]];

const STATUSES = Object.values(S);
const EVERY_PAIR = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S]));

describe('the annual plan state machine', () => {
  it.each(EVERY_PAIR)('%s → %s is allowed exactly when listed', (from, to) => {
    expect(canTransitionAnnualPlan(from, to)).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
  });

  it('starts as a draft and ends adopted', () => {
    expect(INITIAL_ANNUAL_PLAN_STATUS).toBe(S.DRAFT);
    expect(STATUSES.filter((to) => canTransitionAnnualPlan(S.ADOPTED, to))).toEqual([]);
  });
});

describe('AnnualPlanTransitions, the one writer of annual plan status', () => {
  const manager = {} as EntityManager;
  const adoptedAt = new Date('2023-02-10T02:00:00Z');

  function setUp() {
    const repository = {
      insertPlan: jest.fn((_manager: EntityManager, plan: Partial<AnnualPlanEntity>) =>
        Promise.resolve({ ...plan, id: 'p1' } as AnnualPlanEntity),
      ),
      update: jest.fn(() => Promise.resolve()),
    };
    const transitions = new AnnualPlanTransitions(repository as unknown as AnnualPlansRepository);
    return { repository, transitions };
  }

  function plan(status: S): AnnualPlanEntity {
    return { id: 'p1', status } as AnnualPlanEntity;
  }

  it('draws a plan up as a DRAFT', async () => {
    const { repository, transitions } = setUp();
    const drawn = { tenantId: 't', tenantPath: 'x', year: 2023, title: '计划', createdBy: 'u' };
    const saved = await transitions.draw(manager, drawn, [{ title: '一', isKey: false, isJoint: true }]);
    expect(saved.status).toBe(S.DRAFT);
    expect(repository.insertPlan).toHaveBeenCalledWith(manager, { ...drawn, status: S.DRAFT }, [
      { title: '一', isKey: false, isJoint: true },
    ]);
  });

  it('adopts a DRAFT, with who and when', async () => {
    const { repository, transitions } = setUp();
    const adopted = await transitions.adopt(manager, plan(S.DRAFT), { adoptedAt, adoptedBy: 'u' });
    expect(adopted).toMatchObject({ status: S.ADOPTED, adoptedAt, adoptedBy: 'u' });
    expect(repository.update).toHaveBeenCalledWith(manager, 'p1', {
      status: S.ADOPTED,
      adoptedAt,
      adoptedBy: 'u',
    });
  });

  it('refuses to adopt an ADOPTED plan again, and writes nothing', async () => {
    const { repository, transitions } = setUp();
    const refusal = transitions.adopt(manager, plan(S.ADOPTED), { adoptedAt, adoptedBy: 'u' });
    await expect(refusal).rejects.toBeInstanceOf(AppException);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'ANNUAL_PLAN_ALREADY_ADOPTED',
    });
    expect(repository.update).not.toHaveBeenCalled();
  });
});
