import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, canSeeSubtreeOf, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { AssignmentModel } from '../assignments/dto/assignment.model';
import { LocalPlanModel } from './dto/local-plan.model';
import { LocalPlansService } from './local-plans.service';

/** An assignment's local plan (实施方案). */
@Resolver(() => AssignmentModel)
export class AssignmentLocalPlanResolver {
  constructor(private readonly localPlans: LocalPlansService) {}

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
