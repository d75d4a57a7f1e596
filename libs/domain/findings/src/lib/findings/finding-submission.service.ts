import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { isUuid, RowProblem } from '@liandong/errors';
import {
  AssignmentEntity,
  AssignmentTransitions,
  checklistCodes,
  JointProjectEntity,
  PlansService,
} from '@liandong/plans';
import { Clock } from '@liandong/time';
import { assertPermission, Caller, DepartmentRepository, Permission } from '@liandong/tenancy';
import { ActivitiesService } from '../activities/activities.service';
import { RecurrenceService } from '../duplicates/recurrence.service';
import { evidenceProblems, hashesOf, uniqueHashes } from '../evidence/evidence-access';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { checkFindingRows, CleanFindingRow, FindingRow, retiredOf } from './finding-rows';
import { initialFindingStatus } from './finding-transitions';
import { FindingEntity } from './finding.entity';
import { FindingsRepository } from './findings.repository';

/** Where a batch is reported: the caller's own assignment, acknowledged, and its project. */
export interface SubmissionTarget {
  assignment: AssignmentEntity;
  project: JointProjectEntity;
}

/** A row that passed every check, with the evidence it cites. */
export interface CheckedFindingRow extends CleanFindingRow {
  evidence: string[];
}

/** Every problem of a batch, and its rows ready to store only when there is none. */
export interface CheckedBatch {
  problems: RowProblem[];
  rows: CheckedFindingRow[];
}

function distinctIds(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.map((value) => value?.trim().toLowerCase()).filter((id): id is string => !!id))];
}

/**
 * The one way findings are reported, whether typed in (`submitFindings`) or imported from a spreadsheet:
 * who may report where, what a row must be, and how a batch is stored — all or nothing, with its first
 * status, its recurrences flagged, its evidence cited and the assignment set to work.
 */
@Injectable()
export class FindingSubmissionService {
  constructor(
    private readonly db: Db,
    private readonly findings: FindingsRepository,
    private readonly plans: PlansService,
    private readonly departments: DepartmentRepository,
    private readonly activities: ActivitiesService,
    private readonly recurrence: RecurrenceService,
    private readonly evidence: EvidenceRepository,
    private readonly assignmentTransitions: AssignmentTransitions,
    private readonly clock: Clock,
  ) {}

  /** Findings are reported only by the assigned tenant, on its acknowledged assignment. */
  async open(caller: Caller, assignmentId: string): Promise<SubmissionTarget> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    return this.plans.getWorkingAssignment(caller, assignmentId);
  }

  /**
   * Checks every row against the project's unified plan, the caller's subtree, the assignment's activities
   * and the caller's uploads, naming every problem by row index.
   */
  async check(caller: Caller, target: SubmissionTarget, rows: readonly FindingRow[]): Promise<CheckedBatch> {
    // One after the other: a request's statements share its one connection.
    const departments = await this.departments.findByIds(
      distinctIds(rows.map((row) => row.departmentId)).filter(isUuid),
    );
    const activities = await this.activities.ofAssignment(
      target.assignment.id,
      distinctIds(rows.map((row) => row.activityId)).filter(isUuid),
    );
    const files = await this.evidence.findFiles(hashesOf(rows.map((row) => row.evidence)));
    const { problems, clean } = checkFindingRows(rows, {
      activities,
      methods: new Set(target.project.unifications.methods),
      checklistCodes: checklistCodes(target.project.unifications),
      departmentPaths: new Map(departments.map((department) => [department.id, department.tenantPath])),
      retiredDepartments: retiredOf(departments),
      callerPath: caller.tenantPath,
    });
    problems.push(
      ...evidenceProblems(
        caller,
        rows.map((row) => row.evidence),
        new Map(files.map((file) => [file.sha256, file])),
      ),
    );
    if (problems.length > 0) {
      return { problems: problems.sort((a, b) => a.index - b.index), rows: [] };
    }
    return {
      problems: [],
      rows: clean.map((row, index) => ({ ...row, evidence: uniqueHashes(rows[index]?.evidence ?? []) })),
    };
  }

  /**
   * Stores checked rows in one transaction, in the order given, with a fixed number of statements however
   * large the batch: one INSERT of the findings, one pass flagging recurrences, one INSERT of their
   * citations. An idempotency key, when given, is recorded with the findings (unique per tenant: a second
   * store of the same key fails).
   */
  async store(
    caller: Caller,
    target: SubmissionTarget,
    rows: readonly CheckedFindingRow[],
    idempotencyKey: string | null = null,
  ): Promise<FindingEntity[]> {
    const { assignment, project } = target;
    return this.db.transaction(async (manager) => {
      const ids = await this.findings.insertFindings(
        manager,
        {
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          projectId: project.id,
          projectVersion: project.version,
          assignmentId: assignment.id,
          // The issuer's own findings need no review above it.
          status: initialFindingStatus(project.tenantId === caller.tenantId),
          reportedBy: caller.userId,
          reportedAt: this.clock.now(),
        },
        rows,
      );
      await this.recurrence.flagRecurrences(manager, ids);
      await this.evidence.insertCitations(
        manager,
        rows.map((row, index) => ({ findingId: ids[index], hashes: row.evidence })),
      );
      if (idempotencyKey) {
        await this.findings.insertSubmission(manager, {
          tenantId: caller.tenantId,
          assignmentId: assignment.id,
          idempotencyKey,
          findingIds: ids,
        });
      }
      await this.assignmentTransitions.startWork(manager, assignment);
      return this.findings.findInOrder(manager, ids);
    });
  }
}
