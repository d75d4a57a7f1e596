import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AssignmentModel } from './dto/assignment.model';
import { OwnSupervisionService } from './own-supervision.service';

@Resolver(() => AssignmentModel)
export class OwnSupervisionResolver {
  constructor(private readonly ownSupervision: OwnSupervisionService) {}

  @Mutation(() => AssignmentModel, {
    description:
      '自行监督: the caller’s own acknowledged assignment of a project it issued or holds, or of an item of its ' +
      'own adopted annual plan (made into an own project when it has none); exactly one of the two ids',
  })
  async startOwnSupervision(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string | null,
    @Args('planItemId', { type: () => ID, nullable: true }) planItemId?: string | null,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.ownSupervision.start(caller, { projectId, planItemId }));
  }
}
