import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Caller,
  CommitteeModel,
  CommitteeRepository,
  committeeLoader,
  CurrentCaller,
  Loaders,
  RequestLoaders,
} from '@liandong/tenancy';
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { PlansService } from '../joint-projects/plans.service';
import { projectLoader } from '../plan-loaders';
import { AnnualPlansService } from './annual-plans.service';
import { PlanItemScheduleInput } from './dto/annual-plan.input';
import { PlanItemModel } from './dto/plan-item.model';

@Resolver(() => PlanItemModel)
export class PlanItemResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly committees: CommitteeRepository,
    private readonly annualPlans: AnnualPlansService,
  ) {}

  @Mutation(() => PlanItemModel, { description: '启动计划项目 NOT_STARTED → STARTED' })
  async startPlanItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanItemModel> {
    return PlanItemModel.from(await this.annualPlans.startItem(caller, id));
  }

  @Mutation(() => PlanItemModel, { description: '完成计划项目 STARTED → COMPLETED' })
  async completePlanItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanItemModel> {
    return PlanItemModel.from(await this.annualPlans.completeItem(caller, id));
  }

  @Mutation(() => PlanItemModel, {
    description:
      '调整计划项目 NOT_STARTED|STARTED → ADJUSTED, with the reason and the decision that adjusted it',
  })
  async adjustPlanItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { description: '调整理由' }) reason: string,
    @Args('decision', { description: '调整所依据的决定, e.g. 主任会议决定' }) decision: string,
  ): Promise<PlanItemModel> {
    return PlanItemModel.from(await this.annualPlans.adjustItem(caller, id, { reason, decision }));
  }

  @Mutation(() => PlanItemModel, { description: '安排计划项目: planned month, sitting, method' })
  async schedulePlanItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => PlanItemScheduleInput }) input: PlanItemScheduleInput,
  ): Promise<PlanItemModel> {
    return PlanItemModel.from(await this.annualPlans.scheduleItem(caller, id, input));
  }

  @ResolveField(() => Boolean, {
    description: '逾期: NOT_STARTED or STARTED and its planned month has ended (Asia/Shanghai)',
  })
  async overdue(@Parent() item: PlanItemModel, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    if (item.plannedMonth === null) {
      return false;
    }
    const plan = await loaders
      .get(
        'annual-plan',
        (ids) => this.annualPlans.findPlans(ids),
        (row) => row.id,
      )
      .load(item.planId);
    return plan ? this.annualPlans.isOverdue(item, plan.year) : false;
  }

  @ResolveField(() => CommitteeModel, { nullable: true, description: '牵头委室 the committee that leads it' })
  async leadCommittee(
    @Parent() item: PlanItemModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeModel | null> {
    if (!item.leadCommitteeId) {
      return null;
    }
    const committee = await committeeLoader(loaders, this.committees).load(item.leadCommitteeId);
    return committee ? CommitteeModel.from(committee) : null;
  }

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
    const project = await projectLoader(loaders, this.plansService).load(item.jointProjectId);
    return project ? JointProjectModel.from(project) : null;
  }
}
