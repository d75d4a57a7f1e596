import { Injectable } from '@nestjs/common';
import { Db, isUniqueViolation } from '@liandong/db';
import {
  AppException,
  isUuid,
  optionalReason,
  parseId,
  parseIds,
  requireReason,
  Said,
} from '@liandong/errors';
import { committeeFilter, PlansRepository } from '@liandong/plans';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isDepartmentCaller,
  isWithinPath,
  Permission,
  TenancyService,
} from '@liandong/tenancy';
import { evidenceProblems, hashesOf, uniqueHashes } from '../evidence/evidence-access';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { decodeFindingCursor } from './finding-cursor';
import { checkFindingRows, FindingRow, MAX_FINDINGS_PER_CALL, retiredOf } from './finding-rows';
import { FindingStatus, Severity } from './finding-status';
import { FindingSubmissionService } from './finding-submission.service';
import { FindingTransitions } from './finding-transitions';
import { FindingReviewEntity } from './finding-review.entity';
import { FindingEntity } from './finding.entity';
import { FindingsRepository } from './findings.repository';

const FINDING: Said = { zh: '问题', en: 'Finding' };
const RETURNING: Said = { zh: '退回问题', en: 'returning findings' };
const IDEMPOTENCY_KEY_MAX = 200;
export const FINDINGS_PAGE_DEFAULT = 50;
export const FINDINGS_PAGE_MAX = 500;

export interface FindingUpdate {
  title?: string | null;
  description?: string | null;
  category?: string | null;
  severity?: Severity | null;
  location?: string | null;
  departmentId?: string | null;
  /** Replaces the evidence list when given. */
  evidence?: string[] | null;
}

export interface FindingFilter {
  projectId?: string | null;
  scopeTenantId?: string | null;
  status?: FindingStatus[] | null;
}

@Injectable()
export class FindingsService {
  constructor(
    private readonly db: Db,
    private readonly findings: FindingsRepository,
    private readonly submissions: FindingSubmissionService,
    private readonly plansRepository: PlansRepository,
    private readonly departments: DepartmentRepository,
    private readonly tenancy: TenancyService,
    private readonly evidence: EvidenceRepository,
    private readonly transitions: FindingTransitions,
  ) {}

  /**
   * Stores a batch of up to {@link MAX_FINDINGS_PER_CALL} findings under the caller's acknowledged
   * assignment, through the one submission path: all or nothing, every bad row named. The same idempotency
   * key from the same tenant returns the first batch and stores nothing.
   */
  async submitFindings(
    caller: Caller,
    assignmentId: string,
    rows: readonly FindingRow[],
    idempotencyKey?: string | null,
  ): Promise<FindingEntity[]> {
    const target = await this.submissions.open(caller, assignmentId);
    const key = idempotencyKey?.trim() || null;
    if (key && key.length > IDEMPOTENCY_KEY_MAX) {
      throw AppException.badInput('idempotencyKey', 'IDEMPOTENCY_KEY_TOO_LONG', {
        zh: `不能超过 ${IDEMPOTENCY_KEY_MAX} 个字符`,
        en: `at most ${IDEMPOTENCY_KEY_MAX} characters`,
      });
    }
    if (key) {
      const earlier = await this.replay(caller.tenantId, key);
      if (earlier) {
        return earlier;
      }
    }
    if (rows.length === 0) {
      throw AppException.badInput('findings', 'FINDINGS_REQUIRED', {
        zh: '至少报送一个问题',
        en: 'at least one finding',
      });
    }
    if (rows.length > MAX_FINDINGS_PER_CALL) {
      throw AppException.badInput('findings', 'TOO_MANY_FINDINGS', {
        zh: `每次最多报送 ${MAX_FINDINGS_PER_CALL} 个问题`,
        en: `at most ${MAX_FINDINGS_PER_CALL} a call`,
      });
    }
    const checked = await this.submissions.check(caller, target, rows);
    if (checked.problems.length > 0) {
      throw AppException.badRows(checked.problems);
    }
    try {
      return await this.submissions.store(caller, target, checked.rows, key);
    } catch (error) {
      // Two identical submissions raced: the loser answers with the winner's findings.
      if (key && isUniqueViolation(error, 'finding_submission_tenant_id_idempotency_key_key')) {
        const earlier = await this.replay(caller.tenantId, key);
        if (earlier) {
          return earlier;
        }
      }
      throw error;
    }
  }

