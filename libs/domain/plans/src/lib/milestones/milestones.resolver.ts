import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { AssignmentModel } from '../assignments/dto/assignment.model';
import { PlansService } from '../joint-projects/plans.service';
import { projectLoader } from '../plan-loaders';
import { AssignmentMilestoneModel } from './dto/assignment-milestone.model';
import { MilestonesService } from './milestones.service';

/** The unified scheme's milestones as an assignment stands with them (时间节点). */
@Resolver(() => AssignmentModel)
export class MilestonesResolver {
  constructor(
    private readonly milestonesService: MilestonesService,
    private readonly plans: PlansService,
  ) {}

  @Mutation(() => AssignmentModel, { description: '报送时间节点完成情况' })
  async submitMilestone(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('name') name: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.milestonesService.submit(caller, assignmentId, name, note));
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
          (ids) => this.milestonesService.submittedOf(ids),
          (row) => row.assignmentId,
        )
        .load(assignment.id),
    ]);
    return project
      ? this.milestonesService.states(project, submitted).map(AssignmentMilestoneModel.from)
      : [];
  }
}
