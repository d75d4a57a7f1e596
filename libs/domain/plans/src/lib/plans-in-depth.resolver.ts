import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import {
  Caller,
  canSeeSubtreeOf,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { AnnualPlansRepository } from './annual-plans.repository';
import { AnnualPlansService } from './annual-plans.service';
import { FiveUnificationsInput } from './dto/joint-project.input';
import { AssignmentModel, JointProjectModel } from './dto/joint-project.model';
import {
  AnnualPlanInput,
  AnnualPlanModel,
  AssignmentMilestoneModel,
  ConformanceReportModel,
  LocalPlanInput,
  LocalPlanModel,
  PlanItemModel,
  ProjectChangeModel,
  ProjectRevisionModel,
} from './dto/plans-in-depth.model';
import { LocalPlansRepository } from './local-plans.repository';
import { LocalPlansService } from './local-plans.service';
import { assignmentLoader, projectLoader } from './plan-loaders';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { Clock } from '@liandong/time';

@Resolver(() => AnnualPlanModel)
export class AnnualPlanResolver {
  constructor(
    private readonly annualPlansService: AnnualPlansService,
    private readonly annualPlanRepository: AnnualPlansRepository,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [AnnualPlanModel], { description: '年度监督工作计划' })
  async annualPlans(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<AnnualPlanModel[]> {
    return (await this.annualPlansService.list(caller, year)).map(AnnualPlanModel.from);
  }

  @Mutation(() => AnnualPlanModel, { description: '制定年度监督工作计划 (draft)' })
  async createAnnualPlan(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AnnualPlanInput }) input: AnnualPlanInput,
  ): Promise<AnnualPlanModel> {
    return AnnualPlanModel.from(await this.annualPlansService.create(caller, input));
  }

  @Mutation(() => AnnualPlanModel, { description: '通过年度计划 (then frozen)' })
  async adoptAnnualPlan(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AnnualPlanModel> {
    return AnnualPlanModel.from(await this.annualPlansService.adopt(caller, id));
  }

  @Mutation(() => JointProjectModel, { description: '由联动项目条目创建联动项目 (once per item)' })
  async createJointProjectFromItem(
    @CurrentCaller() caller: Caller,
    @Args('planItemId', { type: () => ID }) planItemId: string,
    @Args('unifications', { type: () => FiveUnificationsInput }) unifications: FiveUnificationsInput,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(
      await this.annualPlansService.createProjectFromItem(caller, planItemId, unifications),
    );
  }

  @ResolveField(() => TenantModel)
  async issuer(@Parent() plan: AnnualPlanModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(plan.issuerId);
    if (!tenant) {
      throw AppException.notFound('人大机关 Tenant', plan.issuerId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => [PlanItemModel])
  async items(@Parent() plan: AnnualPlanModel, @Loaders() loaders: RequestLoaders): Promise<PlanItemModel[]> {
    const rows = await loaders
      .grouped(
        'plan-items',
        (ids) => this.annualPlanRepository.itemsOf(ids),
        (item) => item.planId,
      )
      .load(plan.id);
    return rows.map(PlanItemModel.from);
  }
}

@Resolver(() => PlanItemModel)
export class PlanItemResolver {
  constructor(
    private readonly plans: PlansRepository,
    private readonly plansService: PlansService,
  ) {}

  /** Null until the project is visible to the caller: an adopted plan is read further down than its projects. */
  @ResolveField(() => JointProjectModel, { nullable: true })
  async jointProject(
    @Parent() item: PlanItemModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel | null> {
    if (!item.jointProjectId || !(await this.plansService.isProjectVisible(caller, item.jointProjectId))) {
      return null;
    }
    const project = await projectLoader(loaders, this.plans).load(item.jointProjectId);
    return project ? JointProjectModel.from(project) : null;
  }
}

@Resolver(() => JointProjectModel)
export class JointProjectVersionsResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly annualPlans: AnnualPlansRepository,
  ) {}

  @Mutation(() => JointProjectModel, { description: '修订统一方案: the next version, with a note' })
  async reviseJointProject(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('unifications', { type: () => FiveUnificationsInput }) unifications: FiveUnificationsInput,
    @Args('note') note: string,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(
      await this.plansService.reviseJointProject(caller, parseId(id), unifications, note),
    );
  }

  @ResolveField(() => PlanItemModel, { nullable: true })
  async planItem(
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PlanItemModel | null> {
    const [item] = await loaders
      .grouped(
        'project-plan-item',
        (ids) => this.annualPlans.itemsOfProjects(ids),
        (row) => row.jointProjectId,
      )
      .load(project.id);
    return item ? PlanItemModel.from(item) : null;
  }

  @ResolveField(() => [Int])
  versions(@Parent() project: JointProjectModel): Promise<number[]> {
    return this.plansService.versionsOf(project.id);
  }

  @ResolveField(() => [ProjectRevisionModel], { description: 'every version, oldest first, with its note' })
  async revisions(@Parent() project: JointProjectModel): Promise<ProjectRevisionModel[]> {
    return (await this.plansService.revisionsOf(project.id)).map(ProjectRevisionModel.from);
  }

  @ResolveField(() => [ProjectChangeModel], {
    description: 'what differs between two versions, section by section',
  })
  async changes(
    @Parent() project: JointProjectModel,
    @CurrentCaller() caller: Caller,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<ProjectChangeModel[]> {
    return (await this.plansService.changes(caller, project.id, fromVersion, toVersion)).map(
      ProjectChangeModel.from,
    );
  }
}

@Resolver(() => AssignmentModel)
export class AssignmentDepthResolver {
  constructor(
    private readonly localPlansService: LocalPlansService,
    private readonly localPlans: LocalPlansRepository,
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => AssignmentModel, {
    name: 'assignment',
    nullable: true,
    description: "一项任务: the assigned tenant's, or one in the caller's subtree; NOT_FOUND otherwise",
  })
  async assignmentById(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.localPlansService.visibleAssignmentOf(caller, id));
  }

  @Mutation(() => AssignmentModel, { description: '报送时间节点完成情况' })
  async submitMilestone(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('name') name: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(
      await this.localPlansService.submitMilestone(caller, assignmentId, name, note),
    );
  }

  @ResolveField(() => Boolean, { description: 'a newer version was published since it was acknowledged' })
  async outdated(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    const project = await projectLoader(loaders, this.plans).load(assignment.projectId);
    return (
      assignment.acknowledgedVersion !== null && !!project && assignment.acknowledgedVersion < project.version
    );
  }

  @ResolveField(() => AssignmentModel, {
    nullable: true,
    description: 'the assignment of the tenant that cascaded it',
  })
  async parent(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentModel | null> {
    if (!assignment.parentAssignmentId) {
      return null;
    }
    const parent = await assignmentLoader(loaders, this.plans).load(assignment.parentAssignmentId);
    return parent ? AssignmentModel.from(parent) : null;
  }

  @ResolveField(() => [AssignmentMilestoneModel])
  async milestones(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentMilestoneModel[]> {
    const [project, submitted] = await Promise.all([
      projectLoader(loaders, this.plans).load(assignment.projectId),
      loaders
        .grouped(
          'assignment-milestones',
          (ids) => this.localPlans.milestonesOf(ids),
          (row) => row.assignmentId,
        )
        .load(assignment.id),
    ]);
    return project
      ? LocalPlansService.milestoneStates(project, submitted, this.clock.now()).map(
          AssignmentMilestoneModel.from,
        )
      : [];
  }

  /** Seen by the filing tenant's subtree and its reviewer above, never from below (a township's `parent`). */
  @ResolveField(() => LocalPlanModel, { nullable: true })
  async localPlan(
    @Parent() assignment: AssignmentModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<LocalPlanModel | null> {
    const [plan] = await loaders
      .grouped(
        'local-plans',
        (ids) => this.localPlans.ofAssignments(ids),
        (row) => row.assignmentId,
      )
      .load(assignment.id);
    return plan && canSeeSubtreeOf(caller, plan.tenantPath) ? LocalPlanModel.from(plan) : null;
  }
}

@Resolver(() => LocalPlanModel)
export class LocalPlanResolver {
  constructor(
    private readonly localPlansService: LocalPlansService,
    private readonly plans: PlansRepository,
  ) {}

  @Query(() => ConformanceReportModel, { description: '实施方案符合性检查 (dry run, nothing stored)' })
  async checkLocalPlan(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('input', { type: () => LocalPlanInput }) input: LocalPlanInput,
  ): Promise<ConformanceReportModel> {
    const report = await this.localPlansService.check(caller, assignmentId, input);
    return ConformanceReportModel.from(report.issues);
  }

  @Query(() => [LocalPlanModel], {
    description: 'submitted local plans of the assignments the caller published',
  })
  async localPlansToReview(@CurrentCaller() caller: Caller): Promise<LocalPlanModel[]> {
    return (await this.localPlansService.toReview(caller)).map(LocalPlanModel.from);
  }

  @Mutation(() => LocalPlanModel, { description: '报备实施方案 (stored with its conformance report)' })
  async fileLocalPlan(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('input', { type: () => LocalPlanInput }) input: LocalPlanInput,
  ): Promise<LocalPlanModel> {
    return LocalPlanModel.from(await this.localPlansService.file(caller, assignmentId, input));
  }

  @Mutation(() => LocalPlanModel, {
    description: '审核实施方案: accept (no BLOCKING issue) or return with a reason',
  })
  async reviewLocalPlan(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<LocalPlanModel> {
    return LocalPlanModel.from(await this.localPlansService.review(caller, id, accept, reason));
  }

  @ResolveField(() => AssignmentModel)
  async assignment(
    @Parent() plan: LocalPlanModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentModel> {
    const assignment = await assignmentLoader(loaders, this.plans).load(plan.assignmentId);
    if (!assignment) {
      throw AppException.notFound('任务 Assignment', plan.assignmentId);
    }
    return AssignmentModel.from(assignment);
  }
}
