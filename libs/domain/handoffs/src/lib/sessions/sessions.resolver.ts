import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { AnnualPlansRepository, PlanItemModel } from '@liandong/plans';
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
import { ReviewOpinionModel } from './dto/review-opinion.model';
import { SessionInput } from './dto/session.input';
import { SessionModel, SessionReportModel } from './dto/session.model';
import { ReviewOpinionsService } from './review-opinions.service';
import { SessionsService } from './sessions.service';

/** 会议与审议意见: the office's sittings, the reports they deliberated and what they sent on. */
@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly sessionsService: SessionsService,
    private readonly opinionsService: ReviewOpinionsService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [SessionModel], {
    description:
      '会议 of the caller’s subtree (or a tenant inside it), newest first; a year on the Beijing calendar',
  })
  async sessions(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId: string | null,
  ): Promise<SessionModel[]> {
    return (await this.sessionsService.list(caller, year ?? null, scopeTenantId ?? null)).map(
      SessionModel.from,
    );
  }

  @Query(() => SessionModel, { nullable: true })
  async session(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionModel> {
    return SessionModel.from(await this.sessionsService.get(caller, id));
  }

  @Mutation(() => SessionModel, { description: '记录会议及其审议的报告 (COORDINATOR)' })
  async recordSession(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => SessionInput }) input: SessionInput,
  ): Promise<SessionModel> {
    return SessionModel.from(await this.sessionsService.record(caller, input));
  }

  @ResolveField(() => TenantModel)
  async tenant(@Parent() session: SessionModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(session.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, session.tenantId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => [SessionReportModel], { description: '审议的报告, in agenda order' })
  async reports(
    @Parent() session: SessionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SessionReportModel[]> {
    const rows = await loaders
      .grouped(
        'session-reports',
        (ids) => this.sessionsService.reportsOf(ids),
        (row) => row.sessionId,
      )
      .load(session.id);
    return rows.map(SessionReportModel.from);
  }

  @ResolveField(() => [ReviewOpinionModel], { description: '送交的审议意见和决议' })
  async opinions(
    @Parent() session: SessionModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewOpinionModel[]> {
    const rows = await loaders
      .grouped(
        'session-opinions',
        (ids) => this.opinionsService.ofSessions(ids),
        (row) => row.sessionId,
      )
      .load(session.id);
    return rows.filter((row) => this.opinionsService.canSee(caller, row)).map(ReviewOpinionModel.from);
  }
}

@Resolver(() => SessionReportModel)
export class SessionReportResolver {
  constructor(
    private readonly plans: AnnualPlansRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  @ResolveField(() => PlanItemModel, { nullable: true, description: 'the annual-plan item it fulfils' })
  async planItem(@Parent() report: SessionReportModel): Promise<PlanItemModel | null> {
    const item = report.planItemId ? await this.plans.findItem(report.planItemId) : null;
    return item ? PlanItemModel.from(item) : null;
  }

  @ResolveField(() => DepartmentModel, { nullable: true, description: '报告机关' })
  async department(
    @Parent() report: SessionReportModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel | null> {
    const department = report.departmentId
      ? await departmentLoader(loaders, this.departments).load(report.departmentId)
      : null;
    return department ? DepartmentModel.from(department) : null;
  }
}
