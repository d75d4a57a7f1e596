import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MilestoneInput } from '@liandong/plans';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { HandoffMilestoneModel } from './handoff-milestone.model';
import { MilestonesService } from './milestones.service';

/** 阶段性整改: Mutation.planHandoffMilestones / completeHandoffMilestone and Handoff.milestones. */
@Resolver(() => HandoffModel)
export class MilestonesResolver {
  constructor(
    private readonly milestonesService: MilestonesService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => HandoffModel, { description: '设定阶段性整改节点 (handing-over tenant)' })
  async planHandoffMilestones(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('milestones', { type: () => [MilestoneInput] }) milestones: MilestoneInput[],
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.milestonesService.planMilestones(caller, handoffId, milestones),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '完成阶段节点 (department)' })
  async completeHandoffMilestone(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('name') name: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.milestonesService.completeMilestone(caller, handoffId, name),
      this.clock.now(),
    );
  }

  @ResolveField(() => [HandoffMilestoneModel], { description: 'stages of a long-term item, in order' })
  async milestones(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffMilestoneModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-milestones',
        (ids) => this.milestonesService.stagesOf(ids),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map((row) => HandoffMilestoneModel.from(row, this.clock.now()));
  }
}
