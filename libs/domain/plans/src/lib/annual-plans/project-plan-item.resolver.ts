import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@liandong/tenancy';
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { AnnualPlansService } from './annual-plans.service';
import { PlanItemModel } from './dto/plan-item.model';

/** The annual-plan item a joint project was made from, if it was. */
@Resolver(() => JointProjectModel)
export class ProjectPlanItemResolver {
  constructor(private readonly annualPlans: AnnualPlansService) {}

  @ResolveField(() => PlanItemModel, { nullable: true })
  async planItem(
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PlanItemModel | null> {
    const [item] = await loaders
      .grouped(
        'project-plan-item',
        (ids) => this.annualPlans.itemsOfProjects(ids),
        (row) => row.jointProjectId,
      )
      .load(project.id);
    return item ? PlanItemModel.from(item) : null;
  }
}
