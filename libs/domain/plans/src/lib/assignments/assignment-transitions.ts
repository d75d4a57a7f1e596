import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { Clock } from '@liandong/time';
import { PlansRepository } from '../joint-projects/plans.repository';
import { AssignmentStatus, INITIAL_ASSIGNMENT_STATUS } from './assignment-status';
import { AssignmentEntity } from './assignment.entity';

/**
 * The assignment state machine (下达 → 签收 → 开展 → 报告 → 结束). AssignmentTransitions below is the only
 * code that writes an assignment's status, from its issue on.
 */
const TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  [AssignmentStatus.ISSUED]: [AssignmentStatus.ACKNOWLEDGED],
  // the first findings submitted under it; or its summary report (总结报告) submitted
  [AssignmentStatus.ACKNOWLEDGED]: [AssignmentStatus.IN_PROGRESS, AssignmentStatus.REPORTED],
  [AssignmentStatus.IN_PROGRESS]: [AssignmentStatus.REPORTED],
  // the publisher accepts the summary, or returns it with a reason
  [AssignmentStatus.REPORTED]: [AssignmentStatus.CLOSED, AssignmentStatus.IN_PROGRESS],
  [AssignmentStatus.CLOSED]: [],
};

export function canTransitionAssignment(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function summaryNotSubmitted(status: AssignmentStatus): AppException {
  return AppException.conflict('SUMMARY_NOT_SUBMITTED', {
    zh: `任务状态为 ${status},没有待审定的总结报告`,
    en: `The assignment is ${status}: no summary report awaits a decision.`,
  });
}

export type IssuedAssignment = Pick<
  AssignmentEntity,
  'projectId' | 'tenantId' | 'tenantPath' | 'publishedByTenantId' | 'parentAssignmentId'
>;

/** The one writer of assignment status; the caller holds the row lock, inside its transaction. */
@Injectable()
export class AssignmentTransitions {
  constructor(
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
  ) {}

  /** Issues (下达) the assignments that do not exist yet; existing ones keep their status. */
  issue(manager: EntityManager, rows: IssuedAssignment[]): Promise<void> {
    return this.plans.insertAssignments(
      manager,
      rows.map((row) => ({ ...row, status: INITIAL_ASSIGNMENT_STATUS })),
    );
  }

  async move(
    manager: EntityManager,
    assignment: AssignmentEntity,
    to: AssignmentStatus,
    changes: Partial<AssignmentEntity> = {},
  ): Promise<AssignmentEntity> {
    if (!canTransitionAssignment(assignment.status, to)) {
      throw AppException.conflict('ASSIGNMENT_TRANSITION_NOT_ALLOWED', {
        zh: `任务状态为 ${assignment.status},不能变为 ${to}`,
        en: `An ${assignment.status} assignment cannot become ${to}.`,
      });
    }
    const all = { ...changes, status: to };
    await this.plans.updateAssignment(manager, assignment.id, all);
    return { ...assignment, ...all };
  }

  /**
   * Acknowledged (签收) on the project's current version: ISSUED → ACKNOWLEDGED the first time; acknowledged
   * again after a revision, it records the version it now works to and keeps its status.
   */
  async acknowledge(
    manager: EntityManager,
    assignment: AssignmentEntity,
    version: number,
  ): Promise<AssignmentEntity> {
    if (assignment.status === AssignmentStatus.ISSUED) {
      return this.move(manager, assignment, AssignmentStatus.ACKNOWLEDGED, {
        acknowledgedVersion: version,
        acknowledgedAt: this.clock.now(),
      });
    }
    const acknowledged = { acknowledgedVersion: version };
    await this.plans.updateAssignment(manager, assignment.id, acknowledged);
    return { ...assignment, ...acknowledged };
  }

  /** Its summary report (总结报告) submitted by the assigned tenant: ACKNOWLEDGED or IN_PROGRESS → REPORTED. */
  submitSummary(
    manager: EntityManager,
    assignment: AssignmentEntity,
    summary: string,
  ): Promise<AssignmentEntity> {
    return this.move(manager, assignment, AssignmentStatus.REPORTED, {
      summary,
      summarySubmittedAt: this.clock.now(),
    });
  }

  /** The publisher accepts the summary: REPORTED → CLOSED, now. */
  acceptSummary(manager: EntityManager, assignment: AssignmentEntity): Promise<AssignmentEntity> {
    return this.move(manager, assignment, AssignmentStatus.CLOSED, { closedAt: this.clock.now() });
  }

  /** The publisher returns the summary with its reason: REPORTED → IN_PROGRESS, to work on and submit again. */
  async returnSummary(
    manager: EntityManager,
    assignment: AssignmentEntity,
    reason: string,
  ): Promise<AssignmentEntity> {
    // ACKNOWLEDGED → IN_PROGRESS is an edge too (its first findings), but only a REPORTED summary is returned.
    if (assignment.status !== AssignmentStatus.REPORTED) {
      throw summaryNotSubmitted(assignment.status);
    }
    return this.move(manager, assignment, AssignmentStatus.IN_PROGRESS, { summaryReturnReason: reason });
  }

  /** Findings were submitted under it: an acknowledged assignment is now in progress (once). */
  async startWork(manager: EntityManager, assignment: AssignmentEntity): Promise<void> {
    if (assignment.status === AssignmentStatus.ACKNOWLEDGED) {
      await this.move(manager, assignment, AssignmentStatus.IN_PROGRESS);
    }
  }
}
