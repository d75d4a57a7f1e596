import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { FindingModel } from '../findings/dto/finding.model';
import { ActivitiesService } from './activities.service';
import { ActivityModel } from './dto/activity.model';

/** Finding.activity: the activity a finding was found in, batched per request. */
@Resolver(() => FindingModel)
export class FindingActivityResolver {
  constructor(private readonly activitiesService: ActivitiesService) {}

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
}
