import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceModel, evidenceUrl } from '@liandong/findings';
import { DocumentKind } from '../document-kind';
import { GeneratedDocumentEntity } from '../generated-document.entity';

@ObjectType('GeneratedDocument', {
  description: '生成的文书 (交办函 / 督办函 / 成果报告), stored like evidence; each generation a new version',
})
export class GeneratedDocumentModel {
  @Field(() => ID) id!: string;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field({ description: '文号' }) number!: string;
  @Field(() => Int, { description: '1 for the first of its subject and kind; each regeneration adds one' })
  version!: number;
  @Field(() => EvidenceModel) file!: EvidenceModel;
  @Field({ description: 'GET this path with the bearer token (the file download route)' })
  downloadUrl!: string;
  @Field() generatedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'the escalation a 督办函 presses for' })
  escalationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'the node a result report covers' })
  scopeTenantId!: string | null;
  @Field(() => ID, { description: 'the tier that generated it, which alone records a report’s delivery' })
  authorTenantId!: string;

  static from(
    entity: GeneratedDocumentEntity,
    file: { name: string; mime: string; size: number },
  ): GeneratedDocumentModel {
    return Object.assign(new GeneratedDocumentModel(), {
      id: entity.id,
      kind: entity.kind,
      number: entity.number,
      version: entity.version,
      file: Object.assign(new EvidenceModel(), {
        sha256: entity.sha256,
        name: file.name,
        mime: file.mime,
        size: file.size,
        url: evidenceUrl(entity.sha256),
      }),
      downloadUrl: evidenceUrl(entity.sha256),
      generatedAt: entity.generatedAt,
      escalationId: entity.escalationId,
      scopeTenantId: entity.scopeTenantId,
      authorTenantId: entity.tenantId,
    });
  }
}
