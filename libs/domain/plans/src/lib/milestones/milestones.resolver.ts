import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { AssignmentModel } from '../assignments/dto/assignment.model';
import { PlansRepository } from '../joint-projects/plans.repository';
import { LocalPlansRepository } from '../local-plans/local-plans.repository';
import { LocalPlansService } from '../local-plans/local-plans.service';
import { projectLoader } from '../plan-loaders';
import { AssignmentMilestoneModel } from './dto/assignment-milestone.model';

/** The unified scheme's milestones as an assignment stands with them (时间节点). */
@Resolver(() => AssignmentModel)
export class MilestonesResolver {
  constructor(
    private readonly localPlansService: LocalPlansService,
    private readonly localPlans: LocalPlansRepository,
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
  ) {}

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
}
