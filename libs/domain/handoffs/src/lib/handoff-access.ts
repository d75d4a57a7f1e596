import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException, Reason, Said } from '@liandong/errors';
import { Caller, canSeeSubtreeOf } from '@liandong/tenancy';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';

export const HANDOFF: Said = { zh: '交办事项', en: 'Handoff' };

/** Why a tier other than the handing-over tenant may not take the step. */
export interface Refusal extends Said {
  reason: Reason;
}

/**
 * Who may act on a handoff, checked on its locked row inside the caller's transaction: the department that
 * holds it does the work; the tenant that handed it over decides. Others in the subtree are refused, and
 * those outside it are told it does not exist.
 */
@Injectable()
export class HandoffAccess {
  constructor(private readonly handoffs: HandoffsRepository) {}

  /** Locks the handoff for a step of its department; NOT_FOUND to anyone else. */
  async lockForDepartment(manager: EntityManager, caller: Caller, handoffId: string): Promise<HandoffEntity> {
    const handoff = await this.handoffs.lock(manager, handoffId);
    if (!handoff || handoff.departmentId !== caller.departmentId) {
      throw AppException.notFound(HANDOFF, handoffId);
    }
    return handoff;
  }

  /**
   * Locks the handoff for a decision of the tenant that handed it over: NOT_FOUND outside the caller's
   * subtree (named as `shown`, when the caller asked for something of the handoff), FORBIDDEN with
   * `refusal` to any other tier.
   */
  async lockForHandingTenant(
    manager: EntityManager,
    caller: Caller,
    handoffId: string,
    refusal: Refusal,
    shown: { what: Said; id: string } = { what: HANDOFF, id: handoffId },
  ): Promise<HandoffEntity> {
    const handoff = await this.handoffs.lock(manager, handoffId);
    if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
      throw AppException.notFound(shown.what, shown.id);
    }
    if (handoff.tenantId !== caller.tenantId) {
      throw AppException.forbidden(refusal.reason, { zh: refusal.zh, en: refusal.en });
    }
    return handoff;
  }
}
