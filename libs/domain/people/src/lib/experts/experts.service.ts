import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Db } from '@liandong/db';
import { AppException, FieldProblem, parseId, parseIds, parseInput } from '@liandong/errors';
import { isSha256Hex } from '@liandong/files';
import {
  ActivitiesService,
  ActivityEntity,
  EvidenceRepository,
  FindingsRepository,
  isOwnUpload,
  normalizeHash,
} from '@liandong/findings';
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
import { Clock, shanghaiDay, shanghaiYear } from '@liandong/time';
import { ExpertAssignmentEntity } from './expert-assignment.entity';
import { ExpertConflictEntity } from './expert-conflict.entity';
import { ExpertConflictKind, ExpertStatus } from './expert-kinds';
import { ExpertOpinionEntity } from './expert-opinion.entity';
import { barsInvitation, exclusionsOf, Proposal, ProposalActivity, proposeExperts } from './expert-proposal';
import {
  ACTIVITY,
  conflictSchema,
  EXPERT,
  EXPERT_ASSIGNMENT,
  EXPERT_CONFLICT,
  expertSchema,
  invitationSchema,
  MAX_EXPERT_LIST,
  opinionSchema,
  proposalSchema,
  statusSchema,
} from './expert-rules';

type ConflictInput = z.infer<typeof conflictSchema>;
import { assertExpertTransition, INITIAL_EXPERT_STATUS } from './expert-transitions';
import { ExpertEntity } from './expert.entity';
import { ExpertsRepository } from './experts.repository';

export interface ExpertListFilter {
  tenantId?: string | null;
  field?: string | null;
  status?: ExpertStatus | null;
  search?: string | null;
}

