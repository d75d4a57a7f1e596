import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { FindingModel } from '@liandong/findings';
import {
  Caller,
  CurrentCaller,
  isDepartmentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { HandoffModel } from '../dto/handoff.model';
import {
  CollaboratingBodyInput,
  CollaboratingBodyUpdateInput,
  ReferralFilterInput,
  ReferralInput,
} from './dto/referral.input';
import { CollaboratingBodyModel, ReferralModel } from './dto/referral.model';
import { COLLABORATING_BODY } from './referral-rules';
import { ReferralsService } from './referrals.service';

/** 协同单位: the bodies a tier works with. */
@Resolver(() => CollaboratingBodyModel)
export class CollaboratingBodiesResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [CollaboratingBodyModel], {
    description: "协同单位 of the caller's tenant (or a tenant in its subtree), retired ones last",
  })
  async collaboratingBodies(
    @CurrentCaller() caller: Caller,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId: string | null,
  ): Promise<CollaboratingBodyModel[]> {
    return (await this.service.bodies(caller, tenantId ?? null)).map(CollaboratingBodyModel.from);
  }

  @Mutation(() => CollaboratingBodyModel, { description: '添加协同单位' })
  async addCollaboratingBody(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CollaboratingBodyInput }) input: CollaboratingBodyInput,
  ): Promise<CollaboratingBodyModel> {
    return CollaboratingBodyModel.from(await this.service.addBody(caller, input));
  }

  @Mutation(() => CollaboratingBodyModel, { description: '修改协同单位' })
  async updateCollaboratingBody(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CollaboratingBodyUpdateInput }) input: CollaboratingBodyUpdateInput,
  ): Promise<CollaboratingBodyModel> {
    return CollaboratingBodyModel.from(await this.service.updateBody(caller, id, input));
  }

  @Mutation(() => CollaboratingBodyModel, { description: '停用协同单位 (kept with its referrals)' })
  async retireCollaboratingBody(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CollaboratingBodyModel> {
    return CollaboratingBodyModel.from(await this.service.retireBody(caller, id));
  }

  @ResolveField(() => TenantModel, { description: 'the tier that works with it' })
  async tenant(
    @Parent() body: CollaboratingBodyModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(body.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, body.tenantId);
    }
    return TenantModel.from(tenant);
  }
}

/** 线索移送: referrals sent, received, concluded and closed. */
@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @Query(() => [ReferralModel], {
    description: "移送 of the caller's subtree (or a tenant inside it), newest first (at most 500)",
  })
  async referrals(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ReferralFilterInput, nullable: true }) filter: ReferralFilterInput | null,
  ): Promise<ReferralModel[]> {
    return (await this.service.list(caller, filter ?? {}, filter?.scopeTenantId ?? null)).map(
      ReferralModel.from,
    );
  }

  @Mutation(() => ReferralModel, { description: '问题线索移送 to one of your collaborating bodies' })
  async referFinding(
    @CurrentCaller() caller: Caller,
    @Args('findingId', { type: () => ID }) findingId: string,
    @Args('input', { type: () => ReferralInput }) input: ReferralInput,
  ): Promise<ReferralModel> {
    return ReferralModel.from(await this.service.referFinding(caller, findingId, input));
  }

  @Mutation(() => ReferralModel, { description: '交办事项线索移送 to one of your collaborating bodies' })
  async referHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('input', { type: () => ReferralInput }) input: ReferralInput,
  ): Promise<ReferralModel> {
    return ReferralModel.from(await this.service.referHandoff(caller, handoffId, input));
  }

  @Mutation(() => ReferralModel, { description: '登记接收: the body’s receipt number and day (YYYY-MM-DD)' })
  async recordReferralReceipt(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('receiptNo') receiptNo: string,
    @Args('receivedOn', { description: 'YYYY-MM-DD, Beijing; not later than today' }) receivedOn: string,
  ): Promise<ReferralModel> {
    return ReferralModel.from(await this.service.recordReceipt(caller, id, receiptNo, receivedOn));
  }

  @Mutation(() => ReferralModel, { description: '登记办理结果 and its day (YYYY-MM-DD)' })
  async recordReferralOutcome(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome') outcome: string,
    @Args('decidedOn', { description: 'YYYY-MM-DD, Beijing; not later than today' }) decidedOn: string,
  ): Promise<ReferralModel> {
    return ReferralModel.from(await this.service.recordOutcome(caller, id, outcome, decidedOn));
  }

  @Mutation(() => ReferralModel, { description: '归档: closes a concluded referral' })
  async closeReferral(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return ReferralModel.from(await this.service.close(caller, id));
  }

  @ResolveField(() => CollaboratingBodyModel, { description: 'the body it was referred to' })
  async body(
    @Parent() referral: ReferralModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CollaboratingBodyModel> {
    const body = await loaders
      .get(
        'collaborating-body',
        (ids) => this.service.findBodies(ids),
        (row) => row.id,
      )
      .load(referral.bodyId);
    if (!body) {
      throw AppException.notFound(COLLABORATING_BODY, referral.bodyId);
    }
    return CollaboratingBodyModel.from(body);
  }

  @ResolveField(() => String, {
    description: "移送事项: the finding's title, or the ledger item's (its letter number when it has none)",
  })
  async subject(@Parent() referral: ReferralModel, @Loaders() loaders: RequestLoaders): Promise<string> {
    // The referral is one the caller sees, and so is what it refers: its title is told with it.
    const row = referral.findingId
      ? await loaders
          .get(
            'referral-finding-title',
            (ids) => this.service.findingTitles(ids),
            (title) => title.id,
          )
          .load(referral.findingId)
      : await loaders
          .get(
            'referral-handoff-title',
            (ids) => this.service.handoffTitles(ids),
            (title) => title.id,
          )
          .load(referral.handoffId ?? '');
    return row?.title ?? '';
  }
}

/** Finding.referrals. */
@Resolver(() => FindingModel)
export class FindingReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ResolveField(() => [ReferralModel], { description: '线索移送 of this finding, oldest first' })
  async referrals(
    @CurrentCaller() caller: Caller,
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReferralModel[]> {
    // A responsible unit is not told where its item was referred.
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const rows = await loaders
      .grouped(
        'finding-referrals',
        (ids) => this.service.ofFindings(ids),
        (row) => row.findingId ?? '',
      )
      .load(finding.id);
    return rows.map(ReferralModel.from);
  }
}

/** Handoff.referrals. */
@Resolver(() => HandoffModel)
export class HandoffReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ResolveField(() => [ReferralModel], { description: '线索移送 of this ledger item, oldest first' })
  async referrals(
    @CurrentCaller() caller: Caller,
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReferralModel[]> {
    // A responsible unit is not told where its item was referred.
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const rows = await loaders
      .grouped(
        'handoff-referrals',
        (ids) => this.service.ofHandoffs(ids),
        (row) => row.handoffId ?? '',
      )
      .load(handoff.id);
    return rows.map(ReferralModel.from);
  }
}
