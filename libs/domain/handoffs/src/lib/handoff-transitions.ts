import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { FindingsRepository, FindingStatus, FindingTransitions } from '@liandong/findings';
import { HandoffStatus } from './handoff-status';
import { HandoffEntity } from './handoff.entity';
import { HandoffChanges, HandoffsRepository, NewHandoff } from './handoffs.repository';

/**
 * The handoff state machine (交办 → 签收 → 整改 → 办结回复 → 核查销号), with its ways back: a failed
 * verification, an unsatisfied evaluation or a relapse found by the look-back send it back to RECTIFYING,
 * and a reassignment to another unit makes it ISSUED again, to be signed anew. HandoffTransitions below is
 * the only code that writes `handoff.status`, from the hand-over on.
 */
const TRANSITIONS: Record<HandoffStatus, readonly HandoffStatus[]> = {
  // ISSUED → ISSUED: given to another unit before the first signed it
  [HandoffStatus.ISSUED]: [HandoffStatus.SIGNED, HandoffStatus.ISSUED],
  [HandoffStatus.SIGNED]: [HandoffStatus.RECTIFYING, HandoffStatus.REPLIED, HandoffStatus.ISSUED],
  // RECTIFYING → RECTIFYING: another staged report
  [HandoffStatus.RECTIFYING]: [HandoffStatus.RECTIFYING, HandoffStatus.REPLIED, HandoffStatus.ISSUED],
  [HandoffStatus.REPLIED]: [HandoffStatus.CLOSED, HandoffStatus.RECTIFYING, HandoffStatus.ISSUED],
  [HandoffStatus.CLOSED]: [HandoffStatus.RECTIFYING],
};

export function canTransitionHandoff(from: HandoffStatus, to: HandoffStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Where every handoff starts: issued (交办), to be signed by its department. */
export const INITIAL_HANDOFF_STATUS = HandoffStatus.ISSUED;

/** The one writer of handoff status; the caller holds the handoff's row lock, inside its transaction. */
@Injectable()
export class HandoffTransitions {
  constructor(
    private readonly handoffs: HandoffsRepository,
    private readonly findings: FindingsRepository,
    private readonly findingTransitions: FindingTransitions,
  ) {}

  /** Hands over (交办): the new handoff, at the start of the machine. */
  issue(manager: EntityManager, handoff: NewHandoff): Promise<HandoffEntity> {
    return this.handoffs.insert(manager, handoff, INITIAL_HANDOFF_STATUS);
  }

  /** Moves the handoff to `to` with the changes that go with it, or refuses with CONFLICT. */
  async move(
    manager: EntityManager,
    handoff: HandoffEntity,
    to: HandoffStatus,
    changes: HandoffChanges = {},
  ): Promise<HandoffEntity> {
    if (!canTransitionHandoff(handoff.status, to)) {
      throw AppException.conflict('HANDOFF_TRANSITION_NOT_ALLOWED', {
        zh: `交办事项状态为 ${handoff.status},不能变为 ${to}`,
        en: `A ${handoff.status} handoff cannot become ${to}.`,
      });
    }
    await this.handoffs.updateStatus(manager, handoff.id, to, changes);
    return { ...handoff, ...changes, status: to };
  }

  /**
   * Sends a replied or closed handoff back to RECTIFYING (an unsatisfied evaluation, a relapse found by
   * the look-back): the reply and the closure no longer stand, and its closed findings are worked again.
   * With `recurrence`, every finding of the handoff is marked as recurring (屡改屡犯).
   */
  async reopen(
    manager: EntityManager,
    handoff: HandoffEntity,
    options: { recurrence?: boolean } = {},
  ): Promise<HandoffEntity> {
    const reopened = await this.move(manager, handoff, HandoffStatus.RECTIFYING, {
      closedAt: null,
      repliedAt: null,
    });
    await this.findingTransitions.moveOfHandoff(
      manager,
      handoff.id,
      [FindingStatus.CLOSED],
      FindingStatus.RECTIFYING,
    );
    if (options.recurrence) {
      await this.findings.markRecurringByHandoff(manager, handoff.id);
    }
    return reopened;
  }
}
