import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
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
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { ReferralInput } from '../referrals/dto/referral.input';
import { EscalationModel } from './escalation.model';
import { EscalationsService } from './escalations.service';

/** 督办 by hand, a tenant's own ladder, and Handoff.escalations. */
@Resolver(() => HandoffModel)
export class HandoffEscalationsResolver {
  constructor(
    private readonly escalationsService: EscalationsService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => HandoffModel, { description: '督办 by hand: the next level of the ladder' })
  async escalateHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('reason') reason: string,
    @Args('referral', {
      type: () => ReferralInput,
      nullable: true,
      description: 'required when the next level is 6 (线索移送): the body the item is referred to',
    })
    referral: ReferralInput | null,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.escalationsService.escalate(
        caller,
        parseId(handoffId, 'handoffId'),
        reason,
        referral ?? null,
      ),
      this.clock.now(),
    );
  }

  @Mutation(() => Boolean, { description: '设置本机关的督办层级时限 (working days to levels 2 and 3)' })
  async setEscalationLadder(
    @CurrentCaller() caller: Caller,
    @Args('level2AfterDays', { type: () => Int }) level2AfterDays: number,
    @Args('level3AfterDays', { type: () => Int }) level3AfterDays: number,
  ): Promise<boolean> {
    await this.escalationsService.setLadder(caller, level2AfterDays, level3AfterDays);
    return true;
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
        (ids) => this.escalationsService.stepsOf(ids),
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
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, escalation.tenantId);
    }
    return TenantModel.from(tenant);
  }
}
