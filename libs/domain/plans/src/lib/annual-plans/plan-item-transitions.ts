import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { Clock } from '@liandong/time';
import { AnnualPlansRepository } from './annual-plans.repository';
import { PlanItemStatus } from './plan-item-status';
import { PlanItemEntity } from './plan-item.entity';

/**
 * The plan item state machine: 未启动 → 已启动 → 已完成, or 已调整 (adjusted by a decision, with its reason) while
 * not yet completed. Completed and adjusted items are settled. PlanItemTransitions below is the only code that
 * writes a plan item's status; a new item starts at INITIAL_PLAN_ITEM_STATUS, the column's default.
 */
const TRANSITIONS: Record<PlanItemStatus, readonly PlanItemStatus[]> = {
  [PlanItemStatus.NOT_STARTED]: [PlanItemStatus.STARTED, PlanItemStatus.ADJUSTED],
  [PlanItemStatus.STARTED]: [PlanItemStatus.COMPLETED, PlanItemStatus.ADJUSTED],
  [PlanItemStatus.COMPLETED]: [],
  [PlanItemStatus.ADJUSTED]: [],
};

/** Every plan item starts here when its plan is drawn up. */
export const INITIAL_PLAN_ITEM_STATUS = PlanItemStatus.NOT_STARTED;

/** What each status is called in Chinese, for refusals. */
export const PLAN_ITEM_STATUS_ZH: Record<PlanItemStatus, string> = {
  [PlanItemStatus.NOT_STARTED]: '未启动',
  [PlanItemStatus.STARTED]: '已启动',
  [PlanItemStatus.COMPLETED]: '已完成',
  [PlanItemStatus.ADJUSTED]: '已调整',
};

export function canTransitionPlanItem(from: PlanItemStatus, to: PlanItemStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether an item is settled (completed or adjusted): nothing more moves it. */
export function isPlanItemSettled(status: PlanItemStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** The adjustment (调整): why, and the decision that made it. */
export interface PlanItemAdjustment {
  reason: string;
  decision: string;
}

/** The one writer of plan item status; the caller holds the item's row lock, inside its transaction. */
@Injectable()
export class PlanItemTransitions {
  constructor(
    private readonly annualPlans: AnnualPlansRepository,
    private readonly clock: Clock,
  ) {}

  /** NOT_STARTED → STARTED (启动), now. */
  start(manager: EntityManager, item: PlanItemEntity): Promise<PlanItemEntity> {
    return this.move(manager, item, PlanItemStatus.STARTED, { startedAt: this.clock.now() });
  }

  /** STARTED → COMPLETED (完成), now. */
  complete(manager: EntityManager, item: PlanItemEntity): Promise<PlanItemEntity> {
    return this.move(manager, item, PlanItemStatus.COMPLETED, { completedAt: this.clock.now() });
  }

  /** NOT_STARTED or STARTED → ADJUSTED (调整), now, with the reason and the decision. */
  adjust(
    manager: EntityManager,
    item: PlanItemEntity,
    adjustment: PlanItemAdjustment,
  ): Promise<PlanItemEntity> {
    return this.move(manager, item, PlanItemStatus.ADJUSTED, {
      adjustedAt: this.clock.now(),
      adjustReason: adjustment.reason,
      adjustDecision: adjustment.decision,
    });
  }

  private async move(
    manager: EntityManager,
    item: PlanItemEntity,
    to: PlanItemStatus,
    changes: Partial<PlanItemEntity>,
  ): Promise<PlanItemEntity> {
    if (!canTransitionPlanItem(item.status, to)) {
      throw AppException.conflict('PLAN_ITEM_TRANSITION_NOT_ALLOWED', {
        zh: `「${item.title}」${PLAN_ITEM_STATUS_ZH[item.status]},不能变为${PLAN_ITEM_STATUS_ZH[to]}`,
        en: `A ${item.status} plan item cannot become ${to}.`,
      });
    }
    const all = { ...changes, status: to };
    await this.annualPlans.updateItem(manager, item.id, all);
    return { ...item, ...all };
  }
}
