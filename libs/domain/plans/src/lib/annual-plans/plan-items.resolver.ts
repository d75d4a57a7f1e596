import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Caller,
  CommitteeModel,
  CommitteeRepository,
  committeeLoader,
  CurrentCaller,
  Loaders,
  RequestLoaders,
} from '@liandong/tenancy';
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { PlansService } from '../joint-projects/plans.service';
import { projectLoader } from '../plan-loaders';
import { PlanItemModel } from './dto/plan-item.model';

@Resolver(() => PlanItemModel)
export class PlanItemResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly committees: CommitteeRepository,
  ) {}

  @ResolveField(() => CommitteeModel, { nullable: true, description: '牵头委室 the committee that leads it' })
  async leadCommittee(
    @Parent() item: PlanItemModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeModel | null> {
    if (!item.leadCommitteeId) {
      return null;
    }
    const committee = await committeeLoader(loaders, this.committees).load(item.leadCommitteeId);
    return committee ? CommitteeModel.from(committee) : null;
  }

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
