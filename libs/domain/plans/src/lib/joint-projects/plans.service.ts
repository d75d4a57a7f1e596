import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppException, parseId, parseInput, requireReason } from '@liandong/errors';
import { Db } from '@liandong/db';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  CommitteeRepository,
  isDepartmentCaller,
  isWithinPath,
  Permission,
  TenantEntity,
  TenantRepository,
} from '@liandong/tenancy';
import { AssignmentStatus, WORKING_ASSIGNMENT_STATUSES } from '../assignments/assignment-status';
import { AssignmentTransitions } from '../assignments/assignment-transitions';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ASSIGNMENT, JOINT_PROJECT } from '../kinds';
import { MethodsService } from '../methods/methods.service';
import { committeeFilter, isLedFor } from './committee-filter';
import { JointProjectEntity } from './joint-project.entity';
import type { JointProjectVersionEntity } from './joint-project-version.entity';
import { PlansRepository } from './plans.repository';
import { toStoredUnifications, unificationsInputSchema } from './unifications';
import { diffUnifications, ProjectChange } from './version-diff';

const MAX_TARGETS = 1_000;

const projectInputSchema = z.object({
  year: z.number().int().min(2000, { message: '年度须在 2000–2100 之间 / year 2000–2100' }).max(2100, {
    message: '年度须在 2000–2100 之间 / year 2000–2100',
  }),
  title: z
    .string()
    .trim()
    .min(1, { message: '项目名称不能为空 / title must not be empty' })
    .max(200, { message: '项目名称不能超过 200 字 / title at most 200 characters' }),
  isKey: z.boolean(),
  unifications: unificationsInputSchema,
  leadCommitteeId: z.string().nullish(),
});

export interface AssignmentAndProject {
  assignment: AssignmentEntity;
  project: JointProjectEntity;
}

export interface PublishTargets {
  tenantIds: string[];
  includeDescendants: boolean;
}

