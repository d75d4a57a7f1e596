import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { parseId } from '@liandong/errors';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { HandoffModel } from '../dto/handoff.model';
import { HandoffsService } from '../handoffs.service';
import { LookBackModel } from './look-back.model';
import { LookBacksService } from './look-backs.service';
import { Clock } from '@liandong/time';

/** 回头看: Query.lookBacksDue, Mutation.recordLookBack, and Handoff.lookBack / Handoff.closedAt. */
@Resolver(() => HandoffModel)
export class LookBacksResolver {
  constructor(
    private readonly lookBacks: LookBacksService,
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [HandoffModel], {
    description: '回头看到期: closed handoffs of the caller’s subtree due a look-back',
  })
  async lookBacksDue(@CurrentCaller() caller: Caller): Promise<HandoffModel[]> {
    return (await this.lookBacks.due(caller)).map((handoff) => HandoffModel.from(handoff, this.clock.now()));
  }

  @Mutation(() => HandoffModel, {
    description: '记录回头看 (handing-over tenant); relapsed reopens the handoff',
  })
  async recordLookBack(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('relapsed', { type: () => Boolean }) relapsed: boolean,
    @Args('note', { type: () => String }) note: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.lookBacks.record(caller, parseId(handoffId, 'handoffId'), relapsed, note),
      this.clock.now(),
    );
  }

  @ResolveField(() => LookBackModel, {
    nullable: true,
    description: 'the open look-back, else the last one done',
  })
  async lookBack(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<LookBackModel | null> {
    const lookBack = await loaders
      .get(
        'handoff-look-back',
        (ids) => this.lookBacks.latestFor(ids),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return lookBack ? LookBackModel.from(lookBack) : null;
  }

  @ResolveField(() => Date, { nullable: true, description: '销号时间' })
  async closedAt(
    @Parent() handoff: HandoffModel & { closedAt?: Date | null },
    @Loaders() loaders: RequestLoaders,
  ): Promise<Date | null> {
    if (handoff.closedAt !== undefined) {
      return handoff.closedAt;
    }
    const row = await loaders
      .get(
        'handoff-closed-at',
        (ids) => this.handoffs.findByIds(ids),
        (entity) => entity.id,
      )
      .load(handoff.id);
    return row?.closedAt ?? null;
  }
}
