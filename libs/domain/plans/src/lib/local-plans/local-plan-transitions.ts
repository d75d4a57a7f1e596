import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { LocalPlanStatus } from './local-plan-status';
import { LocalPlanEntity } from './local-plan.entity';
import { LocalPlansRepository } from './local-plans.repository';

/**
 * The local plan (实施方案) state machine: filed (报备), then accepted or returned by the tier that published
 * the assignment. A plan may be filed again while it waits, after it was returned, or once accepted when the
 * unified plan has been revised since (the service checks the version). LocalPlanTransitions below is the
 * only code that writes a local plan's status.
 */
const TRANSITIONS: Record<LocalPlanStatus, readonly LocalPlanStatus[]> = {
  [LocalPlanStatus.DRAFT]: [LocalPlanStatus.SUBMITTED],
  [LocalPlanStatus.SUBMITTED]: [
    LocalPlanStatus.SUBMITTED,
    LocalPlanStatus.ACCEPTED,
    LocalPlanStatus.RETURNED,
  ],
  [LocalPlanStatus.RETURNED]: [LocalPlanStatus.SUBMITTED],
  [LocalPlanStatus.ACCEPTED]: [LocalPlanStatus.SUBMITTED],
};

export function canTransitionLocalPlan(from: LocalPlanStatus, to: LocalPlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

function assertEdge(from: LocalPlanStatus, to: LocalPlanStatus): void {
  if (!canTransitionLocalPlan(from, to)) {
    throw AppException.conflict('LOCAL_PLAN_TRANSITION_NOT_ALLOWED', {
      zh: `实施方案状态为 ${from},不能变为 ${to}`,
      en: `A ${from} local plan cannot become ${to}.`,
    });
  }
}

type FiledPlan = Omit<LocalPlanEntity, 'id' | 'updatedAt' | 'tenant' | 'assignment' | 'status'>;

/** The one writer of local plan status, inside the caller's transaction. */
@Injectable()
export class LocalPlanTransitions {
  constructor(private readonly localPlans: LocalPlansRepository) {}

  /** Files (报备) the plan of an assignment: the first time, or again over the one it has. */
  file(manager: EntityManager, existing: LocalPlanEntity | null, plan: FiledPlan): Promise<LocalPlanEntity> {
    if (existing) {
      assertEdge(existing.status, LocalPlanStatus.SUBMITTED);
    }
    return this.localPlans.upsert(manager, { ...plan, status: LocalPlanStatus.SUBMITTED });
  }

  /** The reviewing tier's decision; the caller holds the plan's row lock. */
  async decide(
    manager: EntityManager,
    plan: LocalPlanEntity,
    accepted: boolean,
    changes: Partial<LocalPlanEntity>,
  ): Promise<LocalPlanEntity> {
    const to = accepted ? LocalPlanStatus.ACCEPTED : LocalPlanStatus.RETURNED;
    assertEdge(plan.status, to);
    const all = { ...changes, status: to };
    await this.localPlans.update(manager, plan.id, all);
    return { ...plan, ...all };
  }
}
