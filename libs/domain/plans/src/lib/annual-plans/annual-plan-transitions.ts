import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { AnnualPlanStatus } from './annual-plan-status';
import { AnnualPlanEntity } from './annual-plan.entity';
import { AnnualPlansRepository, NewPlanItem } from './annual-plans.repository';

/**
 * The annual plan state machine: drawn up as a DRAFT, adopted once by the chair's council (主任会议通过),
 * then frozen. AnnualPlanTransitions below is the only code that writes an annual plan's status.
 */
const TRANSITIONS: Record<AnnualPlanStatus, readonly AnnualPlanStatus[]> = {
  [AnnualPlanStatus.DRAFT]: [AnnualPlanStatus.ADOPTED],
  [AnnualPlanStatus.ADOPTED]: [],
};

/** Every annual plan starts here when it is drawn up. */
export const INITIAL_ANNUAL_PLAN_STATUS = AnnualPlanStatus.DRAFT;

export function canTransitionAnnualPlan(from: AnnualPlanStatus, to: AnnualPlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

function assertEdge(from: AnnualPlanStatus, to: AnnualPlanStatus): void {
  if (canTransitionAnnualPlan(from, to)) {
    return;
  }
  if (from === AnnualPlanStatus.ADOPTED) {
    throw AppException.conflict('ANNUAL_PLAN_ALREADY_ADOPTED', {
      zh: '该年度计划已经通过,不能再次通过',
      en: 'The plan is already adopted.',
    });
  }
  throw AppException.conflict('ANNUAL_PLAN_TRANSITION_NOT_ALLOWED', {
    zh: `年度计划状态为 ${from},不能变为 ${to}`,
    en: `A ${from} annual plan cannot become ${to}.`,
  });
}

export type DrawnPlan = Omit<
  AnnualPlanEntity,
  'id' | 'createdAt' | 'tenant' | 'adoptedAt' | 'adoptedBy' | 'status'
>;
export type DrawnItem = NewPlanItem;

/** The one writer of annual plan status, inside the caller's transaction. */
@Injectable()
export class AnnualPlanTransitions {
  constructor(private readonly annualPlans: AnnualPlansRepository) {}

  /** A new plan with its items, as a draft. */
  draw(manager: EntityManager, plan: DrawnPlan, items: DrawnItem[]): Promise<AnnualPlanEntity> {
    return this.annualPlans.insertPlan(manager, { ...plan, status: INITIAL_ANNUAL_PLAN_STATUS }, items);
  }

  /** DRAFT → ADOPTED, by whom and when; the caller holds the plan's row lock. */
  async adopt(
    manager: EntityManager,
    plan: AnnualPlanEntity,
    adopted: Pick<AnnualPlanEntity, 'adoptedAt' | 'adoptedBy'>,
  ): Promise<AnnualPlanEntity> {
    assertEdge(plan.status, AnnualPlanStatus.ADOPTED);
    const changes = { ...adopted, status: AnnualPlanStatus.ADOPTED };
    await this.annualPlans.update(manager, plan.id, changes);
    return { ...plan, ...changes };
  }
}
