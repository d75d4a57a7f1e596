import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  JointProjectModel,
  methodLoader,
  PlansRepository,
  projectLoader,
  SupervisionMethodModel,
} from '@liandong/plans';
import {
  Caller,
  CommitteeModel,
  CommitteeRepository,
  committeeLoader,
  CurrentCaller,
  DepartmentModel,
  DepartmentRepository,
  departmentLoader,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
} from '@liandong/tenancy';
import { MonthlyProgressModel } from './dto/monthly-progress.model';
import { ProgressRowModel } from './dto/progress-row.model';
import { ProgressDimension } from './progress-dimension';
import { ProgressService } from './progress.service';

@Resolver(() => ProgressRowModel)
export class ProgressResolver {
  constructor(
    private readonly progressService: ProgressService,
    private readonly plans: PlansRepository,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
  ) {}

  @Query(() => [ProgressRowModel], {
    description: '进度: figures over the findings reported within the scope',
  })
  async progress(
    @CurrentCaller() caller: Caller,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string,
    @Args('groupBy', { type: () => [ProgressDimension], nullable: true }) groupBy?: ProgressDimension[],
  ): Promise<ProgressRowModel[]> {
    const rows = await this.progressService.progressOf(caller, { scopeTenantId, projectId, groupBy });
    return rows.map((row) => ProgressRowModel.from(row));
  }

  @Query(() => [MonthlyProgressModel], {
    description:
      '按月趋势: findings reported, handed over and closed per month within the scope, oldest first',
  })
  async progressByMonth(
    @CurrentCaller() caller: Caller,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string,
  ): Promise<MonthlyProgressModel[]> {
    return this.progressService.monthlyOf(caller, { scopeTenantId, projectId });
  }

  @ResolveField(() => JointProjectModel, { nullable: true })
  async project(
    @Parent() row: ProgressRowModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel | null> {
    if (!row.projectId) {
      return null;
    }
    const project = await projectLoader(loaders, this.plans).load(row.projectId);
    return project ? JointProjectModel.from(project) : null;
  }

  @ResolveField(() => TenantModel, {
    nullable: true,
    description: 'with TENANT: the child of the scope the figures roll up to, or the scope itself',
  })
  async tenant(
    @Parent() row: ProgressRowModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel | null> {
    if (!row.tenantPath) {
      return null;
    }
    const code = row.tenantPath.split('.').at(-1) ?? '';
    const tenant = await loaders
      .get(
        'tenant-by-code',
        (codes) => this.tenants.findByCodes(codes),
        (t) => t.code,
      )
      .load(code);
    return tenant ? TenantModel.from(tenant) : null;
  }

  @ResolveField(() => SupervisionMethodModel, { nullable: true })
  async method(
    @Parent() row: ProgressRowModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SupervisionMethodModel | null> {
    if (!row.methodCode) {
      return null;
    }
    const method = await methodLoader(loaders, this.plans).load(row.methodCode);
    return method
      ? SupervisionMethodModel.from(method)
      : Object.assign(new SupervisionMethodModel(), { code: row.methodCode, name: row.methodCode });
  }

  @ResolveField(() => CommitteeModel, {
    nullable: true,
    description:
      'with COMMITTEE: the lead committee (牵头委室) of the projects; null for projects with no lead',
  })
  async committee(
    @Parent() row: ProgressRowModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeModel | null> {
    if (!row.committeeId) {
      return null;
    }
    const committee = await committeeLoader(loaders, this.committees).load(row.committeeId);
    return committee ? CommitteeModel.from(committee) : null;
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async department(
    @Parent() row: ProgressRowModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel | null> {
    if (!row.departmentId) {
      return null;
    }
    const department = await departmentLoader(loaders, this.departments).load(row.departmentId);
    return department ? DepartmentModel.from(department) : null;
  }
}
