import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, parseId } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  CommitteeRepository,
  Permission,
  TenantRepository,
} from '@liandong/tenancy';
import { AnnualPlanStatus } from '../annual-plans/annual-plan-status';
import { AnnualPlansRepository } from '../annual-plans/annual-plans.repository';
import { PlanItemEntity } from '../annual-plans/plan-item.entity';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { PlansRepository } from '../joint-projects/plans.repository';
import { PlansService } from '../joint-projects/plans.service';
import { Unifications } from '../joint-projects/unifications';
import { JOINT_PROJECT, PLAN_ITEM } from '../kinds';
import { AssignmentStatus } from './assignment-status';
import { AssignmentTransitions } from './assignment-transitions';
import { AssignmentEntity } from './assignment.entity';
import { ownProjectUnifications } from './own-project';

/** What to supervise: exactly one of a project and a plan item. */
export interface OwnSupervisionTarget {
  projectId?: string | null;
  planItemId?: string | null;
}

/**
 * A tier supervises its own work itself (自行监督): it records activities (暗访 among them) and findings on
 * its own acknowledged assignment of a project, and hands them over, through the same paths as the tiers
 * below. The issuer without an assignment of its project gets one published to itself, acknowledged at once;
 * a plan item without a project gets an own project made from it, published to nobody else.
 */
@Injectable()
export class OwnSupervisionService {
  constructor(
    private readonly db: Db,
    private readonly plansService: PlansService,
    private readonly plans: PlansRepository,
    private readonly annualPlans: AnnualPlansRepository,
    private readonly transitions: AssignmentTransitions,
    private readonly tenants: TenantRepository,
    private readonly committees: CommitteeRepository,
  ) {}

  /** The caller's own acknowledged assignment of the project or plan item; the same one on every call. */
  async start(caller: Caller, target: OwnSupervisionTarget): Promise<AssignmentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const { projectId, planItemId } = target;
    if (!projectId === !planItemId) {
      throw AppException.badInput(projectId ? 'planItemId' : 'projectId', 'ONE_TARGET_REQUIRED', {
        zh: '请指定一个项目或一个计划项目(二者选一)',
        en: 'Give exactly one of projectId and planItemId.',
      });
    }
    if (projectId) {
      const project = await this.plansService.getVisibleProject(caller, parseId(projectId, 'projectId'));
      return this.db.transaction((manager) => this.ownAssignment(manager, caller, project));
    }
    return this.startOnItem(caller, parseId(planItemId as string, 'planItemId'));
  }

  private async startOnItem(caller: Caller, itemId: string): Promise<AssignmentEntity> {
    const item = await this.annualPlans.findItem(itemId);
    const plan = item ? await this.annualPlans.findPlan(item.planId) : null;
    if (!item || !plan || !canSeeSubtreeOf(caller, plan.tenantPath)) {
      throw AppException.notFound(PLAN_ITEM, itemId);
    }
    if (plan.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_PLAN_ISSUER', {
        zh: '只能对本机关的年度监督计划项目开展自行监督',
        en: 'Only the plan’s own tenant supervises its items itself.',
      });
    }
    if (plan.status !== AnnualPlanStatus.ADOPTED) {
      throw AppException.conflict('PLAN_NOT_ADOPTED', {
        zh: '年度监督工作计划通过后才能开展监督',
        en: 'The annual plan must be adopted first.',
      });
    }
    if (item.jointProjectId) {
      const project = await this.plansService.getVisibleProject(caller, item.jointProjectId);
      return this.db.transaction((manager) => this.ownAssignment(manager, caller, project));
    }
    const unifications = await this.unificationsOf(caller, item, plan.year);
    return this.db.transaction(async (manager) => {
      // Locked, so that two first calls make one project: the second finds the first's link.
      const locked = await this.annualPlans.lockItem(manager, item.id);
      if (!locked) {
        throw AppException.notFound(PLAN_ITEM, itemId);
      }
      const linked = locked.jointProjectId
        ? await this.plans.findProject(locked.jointProjectId, manager)
        : null;
      if (linked) {
        return this.ownAssignment(manager, caller, linked);
      }
      const project = await this.plans.insertProject(manager, {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        year: plan.year,
        title: locked.title,
        isKey: locked.isKey,
        version: 1,
        unifications,
        leadCommitteeId: locked.leadCommitteeId,
        createdBy: caller.userId,
      });
      await this.annualPlans.linkItem(manager, locked.id, project.id);
      return this.ownAssignment(manager, caller, project);
    });
  }

  /**
   * The caller's acknowledged assignment of the project: its own (acknowledged now if it was only issued),
   * or, for the issuer that has none, one published to itself by itself and acknowledged at once.
   */
  private async ownAssignment(
    manager: EntityManager,
    caller: Caller,
    project: JointProjectEntity,
  ): Promise<AssignmentEntity> {
    let own = await this.plans.lockAssignmentOf(manager, project.id, caller.tenantId);
    if (!own) {
      if (project.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_ISSUER_OR_ASSIGNED', {
          zh: '只能监督本机关发起或承担的项目',
          en: 'Only the issuer or an assigned tenant supervises the project.',
        });
      }
      await this.transitions.issue(manager, [
        {
          projectId: project.id,
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          publishedByTenantId: caller.tenantId,
          parentAssignmentId: null,
        },
      ]);
      own = await this.plans.lockAssignmentOf(manager, project.id, caller.tenantId);
      if (!own) {
        throw AppException.notFound(JOINT_PROJECT, project.id);
      }
    }
    return own.status === AssignmentStatus.ISSUED
      ? this.transitions.acknowledge(manager, own, project.version)
      : own;
  }

  /** The own project's unified plan, led by the item's committee or else by the office itself. */
  private async unificationsOf(caller: Caller, item: PlanItemEntity, year: number): Promise<Unifications> {
    // One after the other: a request's statements share its one connection.
    const tenant = await this.tenants.findById(caller.tenantId);
    const committee = item.leadCommitteeId ? await this.committees.findById(item.leadCommitteeId) : null;
    const methods = await this.plans.activeMethods();
    const office = tenant?.name ?? caller.tenantPath;
    return ownProjectUnifications({
      title: item.title,
      year,
      leadBody: committee?.name ?? office,
      office,
      activeMethods: methods.map((method) => method.code),
    });
  }
}
