import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import { FindingModel, FindingsService } from '@liandong/findings';
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
import { HandOffInput, RectificationReportInput } from './dto/handoff.input';
import { HandoffModel, NotificationModel } from './dto/handoff.model';
import { HandoffsRepository } from './handoffs.repository';
import { HandoffsService } from './handoffs.service';
import { NotificationsService } from './notifications.service';
import { Clock } from '@liandong/time';

@Resolver(() => HandoffModel)
export class HandoffsResolver {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly repository: HandoffsRepository,
    private readonly findingsService: FindingsService,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
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

  @ResolveField(() => TenantModel)
  async fromTenant(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(handoff.tenantId);
    if (!tenant) {
      throw AppException.notFound('人大机关 Tenant', handoff.tenantId);
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
      throw AppException.notFound('承办单位 Department', handoff.departmentId);
    }
    return DepartmentModel.from(department);
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
        (handoffIds) => this.repository.findingsOf(handoffIds),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows
      .filter((row) => this.findingsService.canSee(caller, row))
      .map((row) => FindingModel.from(row));
  }
}

/** Finding.handoff lives here: handoffs come after findings in the dependency order. */
@Resolver(() => FindingModel)
export class FindingHandoffResolver {
  constructor(
    private readonly repository: HandoffsRepository,
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
        (ids) => this.repository.findByIds(ids),
        (row) => row.id,
      )
      .load(finding.handoffId);
    return handoff ? HandoffModel.from(handoff, this.clock.now()) : null;
  }
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly repository: HandoffsRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => Int, { description: '未读通知数 / unread notifications of the caller' })
  unreadNotifications(@CurrentCaller() caller: Caller): Promise<number> {
    return this.notificationsService.unreadCount(caller);
  }

  @Query(() => [NotificationModel], { description: '站内通知 of the caller (its office, or its department)' })
  async notifications(
    @CurrentCaller() caller: Caller,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notificationsService.list(caller, unreadOnly ?? false)).map(NotificationModel.from);
  }

  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationModel> {
    return NotificationModel.from(await this.notificationsService.markRead(caller, parseId(id)));
  }

  @ResolveField(() => HandoffModel, { nullable: true })
  async handoff(@Parent() notification: NotificationModel): Promise<HandoffModel | null> {
    if (!notification.handoffId) {
      return null;
    }
    const handoff = await this.repository.findById(notification.handoffId);
    return handoff ? HandoffModel.from(handoff, this.clock.now()) : null;
  }
}
