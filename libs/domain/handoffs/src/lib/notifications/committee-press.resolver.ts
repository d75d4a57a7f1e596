import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { CommitteePressService } from './committee-press.service';

@Resolver()
export class CommitteePressResolver {
  constructor(private readonly press: CommitteePressService) {}

  @Mutation(() => Boolean, {
    description:
      '督促委室: the coordination office (统筹办) presses a committee of its own office; its staff are notified',
  })
  async pressCommittee(
    @CurrentCaller() caller: Caller,
    @Args('committeeId', { type: () => ID }) committeeId: string,
    @Args('message') message: string,
  ): Promise<boolean> {
    await this.press.press(caller, committeeId, message);
    return true;
  }
}
