import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { FiveUnificationsInput } from '../joint-projects/dto/joint-project.input';
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { AnnualPlansService } from './annual-plans.service';
import { AnnualPlanInput } from './dto/annual-plan.input';
import { AnnualPlanModel } from './dto/annual-plan.model';
import { PlanFiguresModel } from './dto/plan-figures.model';
import { PlanItemModel } from './dto/plan-item.model';
import { TENANT } from '../kinds';

@Resolver(() => AnnualPlanModel)
export class AnnualPlanResolver {
  constructor(
    private readonly annualPlansService: AnnualPlansService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [AnnualPlanModel], { description: '年度监督工作计划' })
  async annualPlans(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<AnnualPlanModel[]> {
    return (await this.annualPlansService.list(caller, year)).map(AnnualPlanModel.from);
  }

  @Query(() => PlanFiguresModel, {
    description:
      '年度计划执行情况: the items of the scope tenant’s (default your own) adopted plans of the year, counted',
  })
  async planFigures(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int }) year: number,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string,
  ): Promise<PlanFiguresModel> {
    return PlanFiguresModel.from(await this.annualPlansService.figures(caller, year, scopeTenantId));
  }

  @Mutation(() => AnnualPlanModel, { description: '制定年度监督工作计划 (draft)' })
  async createAnnualPlan(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AnnualPlanInput }) input: AnnualPlanInput,
  ): Promise<AnnualPlanModel> {
    return AnnualPlanModel.from(await this.annualPlansService.create(caller, input));
  }

  @Mutation(() => AnnualPlanModel, { description: '通过年度计划 (then frozen)' })
  async adoptAnnualPlan(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AnnualPlanModel> {
    return AnnualPlanModel.from(await this.annualPlansService.adopt(caller, id));
  }

  @Mutation(() => JointProjectModel, { description: '由联动项目条目创建联动项目 (once per item)' })
  async createJointProjectFromItem(
    @CurrentCaller() caller: Caller,
    @Args('planItemId', { type: () => ID }) planItemId: string,
    @Args('unifications', { type: () => FiveUnificationsInput }) unifications: FiveUnificationsInput,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(
      await this.annualPlansService.createProjectFromItem(caller, planItemId, unifications),
    );
  }

  @ResolveField(() => TenantModel)
  async issuer(@Parent() plan: AnnualPlanModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(plan.issuerId);
    if (!tenant) {
      throw AppException.notFound(TENANT, plan.issuerId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => [PlanItemModel])
  async items(@Parent() plan: AnnualPlanModel, @Loaders() loaders: RequestLoaders): Promise<PlanItemModel[]> {
    const rows = await loaders
      .grouped(
        'plan-items',
        (ids) => this.annualPlansService.itemsOf(ids),
        (item) => item.planId,
      )
      .load(plan.id);
    return rows.map(PlanItemModel.from);
  }
}
