import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@liandong/tenancy';
import { FindingModel } from '../dto/finding.model';
import { EvidenceFileView, EvidenceService } from './evidence.service';

@ObjectType('Evidence', { description: '证据材料 (download at `url` with the bearer token)' })
export class EvidenceModel {
  @Field() sha256!: string;
  @Field() name!: string;
  @Field() mime!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'GET this path with the bearer token' }) url!: string;
}

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
