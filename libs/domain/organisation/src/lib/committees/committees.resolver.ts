import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CommitteeModel, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { CommitteeInput, CommitteeUpdateInput } from './dto/committee.input';
import { CommitteesService } from './committees.service';

/** 委员会管理: the committees of a tenant, and how many enabled accounts work in each. */
@Resolver(() => CommitteeModel)
export class CommitteesResolver {
  constructor(private readonly service: CommitteesService) {}

  @Query(() => [CommitteeModel], {
    description: '委员会 of a tenant (default the caller’s own): its subtree’s, or by name its ancestors’',
  })
  async committees(
    @CurrentCaller() caller: Caller,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId: string | null,
    @Args('includeRetired', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'also the retired committees',
    })
    includeRetired: boolean | null,
  ): Promise<CommitteeModel[]> {
    const rows = await this.service.list(caller, tenantId, includeRetired ?? false);
    return rows.map(CommitteeModel.from);
  }

  @Mutation(() => CommitteeModel, {
    description: '新增委员会 (ADMIN, COORDINATOR), in the caller’s own tenant',
  })
  async createCommittee(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CommitteeInput }) input: CommitteeInput,
  ): Promise<CommitteeModel> {
    return CommitteeModel.from(await this.service.create(caller, input));
  }

  @Mutation(() => CommitteeModel, { description: '修改委员会名称; the code stays' })
  async updateCommittee(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CommitteeUpdateInput }) input: CommitteeUpdateInput,
  ): Promise<CommitteeModel> {
    return CommitteeModel.from(await this.service.update(caller, id, input));
  }

  @Mutation(() => CommitteeModel, {
    description: '撤销委员会; refused while enabled accounts belong to it',
  })
  async retireCommittee(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommitteeModel> {
    return CommitteeModel.from(await this.service.retire(caller, id));
  }

  @ResolveField(() => Int, {
    description: '启用的账号数 enabled accounts in it (0 for a committee outside the caller’s subtree)',
  })
  async memberCount(
    @Parent() committee: CommitteeModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    if (!this.service.countsMembers(caller, committee)) {
      return 0;
    }
    const counted = await loaders
      .get(
        'committee-member-count',
        async (ids) => {
          const members = await this.service.memberCounts(ids);
          return ids.map((id) => ({ id, members: members.get(id) ?? 0 }));
        },
        (row) => row.id,
      )
      .load(committee.id);
    return counted?.members ?? 0;
  }
}
