import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { AppException, parseId } from '@liandong/errors';
import { JointProjectModel, MilestoneInput, PlansRepository, projectLoader } from '@liandong/plans';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import {
  EscalationModel,
  ExtensionRequestModel,
  HandoffMilestoneModel,
  RectificationReportModel,
} from './dto/handoff-depth.model';
import { HandoffModel } from './dto/handoff.model';
import { ExtensionRequestEntity, HandoffMilestoneEntity } from './handoff-depth.entity';
import { EscalationEntity, RectificationReportEntity } from './handoff-records.entity';
import { HandoffRequestsService } from './handoff-requests.service';
import { Clock } from '@liandong/time';

@Resolver(() => HandoffModel)
export class HandoffRequestsResolver {
  constructor(
    private readonly requests: HandoffRequestsService,
    private readonly dataSource: DataSource,
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => HandoffModel, { description: '申请延期 (department, with a reason)' })
  async requestExtension(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('until') until: Date,
    @Args('reason') reason: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.requestExtension(caller, handoffId, until, reason),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '审批延期 (handing-over tenant; a reason when refused)' })
  async decideExtension(
    @CurrentCaller() caller: Caller,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.decideExtension(caller, requestId, approve, reason),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '退办: the department hands the item back as not theirs' })
  async requestTransfer(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('reason') reason: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.requestTransfer(caller, handoffId, reason),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '改派 to another of the tenant’s own departments' })
  async reassignHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(await this.requests.reassign(caller, handoffId, departmentId), this.clock.now());
  }

  @Mutation(() => HandoffModel, { description: '督办 by hand: the next level of the ladder' })
  async escalateHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('reason') reason: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.escalate(caller, parseId(handoffId, 'handoffId'), reason),
      this.clock.now(),
    );
  }

  @Mutation(() => Boolean, { description: '设置本机关的督办层级时限 (working days to levels 2 and 3)' })
  async setEscalationLadder(
    @CurrentCaller() caller: Caller,
    @Args('level2AfterDays', { type: () => Int }) level2AfterDays: number,
    @Args('level3AfterDays', { type: () => Int }) level3AfterDays: number,
  ): Promise<boolean> {
    await this.requests.setLadder(caller, level2AfterDays, level3AfterDays);
    return true;
  }

  @Mutation(() => HandoffModel, { description: '设定阶段性整改节点 (handing-over tenant)' })
  async planHandoffMilestones(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('milestones', { type: () => [MilestoneInput] }) milestones: MilestoneInput[],
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.planMilestones(caller, handoffId, milestones),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '完成阶段节点 (department)' })
  async completeHandoffMilestone(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('name') name: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.requests.completeMilestone(caller, handoffId, name),
      this.clock.now(),
    );
  }

  @ResolveField(() => [HandoffMilestoneModel], { description: 'stages of a long-term item, in order' })
  async milestones(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffMilestoneModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-milestones',
        (ids) =>
          this.dataSource
            .getRepository(HandoffMilestoneEntity)
            .find({ where: { handoffId: In([...ids]) }, order: { position: 'ASC' } }),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map((row) => HandoffMilestoneModel.from(row, this.clock.now()));
  }

  @ResolveField(() => JointProjectModel)
  async project(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<JointProjectModel> {
    const project = await projectLoader(loaders, this.plans).load(handoff.projectId);
    if (!project) {
      throw AppException.notFound('联动项目 Joint project', handoff.projectId);
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
        (ids) =>
          this.dataSource
            .getRepository(RectificationReportEntity)
            .find({ where: { handoffId: In([...ids]) }, order: { at: 'ASC' } }),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map(RectificationReportModel.from);
  }

  @ResolveField(() => [ExtensionRequestModel])
  async extensions(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExtensionRequestModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-extensions',
        (ids) =>
          this.dataSource
            .getRepository(ExtensionRequestEntity)
            .find({ where: { handoffId: In([...ids]) }, order: { requestedAt: 'ASC' } }),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map(ExtensionRequestModel.from);
  }

  @ResolveField(() => [EscalationModel], {
    description: 'every step up the ladder, with time, tier and reason',
  })
  async escalations(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EscalationModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-escalations',
        (ids) =>
          this.dataSource
            .getRepository(EscalationEntity)
            .find({ where: { handoffId: In([...ids]) }, order: { level: 'ASC' } }),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map(EscalationModel.from);
  }
}

@Resolver(() => EscalationModel)
export class EscalationResolver {
  constructor(private readonly tenants: TenantRepository) {}

  @ResolveField(() => TenantModel, { description: 'the tier that carries the step' })
  async tenant(
    @Parent() escalation: EscalationModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(escalation.tenantId);
    if (!tenant) {
      throw AppException.notFound('人大机关 Tenant', escalation.tenantId);
    }
    return TenantModel.from(tenant);
  }
}
