import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
import { JointProjectModel } from '../joint-projects/dto/joint-project.model';
import { PlansService } from '../joint-projects/plans.service';
import { assignmentLoader, projectLoader } from '../plan-loaders';
import { AssignmentStatus } from './assignment-status';
import { AssignmentModel } from './dto/assignment.model';
import { JOINT_PROJECT, TENANT } from '../kinds';

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [AssignmentModel], { description: "The caller's tenant's assignments" })
  async myAssignments(
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => [AssignmentStatus], nullable: true }) status?: AssignmentStatus[],
  ): Promise<AssignmentModel[]> {
    return (await this.plans.myAssignments(caller, status)).map(AssignmentModel.from);
  }

  @Query(() => AssignmentModel, {
    name: 'assignment',
    nullable: true,
    description: "一项任务: the assigned tenant's, or one in the caller's subtree; NOT_FOUND otherwise",
  })
  async assignmentById(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from((await this.plans.getVisibleAssignment(caller, id)).assignment);
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
    const project = await projectLoader(loaders, this.plans).load(assignment.projectId);
    if (!project) {
      throw AppException.notFound(JOINT_PROJECT, assignment.projectId);
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
      throw AppException.notFound(TENANT, assignment.tenantId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => Boolean, { description: 'a newer version was published since it was acknowledged' })
  async outdated(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    const project = await projectLoader(loaders, this.plans).load(assignment.projectId);
    return (
      assignment.acknowledgedVersion !== null && !!project && assignment.acknowledgedVersion < project.version
    );
  }

  @ResolveField(() => AssignmentModel, {
    nullable: true,
    description: 'the assignment of the tenant that cascaded it',
  })
  async parent(
    @Parent() assignment: AssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssignmentModel | null> {
    if (!assignment.parentAssignmentId) {
      return null;
    }
    const parent = await assignmentLoader(loaders, this.plans).load(assignment.parentAssignmentId);
    return parent ? AssignmentModel.from(parent) : null;
  }
}
