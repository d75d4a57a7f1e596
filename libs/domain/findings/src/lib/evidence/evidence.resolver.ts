import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@liandong/tenancy';
import { FindingModel } from '../findings/dto/finding.model';
import { EvidenceModel } from './dto/evidence.model';
import { EvidenceFileView, EvidenceService } from './evidence.service';

/** Finding.evidence: the cited files in citation order, batched per request. */
@Resolver(() => FindingModel)
export class FindingEvidenceResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @ResolveField(() => [EvidenceModel])
  async evidence(
    @Parent() finding: FindingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EvidenceModel[]> {
    const loader = loaders.get(
      'finding-evidence',
      async (ids) => {
        const cited = await this.evidenceService.citedBy(ids);
        return ids.map((id) => ({ id, files: cited.get(id) ?? [] }));
      },
      (group) => group.id,
    );
    const files: Array<EvidenceFileView & { url: string }> = (await loader.load(finding.id))?.files ?? [];
    return files.map((file) => Object.assign(new EvidenceModel(), file));
  }
}
