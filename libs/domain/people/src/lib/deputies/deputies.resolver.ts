import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { DeputyFilterInput, DeputyInput, DeputyUpdateInput } from './dto/deputy.input';
import { DeputyModel } from './dto/deputy.model';
import { DeputiesService } from './deputies.service';

/** 代表名册: the rosters of deputies. */
@Resolver(() => DeputyModel)
export class DeputiesResolver {
  constructor(
    private readonly service: DeputiesService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [DeputyModel], {
    description:
      "代表名册 of the caller's tier (or a tier below it; includeBelow: the whole subtree), at most 2000",
  })
  async deputies(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => DeputyFilterInput, nullable: true }) filter: DeputyFilterInput | null,
  ): Promise<DeputyModel[]> {
    return (await this.service.list(caller, filter ?? {})).map(DeputyModel.from);
  }

  @Query(() => DeputyModel, { description: 'one deputy of a roster the caller sees' })
  async deputy(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DeputyModel> {
    return DeputyModel.from(await this.service.get(caller, id));
  }

  @Mutation(() => DeputyModel, { description: '添加代表 to your own roster' })
  async addDeputy(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => DeputyInput }) input: DeputyInput,
  ): Promise<DeputyModel> {
    return DeputyModel.from(await this.service.add(caller, input));
  }

  @Mutation(() => DeputyModel, { description: '修改代表信息 on your own roster' })
  async updateDeputy(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => DeputyUpdateInput }) input: DeputyUpdateInput,
  ): Promise<DeputyModel> {
    return DeputyModel.from(await this.service.update(caller, id, input));
  }

  @Mutation(() => DeputyModel, { description: '终止代表资格, with the reason; kept on the roster' })
  async endDeputyTerm(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<DeputyModel> {
    return DeputyModel.from(await this.service.endTerm(caller, id, reason));
  }

  @ResolveField(() => TenantModel, { description: 'the tier whose roster it is' })
  async tenant(@Parent() deputy: DeputyModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(deputy.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, deputy.tenantId);
    }
    return TenantModel.from(tenant);
  }
}
