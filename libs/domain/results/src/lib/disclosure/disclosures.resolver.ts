import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { ClientAddress, Public } from '@liandong/auth';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { DisclosureCountsModel, DisclosureModel, PublicDisclosurePageModel } from './dto/disclosure.model';
import {
  DisclosureFilterInput,
  ProposeDisclosureInput,
  PublishDisclosureInput,
} from './dto/disclosure.input';
import { DisclosuresService } from './disclosures.service';
import { PublicReadThrottle } from './public-throttle';

/** 公开发布: items proposed, redacted, approved and published by the caller's tenant. */
@Resolver(() => DisclosureModel)
export class DisclosuresResolver {
  constructor(
    private readonly service: DisclosuresService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => DisclosureModel, { nullable: true })
  async disclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.get(caller, id));
  }

  @Query(() => [DisclosureModel], {
    description: '公开事项 of the caller’s subtree (or a tenant inside it), newest first (at most 500)',
  })
  async disclosures(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => DisclosureFilterInput, nullable: true })
    filter: DisclosureFilterInput | null,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId: string | null,
  ): Promise<DisclosureModel[]> {
    return (await this.service.list(caller, filter ?? {}, scopeTenantId ?? null)).map(DisclosureModel.from);
  }

  @Query(() => DisclosureCountsModel, {
    description: 'published items of the year in the subtree, per channel and per tier',
  })
  async disclosureCounts(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int }) year: number,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId: string | null,
  ): Promise<DisclosureCountsModel> {
    return this.service.counts(caller, year, scopeTenantId ?? null);
  }

  @Mutation(() => DisclosureModel, {
    description: '提请公开: drafted from the subject, personal data and covert sources redacted',
  })
  async proposeDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ProposeDisclosureInput }) input: ProposeDisclosureInput,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.propose(caller, input));
  }

  @Mutation(() => DisclosureModel, { description: '人工脱敏: the automatic rules are applied again' })
  async redactDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.redact(caller, id, body));
  }

  @Mutation(() => DisclosureModel, { description: '批准公开 (COORDINATOR, not the proposer)' })
  async approveDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.approve(caller, id));
  }

  @Mutation(() => DisclosureModel, { description: '不予公开 (COORDINATOR)' })
  async rejectDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.reject(caller, id, reason));
  }

  @Mutation(() => DisclosureModel, {
    description: '登记发布: the address and the day it appeared (COORDINATOR)',
  })
  async publishDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => PublishDisclosureInput }) input: PublishDisclosureInput,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.publish(caller, id, input));
  }

  @Mutation(() => DisclosureModel, { description: '撤回: off the public page (COORDINATOR)' })
  async withdrawDisclosure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(await this.service.withdraw(caller, id, reason));
  }

  @ResolveField(() => TenantModel)
  async tenant(
    @Parent() disclosure: DisclosureModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(disclosure.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, disclosure.tenantId);
    }
    return TenantModel.from(tenant);
  }
}

/** 已公开信息 for anyone, without signing in: published items only. */
@Resolver()
export class PublicDisclosuresResolver {
  constructor(
    private readonly disclosures: DisclosuresService,
    private readonly throttle: PublicReadThrottle,
  ) {}

  @Public()
  @Query(() => PublicDisclosurePageModel, {
    description: '已公开信息, newest first; no sign-in. A tenant covers its subtree',
  })
  async publicDisclosures(
    @ClientAddress() address: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PublicDisclosurePageModel> {
    await this.throttle.take(address);
    return PublicDisclosurePageModel.from(
      await this.disclosures.publicPage(year ?? null, tenantId ?? null, first ?? null, after ?? null),
    );
  }
}