  /**
   * Accept or return REPORTED findings, by an ancestor of the reporting tenant at or below the issuer.
   * All or nothing; returning needs a reason; every decision is kept.
   */
  async reviewFindings(
    caller: Caller,
    findingIds: readonly string[],
    accept: boolean,
    reason?: string | null,
  ): Promise<FindingEntity[]> {
    assertPermission(caller, Permission.REVIEW_FINDINGS);
    const ids = [...new Set(parseIds(findingIds, 'findingIds'))];
    if (ids.length === 0 || ids.length > MAX_FINDINGS_PER_CALL) {
      throw AppException.badInput('findingIds', 'FINDING_COUNT_OUT_OF_RANGE', {
        zh: `须为 1–${MAX_FINDINGS_PER_CALL} 个问题`,
        en: `1–${MAX_FINDINGS_PER_CALL} findings`,
      });
    }
    const why = accept ? optionalReason(reason, 'reason') : requireReason(reason, 'reason', RETURNING);
    return this.db.transaction(async (manager) => {
      const found = await this.findings.lockByIds(manager, ids);
      const byId = new Map(found.map((finding) => [finding.id, finding]));
      const projects = new Map(
        (await this.plansRepository.findProjects([...new Set(found.map((f) => f.projectId))], manager)).map(
          (p) => [p.id, p],
        ),
      );
      for (const id of ids) {
        const finding = byId.get(id);
        if (!finding || !canSeeSubtreeOf(caller, finding.tenantPath)) {
          throw AppException.notFound(FINDING, id);
        }
        const issuerPath = projects.get(finding.projectId)?.tenantPath ?? '';
        if (finding.tenantPath === caller.tenantPath || !isWithinPath(caller.tenantPath, issuerPath)) {
          throw AppException.forbidden('REVIEWER_NOT_ABOVE_REPORTER', {
            zh: '问题须由报送机关的上级(至项目发起机关)审核',
            en: 'Findings are reviewed by a tier above the reporter, up to the issuer.',
          });
        }
        if (finding.status !== FindingStatus.REPORTED) {
          throw AppException.conflict('FINDING_NOT_REVIEWABLE', {
            zh: `问题 ${id} 当前状态为 ${finding.status},只能审核待审核的问题`,
            en: 'Only REPORTED findings can be reviewed.',
          });
        }
      }
      const next = accept ? FindingStatus.ACCEPTED : FindingStatus.RETURNED;
      await this.transitions.move(manager, found, next);
      await this.findings.insertReviews(
        manager,
        ids.map((findingId) => ({
          findingId,
          accepted: accept,
          reason: why,
          byUserId: caller.userId,
          byTenantId: caller.tenantId,
        })),
      );
      return ids.map((id) => ({ ...(byId.get(id) as FindingEntity), status: next }));
    });
  }

