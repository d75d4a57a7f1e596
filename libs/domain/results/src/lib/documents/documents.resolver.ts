import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { parseId } from '@liandong/errors';
import { HandoffModel } from '@liandong/handoffs';
import { JointProjectModel } from '@liandong/plans';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { LetterKind } from './document-kind';
import { DocumentsService } from './documents.service';
import { GeneratedDocumentModel } from './dto/generated-document.model';
import { ReportDeliveryInput } from './dto/report-delivery.input';
import { ReportDeliveryModel } from './dto/report-delivery.model';
import { GeneratedDocumentEntity } from './generated-document.entity';

function model(entity: GeneratedDocumentEntity): GeneratedDocumentModel {
  const file = entity.file ?? { name: `${entity.number}.docx`, mime: '', size: 0 };
  return GeneratedDocumentModel.from(entity, file);
}

@Resolver(() => GeneratedDocumentModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Mutation(() => GeneratedDocumentModel, {
    description: '生成交办函 / 督办函 (.docx; the handing-over tier only; a new version each time)',
  })
  async generateHandoffLetter(
    @CurrentCaller() caller: Caller,
    @Args('handoffId', { type: () => ID }) handoffId: string,
    @Args('kind', { type: () => LetterKind }) kind: LetterKind,
    @Args('escalationId', {
      type: () => ID,
      nullable: true,
      description: '督办函: the escalation it presses for',
    })
    escalationId?: string | null,
  ): Promise<GeneratedDocumentModel> {
    return model(
      await this.documents.generateLetter(
        caller,
        parseId(handoffId, 'handoffId'),
        kind,
        escalationId ? parseId(escalationId, 'escalationId') : null,
      ),
    );
  }

  @Mutation(() => GeneratedDocumentModel, {
    description: '生成联动监督成果报告 (.docx) over the caller’s node, or a node of its subtree',
  })
  async generateProjectReport(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string | null,
  ): Promise<GeneratedDocumentModel> {
    return model(
      await this.documents.generateReport(
        caller,
        parseId(projectId, 'projectId'),
        scopeTenantId ? parseId(scopeTenantId, 'scopeTenantId') : null,
      ),
    );
  }

  @Mutation(() => ReportDeliveryModel, { description: '登记成果报告的报送 (the report’s author tier)' })
  async recordReportDelivery(
    @CurrentCaller() caller: Caller,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('input', { type: () => ReportDeliveryInput }) input: ReportDeliveryInput,
  ): Promise<ReportDeliveryModel> {
    return ReportDeliveryModel.from(
      await this.documents.recordDelivery(caller, parseId(documentId, 'documentId'), input),
    );
  }

  @Mutation(() => ReportDeliveryModel, { description: '登记报送后的反馈 (once per delivery)' })
  async recordReportFeedback(
    @CurrentCaller() caller: Caller,
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
    @Args('feedback') feedback: string,
    @Args('receivedOn', { description: '反馈日期 (YYYY-MM-DD)' }) receivedOn: string,
  ): Promise<ReportDeliveryModel> {
    return ReportDeliveryModel.from(
      await this.documents.recordFeedback(caller, parseId(deliveryId, 'deliveryId'), feedback, receivedOn),
    );
  }

  @ResolveField(() => [ReportDeliveryModel], { description: '报送与反馈 (result reports)' })
  async deliveries(
    @Parent() document: GeneratedDocumentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReportDeliveryModel[]> {
    const rows = await loaders
      .grouped(
        'document-deliveries',
        (ids) => this.documents.deliveriesOf(ids),
        (row) => row.documentId,
      )
      .load(document.id);
    return rows.map(ReportDeliveryModel.from);
  }
}

@Resolver(() => HandoffModel)
export class HandoffLettersResolver {
  constructor(private readonly documents: DocumentsService) {}

  @ResolveField(() => [GeneratedDocumentModel], {
    description:
      '函件: 交办函 and 督办函, every version, newest first; read by the handing-over tier, those above it and the unit',
  })
  async letters(
    @CurrentCaller() caller: Caller,
    @Parent() handoff: HandoffModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<GeneratedDocumentModel[]> {
    const rows = await loaders
      .grouped(
        'handoff-letters',
        (ids) => this.documents.lettersOf(ids),
        (row) => row.handoffId ?? '',
      )
      .load(handoff.id);
    return (await this.documents.visible(caller, rows)).map(model);
  }
}

@Resolver(() => JointProjectModel)
export class ProjectReportsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @ResolveField(() => [GeneratedDocumentModel], {
    description: '成果报告: every version, newest first; read by the tier that wrote it and those above it',
  })
  async resultReports(
    @CurrentCaller() caller: Caller,
    @Parent() project: JointProjectModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<GeneratedDocumentModel[]> {
    const rows = await loaders
      .grouped(
        'project-result-reports',
        (ids) => this.documents.reportsOf(ids),
        (row) => row.projectId ?? '',
      )
      .load(project.id);
    return (await this.documents.visible(caller, rows)).map(model);
  }
}
