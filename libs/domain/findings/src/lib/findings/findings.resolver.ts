import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import {
  JointProjectModel,
  methodLoader,
  MethodsService,
  PlansService,
  projectLoader,
  SupervisionMethodModel,
} from '@liandong/plans';
import {
  Caller,
  CurrentCaller,
  DepartmentModel,
  DepartmentRepository,
  departmentLoader,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { FindingFilterInput, FindingInput, FindingUpdateInput } from './dto/finding.input';
import { FindingConnectionModel, FindingModel } from './dto/finding.model';
import { ReviewDecisionModel } from './dto/review-decision.model';
import { FindingsService } from './findings.service';

@Resolver(() => FindingModel)
export class FindingsResolver {
  constructor(
    private readonly findingsService: FindingsService,
    private readonly plans: PlansService,
    private readonly methods: MethodsService,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  @Query(() => FindingModel, {
    nullable: true,
    description: '一条问题 (its detail page); NOT_FOUND when not visible',
  })
  async finding(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FindingModel> {
    return FindingModel.from(await this.findingsService.getFinding(caller, id));
  }

  @Query(() => FindingConnectionModel, { description: "Findings in the caller's subtree, newest first" })
  async findings(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => FindingFilterInput, nullable: true }) filter?: FindingFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<FindingConnectionModel> {
    return FindingConnectionModel.from(await this.findingsService.page(caller, filter ?? {}, first, after));
  }

  @Query(() => FindingConnectionModel, {
    description: '待审核问题: the REPORTED findings the caller may review',
  })
  async findingsToReview(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<FindingConnectionModel> {
    return FindingConnectionModel.from(await this.findingsService.reviewQueue(caller, first, after));
  }

  @Mutation(() => [FindingModel], { description: '报送问题 (all or nothing, idempotent by key)' })
  async submitFindings(
    @CurrentCaller() caller: Caller,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('findings', { type: () => [FindingInput] }) findings: FindingInput[],
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<FindingModel[]> {
    const stored = await this.findingsService.submitFindings(
      caller,
      parseId(assignmentId, 'assignmentId'),
      findings,
      idempotencyKey,
    );
    return stored.map(FindingModel.from);
  }

  @Mutation(() => [FindingModel], { description: '审核问题: accept, or return with a reason' })
  async reviewFindings(
    @CurrentCaller() caller: Caller,
    @Args('findingIds', { type: () => [ID] }) findingIds: string[],
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<FindingModel[]> {
    return (await this.findingsService.reviewFindings(caller, findingIds, accept, reason)).map(
      FindingModel.from,
    );
  }

  @Mutation(() => FindingModel, { description: '修改问题 (reporting tenant, while REPORTED or RETURNED)' })
  async updateFinding(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => FindingUpdateInput }) input: FindingUpdateInput,
  ): Promise<FindingModel> {
    return FindingModel.from(await this.findingsService.updateFinding(caller, parseId(id), input));
  }

  @ResolveField(() => JointProjectModel)
  async project(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel> {
    const project = await projectLoader(loaders, this.plans).load(finding.projectId);
    if (!project) {
      throw AppException.notFound({ zh: '联动项目', en: 'Joint project' }, finding.projectId);
    }
    return JointProjectModel.from(project);
  }

  @ResolveField(() => TenantModel, { description: 'the tenant that reported it' })
  async tenant(@Parent() finding: FindingModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(finding.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, finding.tenantId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => SupervisionMethodModel)
  async method(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SupervisionMethodModel> {
    const method = await methodLoader(loaders, this.methods).load(finding.methodCode);
    return method
      ? SupervisionMethodModel.from(method)
      : Object.assign(new SupervisionMethodModel(), { code: finding.methodCode, name: finding.methodCode });
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async department(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel | null> {
    if (!finding.departmentId) {
      return null;
    }
    const department = await departmentLoader(loaders, this.departments).load(finding.departmentId);
    return department ? DepartmentModel.from(department) : null;
  }

  @ResolveField(() => [ReviewDecisionModel], { description: 'every review decision, oldest first' })
  async reviews(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewDecisionModel[]> {
    const rows = await loaders
      .grouped(
        'finding-reviews',
        (ids) => this.findingsService.reviewsOf(ids),
        (row) => row.findingId,
      )
      .load(finding.id);
    return rows.map(ReviewDecisionModel.from);
  }
}