/**
 * The expert pool (专家库) of each tier: kept by the tier that owns it and seen by the tiers above, never
 * sideways. For an activity it proposes experts of a field by the rules of `expert-proposal`, invites them
 * (refusing any the rules bar) and keeps each expert's opinion as a stored file, in versions.
 */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly db: Db,
    private readonly repository: ExpertsRepository,
    private readonly activities: ActivitiesService,
    private readonly findings: FindingsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly departments: DepartmentRepository,
    private readonly tenancy: TenancyService,
    private readonly clock: Clock,
  ) {}

  async add(caller: Caller, input: unknown): Promise<ExpertEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const expert = parseInput(expertSchema, input, 'input');
    const departmentId = await this.ownDepartment(caller, expert.departmentId ?? null);
    return this.repository.insert({
      tenantId: caller.tenantId,
      tenantPath: caller.tenantPath,
      name: expert.name,
      fields: expert.fields,
      organisation: expert.organisation,
      departmentId,
      title: expert.title,
      termStartsOn: expert.termStartsOn,
      termEndsOn: expert.termEndsOn,
      status: INITIAL_EXPERT_STATUS,
    });
  }

  async update(caller: Caller, id: string, input: unknown): Promise<ExpertEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const expert = parseInput(expertSchema, input, 'input');
    const departmentId = await this.ownDepartment(caller, expert.departmentId ?? null);
    return this.db.transaction(async (manager) => {
      const current = await this.ownExpert(manager, caller, id);
      const changes = {
        name: expert.name,
        fields: expert.fields,
        organisation: expert.organisation,
        departmentId,
        title: expert.title,
        termStartsOn: expert.termStartsOn,
        termEndsOn: expert.termEndsOn,
      };
      await this.repository.update(manager, current.id, changes);
      return { ...current, ...changes };
    });
  }

  async changeStatus(caller: Caller, id: string, status: ExpertStatus): Promise<ExpertEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const to = parseInput(statusSchema, status, 'status');
    return this.db.transaction(async (manager) => {
      const current = await this.ownExpert(manager, caller, id);
      assertExpertTransition(current.status, to);
      await this.repository.update(manager, current.id, { status: to });
      return { ...current, status: to };
    });
  }

  /** The experts of the caller's tenant or of a tenant in its subtree, by name. */
  async list(caller: Caller, filter: ExpertListFilter): Promise<ExpertEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, filter.tenantId ?? null, 'filter.tenantId');
    return this.repository.list(
      {
        tenantId: scope.id,
        field: filter.field?.trim() || null,
        status: filter.status ? parseInput(statusSchema, filter.status, 'filter.status') : null,
        search: filter.search?.trim() || null,
      },
      MAX_EXPERT_LIST,
    );
  }

  /** One expert the caller may see, or NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<ExpertEntity> {
    const expert = await this.repository.findById(parseId(id));
    if (!expert || !canSeeSubtreeOf(caller, expert.tenantPath)) {
      throw AppException.notFound(EXPERT, id);
    }
    return expert;
  }

  async declareConflict(caller: Caller, expertId: string, input: unknown): Promise<ExpertConflictEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const conflict = parseInput(conflictSchema, input, 'input');
    return this.db.transaction((manager) => this.declareIn(manager, caller, expertId, conflict));
  }

  private async declareIn(
    manager: EntityManager,
    caller: Caller,
    expertId: string,
    conflict: ConflictInput,
  ): Promise<ExpertConflictEntity> {
    const expert = await this.ownExpert(manager, caller, expertId);
    const problems: FieldProblem[] = [];
    let departmentId: string | null = null;
    let activityId: string | null = null;
    let projectId: string | null = null;
    if (conflict.kind !== ExpertConflictKind.RECUSAL && conflict.departmentId) {
      const department = await this.departments.findById(
        parseId(conflict.departmentId, 'input.departmentId'),
      );
      if (!department || !canSeeSubtreeOf(caller, department.tenantPath)) {
        problems.push(notFoundIn('input.departmentId', 'DEPARTMENT_NOT_FOUND', '单位'));
      } else {
        departmentId = department.id;
      }
    }
    if (conflict.kind === ExpertConflictKind.RECUSAL) {
      if (conflict.activityId) {
        const activity = await this.visibleActivity(caller, conflict.activityId, 'input.activityId');
        activityId = activity.id;
      } else if (conflict.projectId) {
        projectId = parseId(conflict.projectId, 'input.projectId');
        if (!(await this.repository.projectVisible(projectId))) {
          problems.push(notFoundIn('input.projectId', 'PROJECT_NOT_FOUND', '项目'));
        }
      }
    }
    if (conflict.declaredOn > shanghaiDay(this.clock.now())) {
      problems.push({
        field: 'input.declaredOn',
        reason: 'DAY_IN_FUTURE',
        zh: '申报日期不能晚于今天',
        en: 'not later than today',
      });
    }
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    return this.repository.insertConflict(manager, {
      tenantId: expert.tenantId,
      tenantPath: expert.tenantPath,
      expertId: expert.id,
      kind: conflict.kind,
      departmentId,
      activityId,
      projectId,
      note: conflict.note,
      declaredOn: conflict.declaredOn,
    });
  }

  /** Withdraws a standing conflict: kept, with the day it was withdrawn. */
  async withdrawConflict(caller: Caller, id: string): Promise<ExpertConflictEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const conflictId = parseId(id);
    return this.db.transaction(async (manager) => {
      const conflict = await this.repository.lockConflict(manager, conflictId);
      if (!conflict || !canSeeSubtreeOf(caller, conflict.tenantPath)) {
        throw AppException.notFound(EXPERT_CONFLICT, id);
      }
      assertOwn(caller, conflict.tenantId);
      if (conflict.withdrawnOn) {
        return conflict;
      }
      const withdrawnOn = shanghaiDay(this.clock.now());
      await this.repository.withdrawConflict(manager, conflict.id, withdrawnOn);
      return { ...conflict, withdrawnOn };
    });
  }

  /** Experts of `field` from the activity's own pool: the least loaded first, and the excluded with why. */
  async propose(
    caller: Caller,
    input: unknown,
  ): Promise<Proposal<ExpertEntity> & { subjectDepartmentIds: readonly string[] }> {
    const parsed = parseInput(proposalSchema, input, 'input');
    const activity = await this.visibleActivity(caller, parsed.activityId, 'input.activityId');
    const manager = this.db.manager;
    const subject = await this.subjectOf(activity, parsed.subjectDepartmentIds);
    const experts = await this.repository.ofField(manager, activity.tenantId, parsed.field);
    const ids = experts.map((expert) => expert.id);
    const proposal = proposeExperts({
      experts,
      conflicts: standing(await this.repository.conflictsOf(ids, manager)),
      activity: subject,
      field: parsed.field,
      count: parsed.count,
      workload: await this.repository.workload(ids, shanghaiYear(activity.startsAt), manager),
      invited: await this.repository.invitedTo(manager, activity.id),
    });
    return { ...proposal, subjectDepartmentIds: subject.subjectDepartmentIds };
  }

  /**
   * Invites experts of the activity's pool, by the tier that owns the activity. Any expert the rules bar
   * (a conflict with a supervised unit, a recusal, not active, out of term) refuses the whole batch, named
   * by position; experts already invited keep their assignment.
   */
  async invite(caller: Caller, input: unknown): Promise<ExpertAssignmentEntity[]> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const parsed = parseInput(invitationSchema, input, 'input');
    const expertIds = parseIds(parsed.expertIds, 'input.expertIds');
    const activity = await this.visibleActivity(caller, parsed.activityId, 'input.activityId');
    assertOwn(caller, activity.tenantId, 'ACTIVITY_NOT_OWN');
    return this.db.transaction(async (manager) => {
      const subject = await this.subjectOf(activity, parsed.subjectDepartmentIds);
      const experts = new Map(
        (await this.repository.findByIds(expertIds, manager)).map((expert) => [expert.id, expert]),
      );
      const conflicts = standing(await this.repository.conflictsOf([...experts.keys()], manager));
      const invited = await this.repository.invitedTo(manager, activity.id);
      const problems: FieldProblem[] = [];
      expertIds.forEach((id, index) => {
        const field = `input.expertIds.${index}`;
        const expert = experts.get(id);
        if (!expert || expert.tenantId !== activity.tenantId) {
          problems.push({
            field,
            reason: 'EXPERT_NOT_IN_POOL',
            zh: '专家不存在或不在本级专家库',
            en: "not an expert of the activity's pool",
          });
          return;
        }
        const exclusions = exclusionsOf(expert, conflicts, subject, invited.has(expert.id));
        if (barsInvitation(exclusions)) {
          const texts = exclusions.map((e) => e.text).join('、');
          problems.push({
            field,
            reason: 'EXPERT_CONFLICT',
            zh: `${expert.name}:${texts},不能邀请`,
            en: `${expert.name} may not serve: ${exclusions.map((e) => e.code).join(', ')}`,
          });
        }
      });
      if (problems.length > 0) {
        throw AppException.badFields(problems);
      }
      return this.repository.insertAssignments(
        manager,
        [...new Set(expertIds)].map((expertId) => ({
          tenantId: activity.tenantId,
          tenantPath: activity.tenantPath,
          expertId,
          activityId: activity.id,
          subjectDepartmentIds: [...subject.subjectDepartmentIds],
          invitedBy: caller.userId,
        })),
      );
    });
  }

  /** Records the expert's opinion as a file uploaded first (POST /files); a new one supersedes the last. */
  async recordOpinion(caller: Caller, assignmentId: string, input: unknown): Promise<ExpertOpinionEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const id = parseId(assignmentId, 'expertAssignmentId');
    const parsed = parseInput(opinionSchema, input, 'input');
    const sha256 = normalizeHash(parsed.sha256);
    return this.db.transaction(async (manager) => {
      const assignment = await this.repository.lockAssignment(manager, id);
      if (!assignment || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
        throw AppException.notFound(EXPERT_ASSIGNMENT, assignmentId);
      }
      assertOwn(caller, assignment.tenantId, 'ACTIVITY_NOT_OWN');
      if (!isSha256Hex(sha256)) {
        throw AppException.badInput('input.sha256', 'NOT_A_SHA256', {
          zh: '不是 SHA-256',
          en: 'not a SHA-256 hex digest',
        });
      }
      const [file] = await this.evidence.findFiles([sha256]);
      if (!file || !isOwnUpload(caller, file)) {
        throw AppException.badInput('input.sha256', 'EVIDENCE_NOT_UPLOADED', {
          zh: '文件未上传或不在本辖区',
          en: 'no such file uploaded within your reach (POST /files first)',
        });
      }
      const now = this.clock.now();
      const version = (await this.repository.latestOpinionVersion(manager, assignment.id)) + 1;
      await this.repository.supersedeOpinions(manager, assignment.id, now);
      return this.repository.insertOpinion(manager, {
        tenantId: assignment.tenantId,
        tenantPath: assignment.tenantPath,
        assignmentId: assignment.id,
        version,
        sha256,
        summary: parsed.summary,
        recordedBy: caller.userId,
      });
    });
  }

  /** True when an activity whose expert opinions cite the file is visible to the caller. */
  async opinionVisible(caller: Caller, sha256: string): Promise<boolean> {
    if (isDepartmentCaller(caller)) {
      return false;
    }
    const activities = await this.activities.findByIds(await this.repository.activitiesCiting(sha256));
    return activities.some((activity) => canSeeSubtreeOf(caller, activity.tenantPath));
  }

  findByIds(ids: readonly string[]): Promise<ExpertEntity[]> {
    return this.repository.findByIds(ids);
  }

  conflictsOf(expertIds: readonly string[]): Promise<ExpertConflictEntity[]> {
    return this.repository.conflictsOf(expertIds);
  }

  assignmentsOfExperts(expertIds: readonly string[]): Promise<ExpertAssignmentEntity[]> {
    return this.repository.assignmentsOfExperts(expertIds);
  }

  assignmentsOfActivities(activityIds: readonly string[]): Promise<ExpertAssignmentEntity[]> {
    return this.repository.assignmentsOfActivities(activityIds);
  }

  opinionsOf(assignmentIds: readonly string[]): Promise<ExpertOpinionEntity[]> {
    return this.repository.opinionsOf(assignmentIds);
  }

  workload(expertIds: readonly string[], year: number): Promise<Map<string, number>> {
    return this.repository.workload(expertIds, year);
  }

  /** The current year on the Beijing calendar, for workload figures. */
  currentYear(): number {
    return shanghaiYear(this.clock.now());
  }

  /** Named experts per activity, so `Activity.participants.experts` can be derived from the assignments. */
  countByActivities(activityIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.countByActivities(activityIds);
  }

  private async ownExpert(manager: EntityManager, caller: Caller, id: string): Promise<ExpertEntity> {
    const expert = await this.repository.lock(manager, parseId(id));
    if (!expert || !canSeeSubtreeOf(caller, expert.tenantPath)) {
      throw AppException.notFound(EXPERT, id);
    }
    assertOwn(caller, expert.tenantId);
    return expert;
  }

  /** A department of the caller's own tier (the expert works there), or null. */
  private async ownDepartment(caller: Caller, departmentId: string | null): Promise<string | null> {
    if (!departmentId) {
      return null;
    }
    const department = await this.departments.findById(parseId(departmentId, 'input.departmentId'));
    if (!department || department.tenantId !== caller.tenantId) {
      throw AppException.badInput('input.departmentId', 'DEPARTMENT_NOT_OWN', {
        zh: '单位不存在或不是本级的单位',
        en: "not one of your tier's departments",
      });
    }
    return department.id;
  }

  private async visibleActivity(caller: Caller, id: string, field: string): Promise<ActivityEntity> {
    const [activity] = await this.activities.findByIds([parseId(id, field)]);
    if (!activity || !canSeeSubtreeOf(caller, activity.tenantPath)) {
      throw AppException.notFound(ACTIVITY, id);
    }
    return activity;
  }

  /**
   * The activity as the rules see it: its units under supervision are the departments named (each within
   * the activity's subtree) and the departments of the findings already recorded under it.
   */
  private async subjectOf(
    activity: ActivityEntity,
    departmentIds: readonly string[],
  ): Promise<ProposalActivity> {
    const ids = parseIds(departmentIds, 'input.subjectDepartmentIds');
    const found = new Map((await this.departments.findByIds(ids)).map((d) => [d.id, d]));
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      const department = found.get(id);
      if (!department || !isWithinPath(department.tenantPath, activity.tenantPath)) {
        problems.push(
          notFoundIn(`input.subjectDepartmentIds.${index}`, 'DEPARTMENT_NOT_FOUND', '被监督单位'),
        );
      }
    });
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    const recorded = (await this.findings.ofActivity(activity.id))
      .map((finding) => finding.departmentId)
      .filter((id): id is string => id !== null);
    return {
      id: activity.id,
      projectId: activity.projectId,
      day: shanghaiDay(activity.startsAt),
      subjectDepartmentIds: [...new Set([...ids, ...recorded])],
    };
  }
}

function standing(conflicts: readonly ExpertConflictEntity[]): ExpertConflictEntity[] {
  return conflicts.filter((conflict) => conflict.withdrawnOn === null);
}

function notFoundIn(field: string, reason: string, what: string): FieldProblem {
  return { field, reason, zh: `${what}不存在或不在本辖区`, en: 'not found within your reach' };
}

/** Only the tier that keeps a record changes it; those above only see it. */
function assertOwn(caller: Caller, tenantId: string, reason = 'EXPERT_NOT_OWN'): void {
  if (tenantId !== caller.tenantId) {
    throw AppException.forbidden(reason, {
      zh: '只能由所属机关办理',
      en: 'Only the tier that keeps it may change it.',
    });
  }
}
