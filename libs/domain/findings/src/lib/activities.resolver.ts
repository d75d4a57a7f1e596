import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountRepository, UserModel } from '@liandong/auth';
import { AppException, parseId } from '@liandong/errors';
import {
  AssignmentModel,
  assignmentLoader,
  methodLoader,
  MethodsService,
  PlansService,
  SupervisionMethodModel,
} from '@liandong/plans';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { ActivitiesService } from './activities.service';
import { ActivityInput, ActivityModel, ReviewDecisionModel } from './dto/activity.model';
import { FindingUpdateInput } from './dto/finding.input';
import { FindingConnectionModel, FindingModel } from './dto/finding.model';
import { encodeFindingCursor } from './finding-cursor';
import { FindingsService } from './findings.service';

@Resolver(() => ActivityModel)
export class ActivitiesResolver {
  constructor(
    private readonly activitiesService: ActivitiesService,
    private readonly findingsService: FindingsService,
    private readonly plans: PlansService,
    private readonly methods: MethodsService,
  ) {}

  @Query(() => [ActivityModel], { description: "an assignment's supervision activities" })
  async activities(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
  ): Promise<ActivityModel[]> {
    return (await this.activitiesService.list(caller, assignmentId)).map(ActivityModel.from);
  }

  @Mutation(() => ActivityModel, { description: '记录监督活动' })
  async recordActivity(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('input', { type: () => ActivityInput }) input: ActivityInput,
  ): Promise<ActivityModel> {
    return ActivityModel.from(await this.activitiesService.record(caller, assignmentId, input));
  }

  @ResolveField(() => AssignmentModel)
  async assignment(
    @Parent() activity: ActivityModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentModel> {
    const assignment = await assignmentLoader(loaders, this.plans).load(activity.assignmentId);
    if (!assignment) {
      throw AppException.notFound({ zh: '任务', en: 'Assignment' }, activity.assignmentId);
    }
    return AssignmentModel.from(assignment);
  }

  @ResolveField(() => SupervisionMethodModel)
  async method(
    @Parent() activity: ActivityModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SupervisionMethodModel> {
    const method = await methodLoader(loaders, this.methods).load(activity.methodCode);
    return method
      ? SupervisionMethodModel.from(method)
      : Object.assign(new SupervisionMethodModel(), { code: activity.methodCode, name: activity.methodCode });
  }

  @ResolveField(() => [FindingModel])
  async findings(
    @Parent() activity: ActivityModel,
    @CurrentCaller() caller: Caller,
  ): Promise<FindingModel[]> {
    return (await this.findingsService.ofActivity(caller, activity.id)).map((row) => FindingModel.from(row));
  }
}

/** Finding fields for review and activities, and the edit and review-queue operations. */
@Resolver(() => FindingModel)
export class FindingReviewResolver {
  constructor(
    private readonly findingsService: FindingsService,
    private readonly activitiesService: ActivitiesService,
  ) {}

  @Query(() => FindingConnectionModel, {
    description: '待审核问题: the REPORTED findings the caller may review',
  })
  async findingsToReview(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<FindingConnectionModel> {
    const page = await this.findingsService.reviewQueue(caller, first, after);
    const edges = page.rows.map((row) => ({
      cursor: encodeFindingCursor(row.reportedAt, row.id),
      node: FindingModel.from(row),
    }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Mutation(() => FindingModel, { description: '修改问题 (reporting tenant, while REPORTED or RETURNED)' })
  async updateFinding(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => FindingUpdateInput }) input: FindingUpdateInput,
  ): Promise<FindingModel> {
    return FindingModel.from(await this.findingsService.updateFinding(caller, parseId(id), input));
  }

  @ResolveField(() => ActivityModel, { nullable: true })
  async activity(
    @Parent() finding: FindingModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ActivityModel | null> {
    if (!finding.activityId || caller.departmentId) {
      return null;
    }
    const activity = await loaders
      .get(
        'activity',
        (ids) => this.activitiesService.findByIds(ids),
        (row) => row.id,
      )
      .load(finding.activityId);
    return activity ? ActivityModel.from(activity) : null;
  }

  @ResolveField(() => [ReviewDecisionModel], { description: 'every review decision, oldest first' })
  async reviews(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewDecisionModel[]> {
    const rows = await loaders
      .grouped(
        'finding-reviews',
        (ids) => this.findingsService.reviewsOf(ids),
        (row) => row.findingId,
      )
      .load(finding.id);
    return rows.map(ReviewDecisionModel.from);
  }
}

@Resolver(() => ReviewDecisionModel)
export class ReviewDecisionResolver {
  constructor(private readonly accounts: AccountRepository) {}

  @ResolveField(() => UserModel)
  async by(@Parent() decision: ReviewDecisionModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    const account = await loaders
      .get(
        'account',
        (ids) => this.accounts.findByIds(ids),
        (row) => row.id,
      )
      .load(decision.byUserId);
    if (!account) {
      throw AppException.notFound({ zh: '账号', en: 'User' }, decision.byUserId);
    }
    return UserModel.from(account);
  }
}
