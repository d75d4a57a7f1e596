import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { AssignmentModel } from '../assignments/dto/assignment.model';
import { ConformanceReportModel } from '../conformance/dto/conformance-report.model';
import { PlansService } from '../joint-projects/plans.service';
import { assignmentLoader } from '../plan-loaders';
import { LocalPlanInput } from './dto/local-plan.input';
import { LocalPlanModel } from './dto/local-plan.model';
import { LocalPlansService } from './local-plans.service';
import { ASSIGNMENT } from '../kinds';

@Resolver(() => LocalPlanModel)
export class LocalPlanResolver {
  constructor(
    private readonly localPlansService: LocalPlansService,
    private readonly plans: PlansService,
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
      throw AppException.notFound(ASSIGNMENT, plan.assignmentId);
    }
    return AssignmentModel.from(assignment);
  }
}
