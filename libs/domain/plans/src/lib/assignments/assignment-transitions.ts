import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { AssignmentStatus } from './assignment-status';
import { AssignmentEntity } from './assignment.entity';
import { PlansRepository } from '../joint-projects/plans.repository';

/**
 * The assignment state machine (下达 → 签收 → 开展 → 报告 → 结束). AssignmentTransitions below is the only
 * code that changes an assignment's status after it is issued.
 */
const TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  [AssignmentStatus.ISSUED]: [AssignmentStatus.ACKNOWLEDGED],
  // the first findings submitted under it
  [AssignmentStatus.ACKNOWLEDGED]: [AssignmentStatus.IN_PROGRESS],
  [AssignmentStatus.IN_PROGRESS]: [AssignmentStatus.REPORTED],
  [AssignmentStatus.REPORTED]: [AssignmentStatus.CLOSED],
  [AssignmentStatus.CLOSED]: [],
};

export function canTransitionAssignment(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The one writer of assignment status; the caller holds the row lock, inside its transaction. */
@Injectable()
export class AssignmentTransitions {
  constructor(private readonly plans: PlansRepository) {}

  async move(
    manager: EntityManager,
    assignment: AssignmentEntity,
    to: AssignmentStatus,
    changes: Partial<AssignmentEntity> = {},
  ): Promise<AssignmentEntity> {
    if (!canTransitionAssignment(assignment.status, to)) {
      throw AppException.conflict(
        `任务状态为 ${assignment.status},不能变为 ${to} / An ${assignment.status} assignment cannot become ${to}.`,
      );
    }
    const all = { ...changes, status: to };
    await this.plans.updateAssignment(manager, assignment.id, all);
    return { ...assignment, ...all };
  }

  /** Findings were submitted under it: an acknowledged assignment is now in progress (once). */
  async startWork(manager: EntityManager, assignment: AssignmentEntity): Promise<void> {
    if (assignment.status === AssignmentStatus.ACKNOWLEDGED) {
      await this.move(manager, assignment, AssignmentStatus.IN_PROGRESS);
    }
  }
}
