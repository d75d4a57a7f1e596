import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import { evidenceUrl, FindingModel, FindingsService } from '@liandong/findings';
import { JointProjectModel, PlansRepository, projectLoader } from '@liandong/plans';
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
import { HandOffInput, HandoffVerificationInput, RectificationReportInput } from './dto/handoff.input';
import { HandoffModel } from './dto/handoff.model';
import { HandoffsService } from './handoffs.service';
import { RectificationRepository } from './rectification/rectification.repository';
import { RectificationReportModel, ReportEvidenceModel } from './rectification/rectification-report.model';
import { HandoffVerificationModel } from './rectification/verification.model';
import { VerificationsService } from './rectification/verifications.service';
import { Clock } from '@liandong/time';

@Resolver(() => HandoffModel)
export class HandoffsResolver {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly findingsService: FindingsService,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
    private readonly plans: PlansRepository,
    private readonly verifying: VerificationsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => HandoffModel, { nullable: true })
  async handoff(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(await this.handoffs.getHandoff(caller, parseId(id)), this.clock.now());
  }

  @Mutation(() => HandoffModel, { description: '交办: hand accepted findings over to a department' })
  async handOffFindings(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => HandOffInput }) input: HandOffInput,
  ): Promise<HandoffModel> {
    return HandoffModel.from(await this.handoffs.handOff(caller, input), this.clock.now());
  }

  @Mutation(() => HandoffModel, { description: '签收 (department)' })
  async signHandoff(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(await this.handoffs.sign(caller, parseId(id)), this.clock.now());
  }

  @Mutation(() => HandoffModel, { description: '报告整改情况 (department); final = 办结回复' })
  async reportRectification(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('input', { type: () => RectificationReportInput }) input: RectificationReportInput,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.handoffs.report(caller, parseId(handoffId, 'handoffId'), input),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '核查销号 (handing-over tenant)' })
  async verifyHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('passed') passed: boolean,
    @Args('opinion', { type: () => String, nullable: true }) opinion?: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.handoffs.verify(caller, parseId(handoffId, 'handoffId'), passed, opinion),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, {
    description:
      '核查销号 finding by finding (handing-over tenant): each finding’s latest result counts; the item closes when all have passed',
  })
  async verifyHandoffFindings(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('input', { type: () => HandoffVerificationInput }) input: HandoffVerificationInput,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.verifying.verifyFindings(caller, parseId(handoffId, 'handoffId'), input),
      this.clock.now(),
    );
  }

  @ResolveField(() => [HandoffVerificationModel], { description: '核查销号记录, oldest first' })
  async verifications(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffVerificationModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-verifications',
        (ids) => this.verifying.verificationsOf(ids),
        (row) => row.verification.handoffId,
      )
      .load(handoff.id);
    return rows.map((row) => HandoffVerificationModel.from(row.verification, row.results));
  }

  @ResolveField(() => TenantModel)
  async fromTenant(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(handoff.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, handoff.tenantId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => DepartmentModel)
  async department(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel> {
    const department = await departmentLoader(loaders, this.departments).load(handoff.departmentId);
    if (!department) {
      throw AppException.notFound({ zh: '承办单位', en: 'Department' }, handoff.departmentId);
    }
    return DepartmentModel.from(department);
  }

  @ResolveField(() => JointProjectModel, {
    nullable: true,
    description: 'the joint project of handed-over findings; null for 审议意见 and 决议 items',
  })
  async project(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel | null> {
    if (handoff.projectId === null) {
      return null;
    }
    const project = await projectLoader(loaders, this.plans).load(handoff.projectId);
    if (!project) {
      throw AppException.notFound({ zh: '联动项目', en: 'Joint project' }, handoff.projectId);
    }
    return JointProjectModel.from(project);
  }

  @ResolveField(() => [RectificationReportModel])
  async reports(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RectificationReportModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-reports',
        (ids) => this.handoffs.reportsOf(ids),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map(RectificationReportModel.from);
  }

  /** The handoff's findings the caller may see (a township sees its own among a county's handoff). */
  @ResolveField(() => [FindingModel])
  async findings(
    @Parent() handoff: HandoffModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<FindingModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-findings',
        (handoffIds) => this.handoffs.findingsOf(handoffIds),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows
      .filter((row) => this.findingsService.canSee(caller, row))
      .map((row) => FindingModel.from(row));
  }
}

/** The proof a report cites (整改佐证), downloadable by whoever may see its handoff. */
@Resolver(() => RectificationReportModel)
export class RectificationReportResolver {
  constructor(private readonly rectification: RectificationRepository) {}

  @ResolveField(() => [ReportEvidenceModel])
  async evidence(
    @Parent() report: RectificationReportModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReportEvidenceModel[]> {
    const rows = await loaders
      .grouped(
        'report-evidence',
        (ids) => this.rectification.evidenceOf(ids),
        (row) => row.reportId,
      )
      .load(report.id);
    return rows.map((row) => ({
      findingId: row.findingId,
      file: { ...row.file, url: evidenceUrl(row.file.sha256) },
    }));
  }
}

/** Finding.handoff lives here: handoffs come after findings in the dependency order. */
@Resolver(() => FindingModel)
export class FindingHandoffResolver {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => HandoffModel, { nullable: true })
  async handoff(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffModel | null> {
    if (!finding.handoffId) {
      return null;
    }
    const handoff = await loaders
      .get(
        'handoff',
        (ids) => this.handoffs.findByIds(ids),
        (row) => row.id,
      )
      .load(finding.handoffId);
    return handoff ? HandoffModel.from(handoff, this.clock.now()) : null;
  }
}