@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansRepository,
    private readonly tenants: TenantRepository,
    private readonly transitions: AssignmentTransitions,
    private readonly methods: MethodsService,
    private readonly committees: CommitteeRepository,
  ) {}

  /** `linkInside` runs in the creating transaction (e.g. to tie the project to its annual-plan item). */
  async createJointProject(
    caller: Caller,
    input: unknown,
    linkInside?: (manager: EntityManager, project: JointProjectEntity) => Promise<void>,
  ): Promise<JointProjectEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const parsed = parseInput(projectInputSchema, input);
    const children = await this.tenants.childrenOf([caller.tenantId]);
    if (children.length === 0) {
      throw AppException.forbidden('NO_CHILD_TENANTS', {
        zh: '只有设有下级人大的机关才能发起联动项目',
        en: 'Only a tenant with child tenants can issue a joint project.',
      });
    }
    await this.methods.assertActive(parsed.unifications.methods, 'unifications.methods');
    return this.db.transaction(async (manager) => {
      const leadCommitteeId = await this.leadCommitteeFor(
        manager,
        caller,
        parsed.leadCommitteeId ?? null,
        'leadCommitteeId',
        true,
      );
      const project = await this.plans.insertProject(manager, {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        year: parsed.year,
        title: parsed.title,
        isKey: parsed.isKey,
        version: 1,
        unifications: toStoredUnifications(parsed.unifications),
        leadCommitteeId,
        createdBy: caller.userId,
      });
      await linkInside?.(manager, project);
      return project;
    });
  }

  /**
   * The next version of the unified plan (version + 1), published at once to the existing assignments:
   * those acknowledged on an older version become outdated until acknowledged again.
   */
  async reviseJointProject(
    caller: Caller,
    projectId: string,
    unifications: unknown,
    note: string,
  ): Promise<JointProjectEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const why = requireReason(note, 'note', { zh: '修订统一方案', en: 'A revision' });
    const parsed = parseInput(unificationsInputSchema, unifications, 'unifications');
    await this.methods.assertActive(parsed.methods, 'unifications.methods');
    const project = await this.getVisibleProject(caller, projectId);
    if (project.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_PROJECT_ISSUER', {
        zh: '只有发起机关可以修订统一方案',
        en: 'Only the issuer revises the unified plan.',
      });
    }
    return this.db.transaction(async (manager) => {
      const locked = await this.plans.lockProject(manager, project.id);
      if (!locked) {
        throw AppException.notFound(JOINT_PROJECT, projectId);
      }
      const next = { ...locked, version: locked.version + 1, unifications: toStoredUnifications(parsed) };
      await this.plans.updateProject(manager, locked.id, {
        version: next.version,
        unifications: next.unifications,
      });
      await this.plans.insertVersion(manager, locked.id, next.version, next.unifications, why);
      return next;
    });
  }

  /**
   * Names the committee that leads the project (牵头委室), or clears it with null: by the issuer, naming an
   * active committee of its own tenant. A committee's staff keep their own committee as the lead.
   */
  async setLeadCommittee(
    caller: Caller,
    projectId: string,
    committeeId: string | null,
  ): Promise<JointProjectEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const project = await this.getVisibleProject(caller, projectId);
    if (project.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_PROJECT_ISSUER', {
        zh: '只有发起机关可以指定牵头委室',
        en: 'Only the issuer names the lead committee.',
      });
    }
    return this.db.transaction(async (manager) => {
      const leadCommitteeId = await this.leadCommitteeFor(manager, caller, committeeId, 'committeeId', false);
      const locked = await this.plans.lockProject(manager, project.id);
      if (!locked) {
        throw AppException.notFound(JOINT_PROJECT, projectId);
      }
      await this.plans.updateProject(manager, locked.id, { leadCommitteeId });
      return { ...locked, leadCommitteeId };
    });
  }

  async versionsOf(projectId: string): Promise<number[]> {
    return this.plans.versionNumbers(projectId);
  }

  revisionsOf(projectId: string): Promise<JointProjectVersionEntity[]> {
    return this.plans.versionHistory(projectId);
  }

  /** What differs between two versions of a project the caller can see, section by section. */
  async changes(
    caller: Caller,
    projectId: string,
    fromVersion: number,
    toVersion: number,
  ): Promise<ProjectChange[]> {
    const project = await this.getVisibleProject(caller, projectId);
    const [from, to] = await Promise.all([
      this.plans.findVersion(project.id, fromVersion),
      this.plans.findVersion(project.id, toVersion),
    ]);
    if (!from) {
      throw AppException.badInput('fromVersion', 'VERSION_NOT_FOUND', {
        zh: `版本 ${fromVersion} 不存在`,
        en: `No version ${fromVersion}.`,
      });
    }
    if (!to) {
      throw AppException.badInput('toVersion', 'VERSION_NOT_FOUND', {
        zh: `版本 ${toVersion} 不存在`,
        en: `No version ${toVersion}.`,
      });
    }
    return diffUnifications(from.unifications, to.unifications);
  }

  /**
   * Assigns the project to the targets (and, asked, their descendants). The issuer publishes into its
   * subtree; a tenant holding an acknowledged assignment cascades it into its own subtree.
   * Publishing again adds nothing; the answer lists the targets' assignments, new or existing.
   */
  async publishJointProject(
    caller: Caller,
    projectId: string,
    targets: PublishTargets,
  ): Promise<AssignmentEntity[]> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const project = await this.getVisibleProject(caller, projectId);
    const ids = parseInput(
      z
        .array(z.string().uuid({ message: '不是有效的编号 / not a valid id' }))
        .min(1, { message: '至少选择一个对象 / at least one target' })
        .max(MAX_TARGETS),
      targets.tenantIds,
      'targets.tenantIds',
    );
    const parentAssignment = await this.publishingAssignment(caller, project);
    const found = await this.tenants.findByIds([...new Set(ids)]);
    const byId = new Map(found.map((tenant) => [tenant.id, tenant]));
    ids.forEach((id, index) => {
      const tenant = byId.get(id);
      if (!tenant || !isWithinPath(tenant.path, caller.tenantPath)) {
        throw AppException.forbidden('TARGET_OUTSIDE_SUBTREE', {
          zh: `发布对象 targets.tenantIds.${index} 不在本机关管辖范围内`,
          en: `Target ${id} is outside your subtree.`,
        });
      }
    });
    const direct = [...byId.values()];
    const descendants = targets.includeDescendants
      ? await this.tenants.descendantsOf(direct.map((t) => t.path))
      : [];
    const all = new Map<string, TenantEntity>(
      [...direct, ...descendants].map((tenant) => [tenant.id, tenant]),
    );
    return this.db.transaction(async (manager) => {
      await this.transitions.issue(
        manager,
        [...all.values()].map((tenant) => ({
          projectId: project.id,
          tenantId: tenant.id,
          tenantPath: tenant.path,
          publishedByTenantId: caller.tenantId,
          parentAssignmentId: parentAssignment?.id ?? null,
        })),
      );
      await this.plans.markVersionPublished(manager, project.id, project.version);
      return this.plans.listAssignmentsOfProjectForTenants(manager, project.id, [...all.keys()]);
    });
  }

  /** ISSUED → ACKNOWLEDGED (签收), only by the assigned tenant; acknowledging again records the current version. */
  async acknowledgeAssignment(caller: Caller, assignmentId: string): Promise<AssignmentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    return this.db.transaction(async (manager) => {
      const assignment = await this.plans.lockAssignment(manager, assignmentId);
      if (!assignment || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
        throw AppException.notFound(ASSIGNMENT, assignmentId);
      }
      const project = await this.plans.findProject(assignment.projectId, manager);
      if (!project || !isLedFor(committeeFilter(caller), project.leadCommittee)) {
        throw AppException.notFound(ASSIGNMENT, assignmentId);
      }
      if (assignment.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_ASSIGNED_TENANT', {
          zh: '只能签收本机关的任务',
          en: 'Only the assigned tenant can acknowledge it.',
        });
      }
      return this.transitions.acknowledge(manager, assignment, project.version);
    });
  }

  async listProjects(caller: Caller, year?: number): Promise<JointProjectEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    return this.plans.listVisibleProjects(caller.tenantPath, committeeFilter(caller), year);
  }

  /** A project the caller sees: issued or assigned in its subtree and, for a committee's staff, theirs. */
  async getVisibleProject(caller: Caller, projectId: string): Promise<JointProjectEntity> {
    const project = isDepartmentCaller(caller) ? null : await this.plans.findProject(projectId);
    if (
      !project ||
      !isLedFor(committeeFilter(caller), project.leadCommittee) ||
      !(await this.plans.isProjectVisible(caller.tenantPath, project.id, null))
    ) {
      throw AppException.notFound(JOINT_PROJECT, projectId);
    }
    return project;
  }

  async isProjectVisible(caller: Caller, projectId: string): Promise<boolean> {
    return (
      !isDepartmentCaller(caller) &&
      this.plans.isProjectVisible(caller.tenantPath, projectId, committeeFilter(caller))
    );
  }

  /** Projects by id, for field resolvers whose parent the caller may already see. */
  findProjects(ids: readonly string[]): Promise<JointProjectEntity[]> {
    return this.plans.findProjects(ids);
  }

  /** Assignments by id, for field resolvers whose parent the caller may already see. */
  findAssignments(ids: readonly string[]): Promise<AssignmentEntity[]> {
    return this.plans.findAssignments(ids);
  }

  /**
   * An assignment in the caller's subtree (its own or one below it) of a project the caller sees, with the
   * project; NOT_FOUND otherwise.
   */
  async getVisibleAssignment(caller: Caller, assignmentId: string): Promise<AssignmentAndProject> {
    const assignment = await this.plans.findAssignment(parseId(assignmentId, 'assignmentId'));
    if (!assignment || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
      throw AppException.notFound(ASSIGNMENT, assignmentId);
    }
    return { assignment, project: await this.projectOf(caller, assignment) };
  }

  /** The caller's own acknowledged assignment, for filing its local plan or its milestones. */
  async getOwnAssignment(caller: Caller, assignmentId: string): Promise<AssignmentAndProject> {
    const found = await this.getVisibleAssignment(caller, assignmentId);
    if (found.assignment.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_ASSIGNED_TENANT', {
        zh: '只能为本机关的任务报备',
        en: 'Only the assigned tenant files for its assignment.',
      });
    }
    if (found.assignment.status === AssignmentStatus.ISSUED) {
      throw AppException.conflict('ASSIGNMENT_NOT_ACKNOWLEDGED', {
        zh: '请先签收任务',
        en: 'Acknowledge the assignment first.',
      });
    }
    return found;
  }

  myAssignments(caller: Caller, statuses?: AssignmentStatus[]): Promise<AssignmentEntity[]> {
    if (isDepartmentCaller(caller)) {
      return Promise.resolve([]);
    }
    return this.plans.listAssignmentsOfTenant(caller.tenantId, committeeFilter(caller), statuses);
  }

  /** The assignments of a project that the caller may see: those held in its subtree. */
  projectAssignments(caller: Caller, projectIds: readonly string[]): Promise<AssignmentEntity[]> {
    if (isDepartmentCaller(caller)) {
      return Promise.resolve([]);
    }
    return this.plans.listAssignmentsInScope(projectIds, caller.tenantPath);
  }

  /**
   * The caller's own working assignment of a project, for reporting findings under it.
   * Not its own: FORBIDDEN (or NOT_FOUND outside its subtree); not acknowledged: CONFLICT.
   */
  async getWorkingAssignment(caller: Caller, assignmentId: string): Promise<AssignmentAndProject> {
    const assignment = await this.plans.findAssignment(assignmentId);
    if (!assignment || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
      throw AppException.notFound(ASSIGNMENT, assignmentId);
    }
    const project = await this.projectOf(caller, assignment);
    if (assignment.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_ASSIGNED_TENANT', {
        zh: '只能在本机关的任务下报送问题',
        en: 'Only the assigned tenant can report under it.',
      });
    }
    if (assignment.status === AssignmentStatus.ISSUED) {
      throw AppException.conflict('ASSIGNMENT_NOT_ACKNOWLEDGED', {
        zh: '请先签收任务再报送问题',
        en: 'Acknowledge the assignment before reporting findings.',
      });
    }
    if (!WORKING_ASSIGNMENT_STATUSES.has(assignment.status)) {
      throw AppException.conflict('ASSIGNMENT_NOT_WORKING', {
        zh: `任务状态为 ${assignment.status},不能再报送问题`,
        en: `The assignment is ${assignment.status}.`,
      });
    }
    return { assignment, project };
  }

  /** The assignment's project; an assignment of a project that is not the caller's committee's is NOT_FOUND. */
  private async projectOf(caller: Caller, assignment: AssignmentEntity): Promise<JointProjectEntity> {
    const project = await this.plans.findProject(assignment.projectId);
    if (!project) {
      throw AppException.notFound(JOINT_PROJECT, assignment.projectId);
    }
    if (!isLedFor(committeeFilter(caller), project.leadCommittee)) {
      throw AppException.notFound(ASSIGNMENT, assignment.id);
    }
    return project;
  }

  /**
   * The committee a project is to be led by. A committee's staff may name only their own, which is also the
   * default when they name none (`ownByDefault`); others name an active committee of their own tenant, or none.
   */
  private async leadCommitteeFor(
    manager: EntityManager,
    caller: Caller,
    requested: string | null,
    field: string,
    ownByDefault: boolean,
  ): Promise<string | null> {
    const id = requested === null ? null : parseId(requested, field);
    const own = committeeFilter(caller) === null ? null : (caller.committee?.id ?? null);
    if (own !== null && !(id === own || (id === null && ownByDefault))) {
      throw AppException.forbidden('COMMITTEE_NOT_YOURS', {
        zh: '委室工作人员只能指定本委室牵头',
        en: 'Committee staff may name only their own committee as the lead.',
      });
    }
    const lead = id ?? own;
    if (lead === null) {
      return null;
    }
    const committee = await this.committees.lockToJoin(manager, lead);
    if (!committee || committee.tenantId !== caller.tenantId || committee.retiredAt !== null) {
      throw AppException.badInput(field, 'COMMITTEE_UNKNOWN', {
        zh: '牵头委室须为本机关现有的委室',
        en: 'The lead must be an active committee of your own office.',
      });
    }
    return committee.id;
  }

  /** Null for the issuer; for a cascade, the caller's acknowledged assignment of the project. */
  private async publishingAssignment(
    caller: Caller,
    project: JointProjectEntity,
  ): Promise<AssignmentEntity | null> {
    if (project.tenantId === caller.tenantId) {
      return null;
    }
    const own = await this.plans.findAssignmentOf(project.id, caller.tenantId);
    if (!own) {
      throw AppException.forbidden('NOT_ISSUER_OR_ASSIGNED', {
        zh: '只有发起机关或已签收任务的机关才能发布该项目',
        en: 'Only the issuer or an assigned tenant can publish it.',
      });
    }
    if (own.status === AssignmentStatus.ISSUED) {
      throw AppException.conflict('ASSIGNMENT_NOT_ACKNOWLEDGED', {
        zh: '请先签收任务再向下级转发',
        en: 'Acknowledge the assignment before passing it on.',
      });
    }
    return own;
  }
}
