import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { ActivityModel, ParticipantsModel } from '@liandong/findings';
import { AppraisalModel, HandoffModel } from '@liandong/handoffs';
import { Caller, CurrentCaller, isDepartmentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { DeputyModel } from '../deputies/dto/deputy.model';
import { DEPUTY } from '../deputies/deputy-rules';
import { DeputiesService } from '../deputies/deputies.service';
import { ExpertsService } from '../experts/experts.service';
import { derivedParticipants, StoredParticipants } from './derived-participants';
import { InviteDeputiesInput } from './dto/participation.input';
import { DeputyParticipationModel } from './dto/participation.model';
import { ParticipationTargetKind } from './participation-kinds';
import { ParticipationService } from './participation.service';

/** 邀请代表 and 出席情况; a participation's deputy. */
@Resolver(() => DeputyParticipationModel)
export class ParticipationResolver {
  constructor(
    private readonly service: ParticipationService,
    private readonly deputies: DeputiesService,
  ) {}

  @Mutation(() => [DeputyParticipationModel], {
    description:
      '邀请代表 to an activity, a verification or an appraisal your tier owns; returns all named for it',
  })
  async inviteDeputies(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => InviteDeputiesInput }) input: InviteDeputiesInput,
  ): Promise<DeputyParticipationModel[]> {
    return (await this.service.invite(caller, input)).map((row) => DeputyParticipationModel.from(row));
  }

  @Mutation(() => DeputyParticipationModel, { description: '登记出席 (true) 或缺席 (false)' })
  async recordDeputyAttendance(
    @CurrentCaller() caller: Caller,
    @Args('participationId', { type: () => ID }) participationId: string,
    @Args('attended', { type: () => Boolean }) attended: boolean,
  ): Promise<DeputyParticipationModel> {
    return DeputyParticipationModel.from(
      await this.service.recordAttendance(caller, participationId, attended),
    );
  }

  @ResolveField(() => DeputyModel, { description: 'the deputy named' })
  async deputy(
    @Parent() participation: DeputyParticipationModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DeputyModel> {
    const deputy = await loaders
      .get(
        'deputy',
        (ids) => this.deputies.findByIds(ids),
        (row) => row.id,
      )
      .load(participation.deputyId);
    if (!deputy) {
      throw AppException.notFound(DEPUTY, participation.deputyId);
    }
    return DeputyModel.from(deputy);
  }
}

/** Deputy.participations and Deputy.participationCount. */
@Resolver(() => DeputyModel)
export class DeputyParticipationsResolver {
  constructor(private readonly service: ParticipationService) {}

  @ResolveField(() => [DeputyParticipationModel], {
    description: 'what the deputy was named for, as far as the caller sees, newest first',
  })
  async participations(
    @Parent() deputy: DeputyModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DeputyParticipationModel[]> {
    const rows = await loaders
      .grouped(
        'deputy-participations',
        (ids) => this.service.ofDeputies(ids),
        (row) => row.participation.deputyId,
      )
      .load(deputy.id);
    return rows.map(DeputyParticipationModel.fromRecord);
  }

  @ResolveField(() => Int, { description: '出席次数: participations attended, as far as the caller sees' })
  async participationCount(
    @Parent() deputy: DeputyModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    const row = await loaders
      .get(
        'deputy-attended',
        (ids) => this.service.attendedCounts(ids),
        (count) => count.deputyId,
      )
      .load(deputy.id);
    return row?.count ?? 0;
  }
}

function namedOn(
  service: ParticipationService,
  loaders: RequestLoaders,
  kind: ParticipationTargetKind,
  targetId: string,
): Promise<DeputyParticipationModel[]> {
  return loaders
    .grouped(
      `deputies-on-${kind}`,
      (ids) => service.ofTargets(kind, ids),
      (row) => row.targetId,
    )
    .load(targetId)
    .then((rows) => rows.map((row) => DeputyParticipationModel.from(row)));
}

/** Activity.deputies, and Activity.participants with the deputies' and experts' figures derived from the named. */
@Resolver(() => ActivityModel)
export class ActivityDeputiesResolver {
  constructor(
    private readonly service: ParticipationService,
    private readonly experts: ExpertsService,
  ) {}

  @ResolveField(() => [DeputyParticipationModel], { description: '邀请的代表 and whether each attended' })
  async deputies(
    @CurrentCaller() caller: Caller,
    @Parent() activity: ActivityModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DeputyParticipationModel[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    return namedOn(this.service, loaders, ParticipationTargetKind.ACTIVITY, activity.id);
  }

  @ResolveField(() => ParticipantsModel, {
    description:
      '参加人员: deputies and experts count the named ones (deputies not absent) when any are named, else the typed figure',
  })
  async participants(
    @Parent() activity: ActivityModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StoredParticipants> {
    const count = await loaders
      .get(
        'activity-deputy-counts',
        (ids) => this.service.activityCounts(ids),
        (row) => row.activityId,
      )
      .load(activity.id);
    const experts = await loaders
      .get(
        'activity-expert-counts',
        async (ids) =>
          [...(await this.experts.countByActivities(ids))].map(([activityId, named]) => ({
            activityId,
            named,
          })),
        (row) => row.activityId,
      )
      .load(activity.id);
    return derivedParticipants(activity.participants, {
      ...(count ? { deputies: count } : {}),
      // An expert invited is an expert taking part: the pool records no absence.
      ...(experts ? { experts: { named: experts.named, present: experts.named } } : {}),
    });
  }
}

/** Appraisal.deputies. */
@Resolver(() => AppraisalModel)
export class AppraisalDeputiesResolver {
  constructor(private readonly service: ParticipationService) {}

  @ResolveField(() => [DeputyParticipationModel], { description: '参加评议的代表' })
  deputies(
    @Parent() appraisal: AppraisalModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DeputyParticipationModel[]> {
    return namedOn(this.service, loaders, ParticipationTargetKind.APPRAISAL, appraisal.id);
  }
}

/** Handoff.deputies: the deputies named for its verification (核查). */
@Resolver(() => HandoffModel)
export class HandoffDeputiesResolver {
  constructor(private readonly service: ParticipationService) {}

  @ResolveField(() => [DeputyParticipationModel], { description: '参加核查的代表' })
  async deputies(
    @CurrentCaller() caller: Caller,
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DeputyParticipationModel[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    return namedOn(this.service, loaders, ParticipationTargetKind.VERIFICATION, handoff.id);
  }
}
