import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import {
  Caller,
  CommitteeModel,
  CommitteeRepository,
  committeeLoader,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { AssignmentModel } from '../assignments/dto/assignment.model';
import { JointProjectInput, PublishTargetsInput } from './dto/joint-project.input';
import { JointProjectModel } from './dto/joint-project.model';
import { PlansService } from './plans.service';
import { TENANT } from '../kinds';

@Resolver(() => JointProjectModel)
export class JointProjectResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly tenants: TenantRepository,
    private readonly committees: CommitteeRepository,
  ) {}

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

  @Mutation(() => JointProjectModel, {
    description: '指定牵头委室 (null clears it): by the issuer, a committee of its own office',
  })
  async setLeadCommittee(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('committeeId', { type: () => ID, nullable: true }) committeeId?: string | null,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(
      await this.plans.setLeadCommittee(caller, parseId(projectId, 'projectId'), committeeId ?? null),
    );
  }

  @ResolveField(() => CommitteeModel, { nullable: true, description: '牵头委室 the committee that leads it' })
  async leadCommittee(
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeModel | null> {
    if (!project.leadCommitteeId) {
      return null;
    }
    const committee = await committeeLoader(loaders, this.committees).load(project.leadCommitteeId);
    return committee ? CommitteeModel.from(committee) : null;
  }

  @ResolveField(() => TenantModel)
  async issuer(
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(project.issuerId);
    if (!tenant) {
      throw AppException.notFound(TENANT, project.issuerId);
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
