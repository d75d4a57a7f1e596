import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AssignmentClosingService } from './assignment-closing.service';
import { AssignmentModel } from './dto/assignment.model';

@Resolver(() => AssignmentModel)
export class AssignmentClosingResolver {
  constructor(private readonly closing: AssignmentClosingService) {}

  @Mutation(() => AssignmentModel, { description: '报送总结报告 (the assigned tenant): → REPORTED' })
  async submitAssignmentSummary(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('summary') summary: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.closing.submitSummary(caller, assignmentId, summary));
  }

  @Mutation(() => AssignmentModel, {
    description:
      '审定总结报告 (the publishing tenant): accept → CLOSED, or return with a reason → IN_PROGRESS',
  })
  async decideAssignmentSummary(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.closing.decideSummary(caller, assignmentId, accept, reason));
  }
}
