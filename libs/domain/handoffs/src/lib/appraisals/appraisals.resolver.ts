import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { HandoffsService } from '../handoffs.service';
import { VotesInput } from '../evaluations/evaluation.model';
import {
  AppraisalFilterInput,
  AppraisalInput,
  AppraisalModel,
  AppraisalSubjectModel,
} from './appraisal.model';
import { AppraisalsService } from './appraisals.service';

@Resolver(() => AppraisalModel)
export class AppraisalsResolver {
  constructor(private readonly service: AppraisalsService) {}

  @Query(() => AppraisalModel, { description: '评议: to its tenant and the tiers above' })
  async appraisal(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AppraisalModel> {
    return AppraisalModel.from(await this.service.get(caller, id));
  }

  @Query(() => [AppraisalModel], { description: '评议 of the caller’s subtree, newest held first' })
  async appraisals(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AppraisalFilterInput, nullable: true }) filter: AppraisalFilterInput | null,
  ): Promise<AppraisalModel[]> {
    return (await this.service.list(caller, filter ?? null)).map((record) => AppraisalModel.from(record));
  }

  @Mutation(() => AppraisalModel, {
    description: '组织评议, with its subjects and voter groups (COORDINATOR)',
  })
  async createAppraisal(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AppraisalInput }) input: AppraisalInput,
  ): Promise<AppraisalModel> {
    return AppraisalModel.from(await this.service.create(caller, input));
  }

  @Mutation(() => AppraisalModel, {
    description: '计票: one voter group’s votes on one subject, once (COORDINATOR)',
  })
  async recordAppraisalVotes(
    @CurrentCaller() caller: Caller,
    @Args('appraisalId', { type: () => ID }) appraisalId: string,
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('votes', { type: () => VotesInput }) votes: VotesInput,
  ): Promise<AppraisalModel> {
    return AppraisalModel.from(
      await this.service.recordVotes(caller, appraisalId, subjectId, groupId, votes),
    );
  }

  @Mutation(() => AppraisalModel, {
    description: '作出评议结论: each failing subject re-reports by the day, as a ledger item (COORDINATOR)',
  })
  async decideAppraisal(
    @CurrentCaller() caller: Caller,
    @Args('appraisalId', { type: () => ID }) appraisalId: string,
    @Args('reReportBy', { description: 'YYYY-MM-DD' }) reReportBy: string,
  ): Promise<AppraisalModel> {
    return AppraisalModel.from(await this.service.decide(caller, appraisalId, reReportBy));
  }

  @Mutation(() => AppraisalModel, {
    description: '记录整改再报告: closes the subject’s re-report ledger item (COORDINATOR)',
  })
  async recordAppraisalReReport(
    @CurrentCaller() caller: Caller,
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('summary') summary: string,
  ): Promise<AppraisalModel> {
    return AppraisalModel.from(await this.service.recordReReport(caller, subjectId, summary));
  }
}

/** AppraisalSubject.reReportItem: shown with an appraisal already shown to the caller. */
@Resolver(() => AppraisalSubjectModel)
export class AppraisalSubjectResolver {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => HandoffModel, { nullable: true, description: '整改再报告 ledger item' })
  async reReportItem(
    @Parent() subject: AppraisalSubjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffModel | null> {
    if (!subject.reReportItemId) {
      return null;
    }
    const handoff = await loaders
      .get(
        'appraisal-re-report-item',
        (ids) => this.handoffs.findByIds(ids),
        (row) => row.id,
      )
      .load(subject.reReportItemId);
    return handoff ? HandoffModel.from(handoff, this.clock.now()) : null;
  }
}
