import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { AssignmentStatus } from './assignment-status';
import { JointProjectInput, PublishTargetsInput } from './dto/joint-project.input';
import {
  AssignmentModel,
  FiveUnificationsModel,
  JointProjectModel,
  SupervisionMethodModel,
} from './dto/joint-project.model';
import { methodLoader, projectLoader } from './plan-loaders';
import { PlansRepository } from './plans.repository';
import { MethodsService } from './methods.service';
import { PlansService } from './plans.service';

@Resolver(() => JointProjectModel)
export class JointProjectResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly tenants: TenantRepository,
    private readonly methods: MethodsService,
  ) {}

  @Query(() => [SupervisionMethodModel], { description: '监督方式目录 the method catalogue' })
  async supervisionMethods(
    @Args('includeRetired', { type: () => Boolean, nullable: true, description: 'also the retired methods' })
    includeRetired?: boolean,
  ): Promise<SupervisionMethodModel[]> {
    return (await this.methods.list(includeRetired ?? false)).map(SupervisionMethodModel.from);
  }

  @Mutation(() => SupervisionMethodModel, { description: '新增监督方式 (ADMIN)' })
  async createSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
    @Args('name') name: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.add(caller, code, name));
  }

  @Mutation(() => SupervisionMethodModel, { description: '重命名监督方式 (ADMIN); the code stays' })
  async renameSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
    @Args('name') name: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.rename(caller, code, name));
  }

  @Mutation(() => SupervisionMethodModel, { description: '停用监督方式 (ADMIN); history keeps it' })
  async retireSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.retire(caller, code));
  }

  @Query(() => [JointProjectModel])
  async jointProjects(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<JointProjectModel[]> {
    return (await this.plans.listProjects(caller, year)).map(JointProjectModel.from);
  }

  @Query(() => JointProjectModel, { nullable: true })
  async jointProject(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(await this.plans.getVisibleProject(caller, parseId(id)));
  }

  @Mutation(() => JointProjectModel, { description: '创建联动项目 (五统一)' })
  async createJointProject(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => JointProjectInput }) input: JointProjectInput,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(await this.plans.createJointProject(caller, input));
  }

  @Mutation(() => [AssignmentModel], { description: '发布联动项目 to target tenants (idempotent)' })
  async publishJointProject(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('targets', { type: () => PublishTargetsInput }) targets: PublishTargetsInput,
  ): Promise<AssignmentModel[]> {
    return (await this.plans.publishJointProject(caller, parseId(id), targets)).map(AssignmentModel.from);
  }

  @ResolveField(() => TenantModel)
  async issuer(
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(project.issuerId);
    if (!tenant) {
      throw AppException.notFound('人大机关 Tenant', project.issuerId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => [AssignmentModel])
  async assignments(
    @Parent() project: JointProjectModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentModel[]> {
    const rows = await loaders
      .grouped(
        'project-assignments',
        (projectIds) => this.plans.projectAssignments(caller, projectIds),
        (row) => row.projectId,
      )
      .load(project.id);
    return rows.map(AssignmentModel.from);
  }
}

@Resolver(() => FiveUnificationsModel)
export class FiveUnificationsResolver {
  constructor(private readonly repository: PlansRepository) {}

  @ResolveField(() => [SupervisionMethodModel])
  async methods(
    @Parent() unifications: FiveUnificationsModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SupervisionMethodModel[]> {
    const methods = await methodLoader(loaders, this.repository).loadMany(unifications.methodCodes);
    return unifications.methodCodes.map((code, index) => {
      const method = methods[index];
      return method && !(method instanceof Error)
        ? SupervisionMethodModel.from(method)
        : Object.assign(new SupervisionMethodModel(), { code, name: code });
    });
  }
}

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly repository: PlansRepository,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [AssignmentModel], { description: "The caller's tenant's assignments" })
  async myAssignments(
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => [AssignmentStatus], nullable: true }) status?: AssignmentStatus[],
  ): Promise<AssignmentModel[]> {
    return (await this.plans.myAssignments(caller, status)).map(AssignmentModel.from);
  }

  @Mutation(() => AssignmentModel, { description: '签收任务' })
  async acknowledgeAssignment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.plans.acknowledgeAssignment(caller, parseId(id)));
  }

  @ResolveField(() => JointProjectModel)
  async project(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel> {
    const project = await projectLoader(loaders, this.repository).load(assignment.projectId);
    if (!project) {
      throw AppException.notFound('联动项目 Joint project', assignment.projectId);
    }
    return JointProjectModel.from(project);
  }

  @ResolveField(() => TenantModel)
  async tenant(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(assignment.tenantId);
    if (!tenant) {
      throw AppException.notFound('人大机关 Tenant', assignment.tenantId);
    }
    return TenantModel.from(tenant);
  }
}
