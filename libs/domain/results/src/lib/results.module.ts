import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@liandong/files';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { DisclosureEntity } from './disclosure/disclosure.entity';
import { DisclosureRepository } from './disclosure/disclosure.repository';
import { DisclosureSubjects } from './disclosure/disclosure-subjects';
import { DisclosuresService } from './disclosure/disclosures.service';
import { DocumentCiter } from './documents/document-citer';
import { DocumentsRepository } from './documents/documents.repository';
import { DocumentsService } from './documents/documents.service';
import { GeneratedDocumentEntity } from './documents/generated-document.entity';
import { ReportDeliveryEntity } from './documents/report-delivery.entity';
import { INDICATOR_STANDINGS } from './indicator-standings';
import { IndicatorValueEntity } from './indicators/indicator-value.entity';
import { IndicatorsRepository } from './indicators/indicators.repository';
import { IndicatorsService } from './indicators/indicators.service';

export const resultsEntities = [
  DisclosureEntity,
  GeneratedDocumentEntity,
  IndicatorValueEntity,
  ReportDeliveryEntity,
];

/**
 * What the work shows at the end (监出结果、督出成效): letters and reports as documents, the unified effect's
 * indicators target against actual, and what is disclosed to the public.
 */
@Module({
  imports: [TypeOrmModule.forFeature(resultsEntities), FilesModule, HandoffsModule, TenancyModule],
  providers: [
    DisclosureRepository,
    DisclosureSubjects,
    DisclosuresService,
    DocumentsRepository,
    DocumentsService,
    DocumentCiter,
    IndicatorsRepository,
    IndicatorsService,
    // The project report reads the indicators through this seam, so documents need not know how they are kept.
    { provide: INDICATOR_STANDINGS, useExisting: IndicatorsService },
  ],
  exports: [DisclosuresService, DocumentsService, IndicatorsService, INDICATOR_STANDINGS],
})
export class ResultsModule {}
