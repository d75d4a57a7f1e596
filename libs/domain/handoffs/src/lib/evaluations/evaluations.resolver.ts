import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException, parseId } from '@liandong/errors';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { HandoffModel } from '../dto/handoff.model';
import { HANDOFF } from '../handoff-access';
import { EvaluationScheme } from './evaluation.entity';
import { HandoffsService } from '../handoffs.service';
import { EvaluationModel, VotesInput } from './evaluation.model';
import { EvaluationsService } from './evaluations.service';
import { Clock } from '@liandong/time';

@Resolver(() => EvaluationModel)
export class EvaluationsResolver {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => EvaluationModel, {
    description: '发起满意度测评 (handing-over tenant; a REPLIED or CLOSED handoff)',
  })
  async createEvaluation(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('scheme', { type: () => EvaluationScheme }) scheme: EvaluationScheme,
    @Args('eligible', { type: () => Int, description: '应参评人数, 1–10000' }) eligible: number,
  ): Promise<EvaluationModel> {
    return EvaluationModel.from(
      await this.evaluations.create(caller, parseId(handoffId, 'handoffId'), scheme, eligible),
    );
  }

  @Mutation(() => EvaluationModel, { description: '测评计票, once; a failing result sends the handoff back' })
  async recordVotes(
    @CurrentCaller() caller: Caller,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('votes', { type: () => VotesInput }) votes: VotesInput,
  ): Promise<EvaluationModel> {
    return EvaluationModel.from(
      await this.evaluations.recordVotes(caller, parseId(evaluationId, 'evaluationId'), votes),
    );
  }

  @ResolveField(() => HandoffModel)
  async handoff(
    @Parent() evaluation: EvaluationModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffModel> {
    const handoff = await loaders
      .get(
        'evaluation-handoff',
        (ids) => this.handoffs.findByIds(ids),
        (row) => row.id,
      )
      .load(evaluation.handoffId);
    if (!handoff) {
      throw AppException.notFound(HANDOFF, evaluation.handoffId);
    }
    return HandoffModel.from(handoff, this.clock.now());
  }
}

/** Handoff.evaluations: the handoff itself was already shown to the caller, so are its evaluations. */
@Resolver(() => HandoffModel)
export class HandoffEvaluationsResolver {
  constructor(private readonly service: EvaluationsService) {}

  @ResolveField(() => [EvaluationModel], { description: '满意度测评, oldest first' })
  async evaluations(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EvaluationModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-evaluations',
        (handoffIds) => this.service.listFor(handoffIds),
        (row) => row.handoffId,
      )
      .load(handoff.id);
    return rows.map((row) => EvaluationModel.from(row));
  }
}
