import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { Clock } from '@liandong/time';
import { FindingStatus } from './finding-status';
import { FindingMoveContext, FindingsRepository } from './findings.repository';

/**
 * The finding state machine: every status a finding takes after it is reported is one of these edges, and
 * FindingTransitions below is the only code that writes `finding.status`.
 */
const TRANSITIONS: Record<FindingStatus, readonly FindingStatus[]> = {
  [FindingStatus.REPORTED]: [
    FindingStatus.ACCEPTED,
    FindingStatus.RETURNED,
    FindingStatus.DISMISSED,
    FindingStatus.MERGED,
  ],
  // corrected by its reporter, it is reviewed again
  [FindingStatus.RETURNED]: [FindingStatus.REPORTED, FindingStatus.DISMISSED, FindingStatus.MERGED],
  [FindingStatus.ACCEPTED]: [FindingStatus.HANDED_OVER, FindingStatus.MERGED, FindingStatus.DISMISSED],
  [FindingStatus.HANDED_OVER]: [FindingStatus.RECTIFYING, FindingStatus.CLOSED],
  [FindingStatus.RECTIFYING]: [FindingStatus.CLOSED],
  // reopened: an unsatisfied evaluation or a relapse found by the look-back
  [FindingStatus.CLOSED]: [FindingStatus.RECTIFYING],
  [FindingStatus.DISMISSED]: [],
  [FindingStatus.MERGED]: [],
};

export function canTransitionFinding(from: FindingStatus, to: FindingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A new finding: accepted at once when the project's own issuer reports it, else awaiting review. */
export function initialFindingStatus(reportedByIssuer: boolean): FindingStatus {
  return reportedByIssuer ? FindingStatus.ACCEPTED : FindingStatus.REPORTED;
}

function assertEdge(id: string, from: FindingStatus, to: FindingStatus): void {
  if (!canTransitionFinding(from, to)) {
    throw AppException.conflict('FINDING_TRANSITION_NOT_ALLOWED', {
      zh: `问题 ${id} 状态为 ${from},不能变为 ${to}`,
      en: `A ${from} finding cannot become ${to}.`,
    });
  }
}

/** The one writer of finding status; the caller holds the rows' locks, inside its transaction. */
@Injectable()
export class FindingTransitions {
  constructor(
    private readonly findings: FindingsRepository,
    private readonly clock: Clock,
  ) {}

  /** Moves each finding to `to`, refusing the batch whole when one of them may not go there. */
  async move(
    manager: EntityManager,
    findings: ReadonlyArray<{ id: string; status: FindingStatus }>,
    to: FindingStatus,
    context: FindingMoveContext = {},
  ): Promise<void> {
    const moving = findings.filter((finding) => finding.status !== to);
    for (const finding of moving) {
      assertEdge(finding.id, finding.status, to);
    }
    if (moving.length === 0) {
      return;
    }
    await this.findings.updateStatus(
      manager,
      moving.map((finding) => finding.id),
      to,
      this.clock.now(),
      context,
    );
  }

  /** Moves the findings of one handoff that stand at one of `from` (a programming error if an edge is not). */
  async moveOfHandoff(
    manager: EntityManager,
    handoffId: string,
    from: readonly FindingStatus[],
    to: FindingStatus,
  ): Promise<void> {
    for (const status of from) {
      assertEdge(`(交办 ${handoffId})`, status, to);
    }
    await this.findings.updateStatusOfHandoff(manager, handoffId, from, to, this.clock.now());
  }
}
