import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { TransfersService } from './transfers.service';

/** 退办 and 改派. */
@Resolver(() => HandoffModel)
export class TransfersResolver {
  constructor(
    private readonly transfers: TransfersService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => HandoffModel, { description: '退办: the department hands the item back as not theirs' })
  async requestTransfer(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('reason') reason: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.transfers.requestTransfer(caller, handoffId, reason),
      this.clock.now(),
    );
  }

  @Mutation(() => HandoffModel, { description: '改派 to another of the tenant’s own departments' })
  async reassignHandoff(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<HandoffModel> {
    return HandoffModel.from(
      await this.transfers.reassign(caller, handoffId, departmentId),
      this.clock.now(),
    );
  }
}
