import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { ActivityModel, EvidenceModel, EvidenceRepository, evidenceUrl } from '@liandong/findings';
import {
  Caller,
  CurrentCaller,
  DepartmentModel,
  DepartmentRepository,
  departmentLoader,
  isDepartmentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { EXPERT_FIELD_CATALOGUE, ExpertExclusion, ExpertStatus } from './expert-kinds';
import { Exclusion } from './expert-proposal';
import { EXPERT } from './expert-rules';
import {
  ExpertConflictInput,
  ExpertFilterInput,
  ExpertInput,
  ExpertInvitationInput,
  ExpertOpinionInput,
  ExpertProposalInput,
} from './dto/expert.input';
import {
  ExpertAssignmentModel,
  ExpertConflictModel,
  ExpertModel,
  ExpertOpinionModel,
  ExpertProposalModel,
} from './dto/expert.model';
import { ExpertsService } from './experts.service';

function firstCode(exclusions: readonly Exclusion[]): ExpertExclusion {
  const [first] = exclusions;
  if (!first) {
    throw new Error('an excluded expert carries at least one exclusion');
  }
  return first.code;
}

/** 专家库: the pool of a tier, its conflicts, proposals and invitations. */
@Resolver(() => ExpertModel)
export class ExpertsResolver {
  constructor(
    private readonly service: ExpertsService,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  @Query(() => [String], { description: '领域目录: the suggested fields of the pool (free entries allowed)' })
  expertFields(): string[] {
    return [...EXPERT_FIELD_CATALOGUE];
  }

  @Query(() => [ExpertModel], {
    description: "专家 of the caller's tenant (or a tenant in its subtree), by name (at most 500)",
  })
  async experts(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ExpertFilterInput, nullable: true }) filter: ExpertFilterInput | null,
  ): Promise<ExpertModel[]> {
    return (await this.service.list(caller, filter ?? {})).map(ExpertModel.from);
  }

  @Query(() => ExpertModel, { description: 'one expert, with conflicts, assignments and workload' })
  async expert(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExpertModel> {
    return ExpertModel.from(await this.service.get(caller, id));
  }

  @Query(() => ExpertProposalModel, {
    description: "专家推荐 for an activity from its tier's pool: no conflict, the least loaded first",
  })
  async proposeExperts(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ExpertProposalInput }) input: ExpertProposalInput,
  ): Promise<ExpertProposalModel> {
    const proposal = await this.service.propose(caller, input);
    return {
      candidates: proposal.candidates.map((c) => ({
        expert: ExpertModel.from(c.expert),
        workload: c.workload,
        why: c.why,
      })),
      excluded: proposal.excluded.map((x) => ({
        expert: ExpertModel.from(x.expert),
        reason: firstCode(x.exclusions),
        text: x.exclusions.map((e) => e.text).join('、'),
        reasons: x.exclusions.map((e) => e.code),
      })),
      subjectDepartmentIds: [...proposal.subjectDepartmentIds],
    };
  }

  @Mutation(() => ExpertModel, { description: '添加专家 to the caller’s pool' })
  async addExpert(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ExpertInput }) input: ExpertInput,
  ): Promise<ExpertModel> {
    return ExpertModel.from(await this.service.add(caller, input));
  }

  @Mutation(() => ExpertModel, { description: '修改专家信息 (the owning tier only)' })
  async updateExpert(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ExpertInput }) input: ExpertInput,
  ): Promise<ExpertModel> {
    return ExpertModel.from(await this.service.update(caller, id, input));
  }

  @Mutation(() => ExpertModel, { description: '暂停 / 恢复 / 退出: along the expert status table' })
  async changeExpertStatus(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ExpertStatus }) status: ExpertStatus,
  ): Promise<ExpertModel> {
    return ExpertModel.from(await this.service.changeStatus(caller, id, status));
  }

  @Mutation(() => ExpertConflictModel, { description: '申报利益冲突' })
  async declareExpertConflict(
    @CurrentCaller() caller: Caller,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('input', { type: () => ExpertConflictInput }) input: ExpertConflictInput,
  ): Promise<ExpertConflictModel> {
    return ExpertConflictModel.from(await this.service.declareConflict(caller, expertId, input));
  }

  @Mutation(() => ExpertConflictModel, { description: '撤回利益冲突申报 (kept, with the day)' })
  async withdrawExpertConflict(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExpertConflictModel> {
    return ExpertConflictModel.from(await this.service.withdrawConflict(caller, id));
  }

  @Mutation(() => [ExpertAssignmentModel], {
    description: '邀请专家 to an activity of the caller’s tier; a barred expert refuses the batch',
  })
  async inviteExperts(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ExpertInvitationInput }) input: ExpertInvitationInput,
  ): Promise<ExpertAssignmentModel[]> {
    return (await this.service.invite(caller, input)).map(ExpertAssignmentModel.from);
  }

  @Mutation(() => ExpertOpinionModel, { description: '登记专家意见 (a new one supersedes the last)' })
  async recordExpertOpinion(
    @CurrentCaller() caller: Caller,
    @Args('expertAssignmentId', {
      type: () => ID,
      description: 'an ExpertAssignment (not a plan assignment)',
    })
    expertAssignmentId: string,
    @Args('input', { type: () => ExpertOpinionInput }) input: ExpertOpinionInput,
  ): Promise<ExpertOpinionModel> {
    return ExpertOpinionModel.from(await this.service.recordOpinion(caller, expertAssignmentId, input));
  }

  @ResolveField(() => DepartmentModel, { nullable: true, description: 'the unit of the tier it works at' })
  async department(
    @Parent() expert: ExpertModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DepartmentModel | null> {
    if (!expert.departmentId) {
      return null;
    }
    const department = await departmentLoader(loaders, this.departments).load(expert.departmentId);
    return department ? DepartmentModel.from(department) : null;
  }

  @ResolveField(() => TenantModel, { description: 'the tier whose pool it is in' })
  async tenant(@Parent() expert: ExpertModel, @Loaders() loaders: RequestLoaders): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(expert.tenantId);
    if (!tenant) {
      throw AppException.notFound({ zh: '人大机关', en: 'Tenant' }, expert.tenantId);
    }
    return TenantModel.from(tenant);
  }

  @ResolveField(() => [ExpertConflictModel], { description: 'declared conflicts, withdrawn ones too' })
  async conflicts(
    @Parent() expert: ExpertModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExpertConflictModel[]> {
    const rows = await loaders
      .grouped(
        'expert-conflicts',
        (ids) => this.service.conflictsOf(ids),
        (row) => row.expertId,
      )
      .load(expert.id);
    return rows.map(ExpertConflictModel.from);
  }

  @ResolveField(() => [ExpertAssignmentModel], { description: 'invitations, newest first' })
  async assignments(
    @Parent() expert: ExpertModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExpertAssignmentModel[]> {
    const rows = await loaders
      .grouped(
        'expert-assignments',
        (ids) => this.service.assignmentsOfExperts(ids),
        (row) => row.expertId,
      )
      .load(expert.id);
    return rows.map(ExpertAssignmentModel.from);
  }

  @ResolveField(() => Int, { description: 'assignments to activities of the year (default: this year)' })
  async workload(
    @Parent() expert: ExpertModel,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ): Promise<number> {
    const of = year ?? this.service.currentYear();
    return (await this.service.workload([expert.id], of)).get(expert.id) ?? 0;
  }
}

/** ExpertAssignment: its expert and its opinions. */
@Resolver(() => ExpertAssignmentModel)
export class ExpertAssignmentsResolver {
  constructor(private readonly service: ExpertsService) {}

  @ResolveField(() => ExpertModel)
  async expert(
    @Parent() assignment: ExpertAssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExpertModel> {
    const expert = await loaders
      .get(
        'expert',
        (ids) => this.service.findByIds(ids),
        (row) => row.id,
      )
      .load(assignment.expertId);
    if (!expert) {
      throw AppException.notFound(EXPERT, assignment.expertId);
    }
    return ExpertModel.from(expert);
  }

  @ResolveField(() => [ExpertOpinionModel], { description: '专家意见, newest version first' })
  async opinions(
    @Parent() assignment: ExpertAssignmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExpertOpinionModel[]> {
    const rows = await loaders
      .grouped(
        'expert-opinions',
        (ids) => this.service.opinionsOf(ids),
        (row) => row.assignmentId,
      )
      .load(assignment.id);
    return rows.map(ExpertOpinionModel.from);
  }
}

/** ExpertOpinion.file: the stored document. */
@Resolver(() => ExpertOpinionModel)
export class ExpertOpinionsResolver {
  constructor(private readonly evidence: EvidenceRepository) {}

  @ResolveField(() => EvidenceModel, { description: 'the opinion document' })
  async file(
    @Parent() opinion: ExpertOpinionModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EvidenceModel> {
    const file = await loaders
      .get(
        'expert-opinion-file',
        (hashes) => this.evidence.findFiles(hashes),
        (row) => row.sha256,
      )
      .load(opinion.sha256);
    if (!file) {
      throw AppException.notFound({ zh: '文件', en: 'File' }, opinion.sha256);
    }
    return {
      sha256: file.sha256,
      name: file.name,
      mime: file.mime,
      size: Number(file.size),
      url: evidenceUrl(file.sha256),
    };
  }
}

/** Activity.experts: the experts invited to it. */
@Resolver(() => ActivityModel)
export class ActivityExpertsResolver {
  constructor(private readonly service: ExpertsService) {}

  @ResolveField(() => [ExpertAssignmentModel], { description: '邀请的专家, in the order invited' })
  async experts(
    @CurrentCaller() caller: Caller,
    @Parent() activity: ActivityModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ExpertAssignmentModel[]> {
    // A responsible unit is not told who supervised it.
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const rows = await loaders
      .grouped(
        'activity-experts',
        (ids) => this.service.assignmentsOfActivities(ids),
        (row) => row.activityId,
      )
      .load(activity.id);
    return rows.map(ExpertAssignmentModel.from);
  }
}