  /**
   * Edits a finding by its reporting tenant while it is REPORTED or RETURNED (a returned one goes back to
   * REPORTED for review); once accepted it is locked.
   */
  async updateFinding(caller: Caller, findingId: string, input: FindingUpdate): Promise<FindingEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const id = parseId(findingId, 'id');
    return this.db.transaction(async (manager) => {
      const [finding] = await this.findings.lockByIds(manager, [id]);
      if (!finding || !this.canSee(caller, finding)) {
        throw AppException.notFound(FINDING, findingId);
      }
      if (finding.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_THE_REPORTING_TENANT', {
          zh: '只有报送机关可以修改问题',
          en: 'Only the reporting tenant edits a finding.',
        });
      }
      if (finding.status !== FindingStatus.REPORTED && finding.status !== FindingStatus.RETURNED) {
        throw AppException.conflict('FINDING_LOCKED', {
          zh: `问题状态为 ${finding.status},审核通过后不能再修改`,
          en: 'Locked once ACCEPTED.',
        });
      }
      const [project] = await this.plansRepository.findProjects([finding.projectId], manager);
      const departmentId = input.departmentId === undefined ? finding.departmentId : input.departmentId;
      const departments =
        departmentId && isUuid(departmentId) ? await this.departments.findByIds([departmentId]) : [];
      const { problems, clean } = checkFindingRows(
        [
          {
            title: input.title ?? finding.title,
            description: input.description ?? finding.description,
            method: finding.methodCode,
            checklistCode: finding.checklistCode,
            category: input.category ?? finding.category,
            severity: input.severity ?? finding.severity,
            location: input.location === undefined ? finding.location : input.location,
            departmentId,
          },
        ],
        {
          methods: new Set(project?.unifications.methods ?? [finding.methodCode]),
          checklistCodes: new Set(finding.checklistCode ? [finding.checklistCode] : []),
          departmentPaths: new Map(departments.map((department) => [department.id, department.tenantPath])),
          // A unit retired since the finding named it may stay; naming it anew is refused.
          retiredDepartments:
            departmentId?.trim().toLowerCase() === finding.departmentId ? undefined : retiredOf(departments),
          callerPath: caller.tenantPath,
        },
      );
      if (input.evidence !== undefined && input.evidence !== null) {
        const files = await this.evidence.findFiles(hashesOf([input.evidence]), manager);
        problems.push(
          ...evidenceProblems(caller, [input.evidence], new Map(files.map((file) => [file.sha256, file]))),
        );
      }
      if (problems.length > 0 || !clean[0]) {
        throw AppException.badFields(
          problems.map(({ index: _row, ...problem }) => ({ ...problem, field: `input.${problem.field}` })),
        );
      }
      if (input.evidence !== undefined && input.evidence !== null) {
        await this.evidence.replaceCitations(manager, finding.id, uniqueHashes(input.evidence));
      }
      const { title, description, category, severity, location } = clean[0];
      const changes: Partial<FindingEntity> = {
        title,
        description,
        category,
        severity,
        location,
        departmentId: clean[0].departmentId,
      };
      await this.findings.update(manager, finding.id, changes);
      await this.transitions.move(manager, [finding], FindingStatus.REPORTED);
      return { ...finding, ...changes, status: FindingStatus.REPORTED };
    });
  }

  /** The REPORTED findings the caller may review (its review queue), oldest first is not needed: newest first. */
  async reviewQueue(caller: Caller, first?: number | null, after?: string | null) {
    assertPermission(caller, Permission.REVIEW_FINDINGS);
    const limit = this.pageSize(first);
    const { rows, total } = await this.findings.page({
      scopePath: caller.tenantPath,
      reviewerPath: caller.tenantPath,
      committeeCode: committeeFilter(caller),
      after: after ? decodeFindingCursor(after) : undefined,
      limit,
    });
    return { rows: rows.slice(0, limit), total, hasNextPage: rows.length > limit };
  }

  async page(
    caller: Caller,
    filter: FindingFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<{ rows: FindingEntity[]; total: number; hasNextPage: boolean }> {
    const limit = this.pageSize(first);
    const scopePath = await this.scopePath(caller, filter.scopeTenantId);
    const { rows, total } = await this.findings.page({
      scopePath,
      projectId: filter.projectId ? parseIds([filter.projectId], 'filter.projectId')[0] : undefined,
      statuses: filter.status ?? undefined,
      departmentId: isDepartmentCaller(caller) ? (caller.departmentId ?? undefined) : undefined,
      committeeCode: committeeFilter(caller),
      after: after ? decodeFindingCursor(after) : undefined,
      limit,
    });
    return { rows: rows.slice(0, limit), total, hasNextPage: rows.length > limit };
  }

  private pageSize(first?: number | null): number {
    const limit = first ?? FINDINGS_PAGE_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > FINDINGS_PAGE_MAX) {
      throw AppException.badInput('first', 'PAGE_SIZE_OUT_OF_RANGE', {
        zh: `每页 1–${FINDINGS_PAGE_MAX} 条`,
        en: `first must be 1–${FINDINGS_PAGE_MAX}`,
      });
    }
    return limit;
  }

  /** The subtree a query may cover: the caller's, or a tenant inside it. */
  async scopePath(caller: Caller, scopeTenantId?: string | null): Promise<string> {
    if (isDepartmentCaller(caller)) {
      return caller.tenantPath;
    }
    return (await this.tenancy.scope(caller, scopeTenantId)).path;
  }

  /** One finding by id, for its detail page; one the caller may not see is "not found", never "forbidden". */
  async getFinding(caller: Caller, findingId: string): Promise<FindingEntity> {
    const [finding] = await this.findings.findByIds([parseId(findingId, 'id')]);
    if (!finding || !this.canSee(caller, finding)) {
      throw AppException.notFound(FINDING, findingId);
    }
    return finding;
  }

  /** Findings by id, for a field whose resolver then decides with `canSee` whether the caller may see each. */
  findByIds(ids: readonly string[]): Promise<FindingEntity[]> {
    return this.findings.findByIds(ids);
  }

  /** The findings of an activity that the caller may see, in the order they were reported. */
  async ofActivity(caller: Caller, activityId: string): Promise<FindingEntity[]> {
    return (await this.findings.ofActivity(activityId)).filter((finding) => this.canSee(caller, finding));
  }

  /** Every review decision on the findings, oldest first (for `Finding.reviews`, batched by a loader). */
  reviewsOf(findingIds: readonly string[]): Promise<FindingReviewEntity[]> {
    return this.findings.reviewsOf(findingIds);
  }

  /** Findings the caller may see by id (department accounts: only those handed over to them). */
  canSee(caller: Caller, finding: FindingEntity): boolean {
    if (isDepartmentCaller(caller)) {
      return finding.departmentId === caller.departmentId && finding.handoffId !== null;
    }
    return canSeeSubtreeOf(caller, finding.tenantPath);
  }

  private async replay(tenantId: string, key: string): Promise<FindingEntity[] | null> {
    const submission = await this.findings.findSubmission(tenantId, key);
    if (!submission) {
      return null;
    }
    const stored = await this.findings.findByIds(submission.findingIds);
    const byId = new Map(stored.map((finding) => [finding.id, finding]));
    return submission.findingIds.map((id) => byId.get(id)).filter((f): f is FindingEntity => f !== undefined);
  }
}
