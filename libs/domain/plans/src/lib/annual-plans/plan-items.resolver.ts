import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { PlansService } from '../joint-projects/plans.service';
import { projectLoader } from '../plan-loaders';
import { PlanItemModel } from './dto/plan-item.model';

@Resolver(() => PlanItemModel)
export class PlanItemResolver {
  constructor(private readonly plansService: PlansService) {}

  /** Null until the project is visible to the caller: an adopted plan is read further down than its projects. */
  @ResolveField(() => JointProjectModel, { nullable: true })
  async jointProject(
    @Parent() item: PlanItemModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel | null> {
    if (!item.jointProjectId || !(await this.plansService.isProjectVisible(caller, item.jointProjectId))) {
      return null;
    }
    const project = await projectLoader(loaders, this.plansService).load(item.jointProjectId);
    return project ? JointProjectModel.from(project) : null;
  }
}
