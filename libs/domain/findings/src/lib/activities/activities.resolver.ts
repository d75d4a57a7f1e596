import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import {
  AssignmentModel,
  assignmentLoader,
  methodLoader,
  MethodsService,
  PlansService,
  SupervisionMethodModel,
} from '@liandong/plans';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { FindingModel } from '../findings/dto/finding.model';
import { FindingsService } from '../findings/findings.service';
import { ActivitiesService } from './activities.service';
import { ActivityInput } from './dto/activity.input';
import { ActivityModel } from './dto/activity.model';

/** Supervision activities (监督活动) and their fields. */
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
