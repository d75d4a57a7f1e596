import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Db } from '@liandong/db';
import { AppException, optionalReason, parseId, parseInput, requireReason } from '@liandong/errors';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { committeeFilter, isLedFor } from '../joint-projects/committee-filter';
import { PlansRepository } from '../joint-projects/plans.repository';
import { ASSIGNMENT } from '../kinds';
import { AssignmentStatus } from './assignment-status';
import { AssignmentTransitions, summaryNotSubmitted } from './assignment-transitions';
import { AssignmentEntity } from './assignment.entity';

const MAX_SUMMARY = 20_000;

const summarySchema = z
  .string()
  .trim()
  .min(1, { message: '总结报告不能为空 / the summary must not be empty' })
  .max(MAX_SUMMARY, { message: `总结报告不能超过 ${MAX_SUMMARY} 字 / at most ${MAX_SUMMARY} characters` });

/**
 * Closing the work (结束任务): the assigned tenant submits its summary report (总结报告); the tenant that
 * published the assignment accepts it (→ CLOSED) or returns it with a reason (→ IN_PROGRESS). The project
 * closes, in the same transaction, when its last assignment does.
 */
@Injectable()
export class AssignmentClosingService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansRepository,
    private readonly transitions: AssignmentTransitions,
    private readonly clock: Clock,
  ) {}

  /** By the assigned tenant, on its acknowledged assignment, from ACKNOWLEDGED or IN_PROGRESS (→ REPORTED). */
  async submitSummary(caller: Caller, assignmentId: string, summary: string): Promise<AssignmentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const id = parseId(assignmentId, 'assignmentId');
    const text = parseInput(summarySchema, summary, 'summary');
    return this.db.transaction(async (manager) => {
      const assignment = await this.lockVisible(manager, caller, id);
      if (assignment.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_ASSIGNED_TENANT', {
          zh: '只能为本机关的任务报送总结报告',
          en: 'Only the assigned tenant submits its summary.',
        });
      }
      switch (assignment.status) {
        case AssignmentStatus.ISSUED:
          throw AppException.conflict('ASSIGNMENT_NOT_ACKNOWLEDGED', {
            zh: '请先签收任务再报送总结报告',
            en: 'Acknowledge the assignment before submitting its summary.',
          });
        case AssignmentStatus.REPORTED:
          throw AppException.conflict('SUMMARY_AWAITING_DECISION', {
            zh: '总结报告已报送,正等待发布机关审定',
            en: 'The summary already awaits the publisher’s decision.',
          });
        case AssignmentStatus.CLOSED:
          throw AppException.conflict('ASSIGNMENT_CLOSED', {
            zh: '任务已结束',
            en: 'The assignment is closed.',
          });
        case AssignmentStatus.ACKNOWLEDGED:
        case AssignmentStatus.IN_PROGRESS:
          return this.transitions.submitSummary(manager, assignment, text);
      }
    });
  }

  /**
   * By the tenant that published the assignment: accept (→ CLOSED, closedAt now; the project closes when it
   * was its last open assignment) or return with a reason (→ IN_PROGRESS).
   */
  async decideSummary(
    caller: Caller,
    assignmentId: string,
    accept: boolean,
    reason?: string | null,
  ): Promise<AssignmentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const id = parseId(assignmentId, 'assignmentId');
    // Accepting may carry a remark (checked, not kept); returning cannot go without its reason.
    if (accept) {
      optionalReason(reason, 'reason');
    }
    const returnReason = accept
      ? null
      : requireReason(reason, 'reason', { zh: '退回总结报告', en: 'Returning a summary' });
    return this.db.transaction(async (manager) => {
      const assignment = await this.lockVisible(manager, caller, id);
      if (assignment.publishedByTenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_PUBLISHER', {
          zh: '总结报告由发布该任务的机关审定',
          en: 'Only the tenant that published the assignment decides on its summary.',
        });
      }
      if (returnReason !== null) {
        return this.transitions.returnSummary(manager, assignment, returnReason);
      }
      if (assignment.status !== AssignmentStatus.REPORTED) {
        throw summaryNotSubmitted(assignment.status);
      }
      const closed = await this.transitions.acceptSummary(manager, assignment);
      await this.plans.closeFinishedProject(
        manager,
        assignment.projectId,
        closed.closedAt ?? this.clock.now(),
      );
      return closed;
    });
  }

  /** The assignment, locked, when it lies in the caller's subtree and its project is the caller's committee's. */
  private async lockVisible(manager: EntityManager, caller: Caller, id: string): Promise<AssignmentEntity> {
    const assignment = await this.plans.lockAssignment(manager, id);
    if (!assignment || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
      throw AppException.notFound(ASSIGNMENT, id);
    }
    const project = await this.plans.findProject(assignment.projectId, manager);
    if (!project || !isLedFor(committeeFilter(caller), project.leadCommittee)) {
      throw AppException.notFound(ASSIGNMENT, id);
    }
    return assignment;
  }
}
