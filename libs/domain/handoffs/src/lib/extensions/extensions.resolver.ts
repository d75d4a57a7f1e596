import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { ExtensionRequestModel } from './extension-request.model';
import { ExtensionsService } from './extensions.service';

/** 延期: Mutation.requestExtension / decideExtension and Handoff.extensions. */
@Resolver(() => HandoffModel)
export class ExtensionsResolver {
  constructor(
    private readonly extensionsService: ExtensionsService,
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
      await this.extensionsService.requestExtension(caller, handoffId, until, reason),
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
      await this.extensionsService.decideExtension(caller, requestId, approve, reason),
      this.clock.now(),
    );
  }

  @ResolveField(() => [ExtensionRequestModel])
  async extensions(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExtensionRequestModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-extensions',
        (ids) => this.extensionsService.requestsOf(ids),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map(ExtensionRequestModel.from);
  }
}
