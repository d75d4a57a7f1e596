import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import {
  Caller,
  CommitteeModel,
  CommitteeRepository,
  committeeLoader,
  CurrentCaller,
  DepartmentModel,
  DepartmentRepository,
  departmentLoader,
  Loaders,
  RequestLoaders,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { ReviewOpinionInput } from './dto/session.input';
import { ReviewOpinionModel } from './dto/review-opinion.model';
import { SessionModel, SessionReportModel } from './dto/session.model';
import { ReviewOpinionsService } from './review-opinions.service';
import { SESSION } from './session-rules';
import { SessionsService } from './sessions.service';

@Resolver(() => ReviewOpinionModel)
export class ReviewOpinionsResolver {
  constructor(
    private readonly opinions: ReviewOpinionsService,
    private readonly sessions: SessionsService,
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => ReviewOpinionModel, { nullable: true })
  async reviewOpinion(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReviewOpinionModel> {
    return ReviewOpinionModel.from(await this.opinions.get(caller, id));
  }

  @Mutation(() => ReviewOpinionModel, {
    description: '送交审议意见或决议 (COORDINATOR): each item becomes a ledger item with the deadline',
  })
  async issueReviewOpinion(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ReviewOpinionInput }) input: ReviewOpinionInput,
  ): Promise<ReviewOpinionModel> {
    return ReviewOpinionModel.from(await this.opinions.issue(caller, input));
  }

  @Mutation(() => ReviewOpinionModel, {
    description: '报送研究处理情况报告 (the unit it was sent to): every open item is replied, to be verified',
  })
  async answerReviewOpinion(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('report') report: string,
  ): Promise<ReviewOpinionModel> {
    return ReviewOpinionModel.from(await this.opinions.answer(caller, id, report));
  }

  @ResolveField(() => SessionModel)
  async session(
    @Parent() opinion: ReviewOpinionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SessionModel> {
    const session = await loaders
      .get(
        'session',
        (ids) => this.sessions.findByIds(ids),
        (row) => row.id,
      )
      .load(opinion.sessionId);
    if (!session) {
      throw AppException.notFound(SESSION, opinion.sessionId);
    }
    return SessionModel.from(session);
  }

  @ResolveField(() => SessionReportModel, { nullable: true })
  async report(@Parent() opinion: ReviewOpinionModel): Promise<SessionReportModel | null> {
    const [report] = opinion.reportId ? await this.sessions.findReports([opinion.reportId]) : [];
    return report ? SessionReportModel.from(report) : null;
  }

  @ResolveField(() => DepartmentModel, { description: '送交的机关或单位' })
  async department(
    @Parent() opinion: ReviewOpinionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel> {
    const department = await departmentLoader(loaders, this.departments).load(opinion.departmentId);
    if (!department) {
      throw AppException.notFound({ zh: '承办单位', en: 'Department' }, opinion.departmentId);
    }
    return DepartmentModel.from(department);
  }

  @ResolveField(() => CommitteeModel, { nullable: true, description: '牵头委室' })
  async leadCommittee(
    @Parent() opinion: ReviewOpinionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeModel | null> {
    const committee = opinion.leadCommitteeId
      ? await committeeLoader(loaders, this.committees).load(opinion.leadCommitteeId)
      : null;
    return committee ? CommitteeModel.from(committee) : null;
  }

  @ResolveField(() => [HandoffModel], { description: '意见事项: the opinion’s ledger items, in order' })
  async items(
    @Parent() opinion: ReviewOpinionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffModel[]> {
    const rows = await loaders
      .grouped(
        'opinion-items',
        (ids) => this.opinions.itemsOf(ids),
        (row) => row.opinionId ?? '',
      )
      .load(opinion.id);
    const now = this.clock.now();
    return rows.map((row) => HandoffModel.from(row, now));
  }
}

/** Handoff.opinion: the opinion or resolution an item belongs to. */
@Resolver(() => HandoffModel)
export class HandoffOpinionResolver {
  constructor(private readonly opinions: ReviewOpinionsService) {}

  @ResolveField(() => ReviewOpinionModel, {
    nullable: true,
    description: 'the 审议意见 or 决议 the item belongs to; null for handed-over findings',
  })
  async opinion(
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewOpinionModel | null> {
    if (!handoff.opinionId) {
      return null;
    }
    const opinion = await loaders
      .get(
        'review-opinion',
        (ids) => this.opinions.findByIds(ids),
        (row) => row.id,
      )
      .load(handoff.opinionId);
    return opinion ? ReviewOpinionModel.from(opinion) : null;
  }
}
