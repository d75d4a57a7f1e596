import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Caller,
  CurrentCaller,
  Loaders,
  RequestLoaders,
  TenantModel,
  TenantRepository,
  tenantLoader,
} from '@liandong/tenancy';
import { FindingModel } from '../findings/dto/finding.model';
import { findingLoader } from '../findings/finding-loaders';
import { FindingsService } from '../findings/findings.service';
import { lineageLoader, reportersLoader } from './duplicate-loaders';
import { DuplicatesService } from './duplicates.service';
import { DuplicateCandidateModel } from './dto/duplicate-candidate.model';

@Resolver(() => FindingModel)
export class DuplicatesResolver {
  constructor(
    private readonly duplicatesService: DuplicatesService,
    private readonly findingsService: FindingsService,
    private readonly tenants: TenantRepository,
  ) {}

  @Query(() => [DuplicateCandidateModel], {
    description: '疑似重复问题: findings of the same project in your subtree that look like the same problem',
  })
  async duplicateCandidates(
    @CurrentCaller() caller: Caller,
    @Args('findingId', { type: () => ID }) findingId: string,
  ): Promise<DuplicateCandidateModel[]> {
    const candidates = await this.duplicatesService.duplicateCandidates(caller, findingId);
    return candidates.map((candidate) => ({
      finding: FindingModel.from(candidate.finding),
      score: candidate.score,
      reasons: candidate.reasons,
    }));
  }

  @Mutation(() => FindingModel, {
    description: '合并重复问题: the duplicates become MERGED into the canonical one',
  })
  async mergeFindings(
    @CurrentCaller() caller: Caller,
    @Args('canonicalId', { type: () => ID }) canonicalId: string,
    @Args('duplicateIds', { type: () => [ID] }) duplicateIds: string[],
  ): Promise<FindingModel> {
    return FindingModel.from(await this.duplicatesService.mergeFindings(caller, canonicalId, duplicateIds));
  }

  @ResolveField(() => [TenantModel], { description: 'every tenant credited, the merged ones included' })
  async reporters(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel[]> {
    const reporters = await reportersLoader(loaders, this.duplicatesService).load(finding.id);
    const tenants = await tenantLoader(loaders, this.tenants).loadMany(
      reporters?.tenantIds ?? [finding.tenantId],
    );
    return tenants.flatMap((tenant) =>
      tenant && !(tenant instanceof Error) ? [TenantModel.from(tenant)] : [],
    );
  }

  @ResolveField(() => FindingModel, {
    nullable: true,
    description: 'set on a MERGED finding: the one that stands for it (null when you may not see it)',
  })
  async canonical(
    @Parent() finding: FindingModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<FindingModel | null> {
    const lineage = await lineageLoader(loaders, this.duplicatesService).load(finding.id);
    if (!lineage?.canonicalId) {
      return null;
    }
    const canonical = await findingLoader(loaders, this.findingsService).load(lineage.canonicalId);
    return canonical && this.findingsService.canSee(caller, canonical) ? FindingModel.from(canonical) : null;
  }

  @ResolveField(() => Boolean, {
    description: '屡改屡犯: the same problem was closed before for the same department',
  })
  async recurrence(@Parent() finding: FindingModel, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await lineageLoader(loaders, this.duplicatesService).load(finding.id))?.recurrence ?? false;
  }
}
