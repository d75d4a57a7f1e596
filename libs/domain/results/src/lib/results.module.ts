import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@liandong/files';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { DocumentCiter } from './documents/document-citer';
import { DocumentsRepository } from './documents/documents.repository';
import { DocumentsService } from './documents/documents.service';
import { GeneratedDocumentEntity } from './documents/generated-document.entity';
import { ReportDeliveryEntity } from './documents/report-delivery.entity';
import { UnifiedTargetsOnly } from './documents/unified-targets-only';
import { INDICATOR_STANDINGS } from './indicator-standings';

export const resultsEntities = [GeneratedDocumentEntity, ReportDeliveryEntity];

/**
 * What the work shows at the end (监出结果、督出成效): letters and reports as documents, the unified effect's
 * indicators target against actual, and what is disclosed to the public.
 */
@Module({
  imports: [TypeOrmModule.forFeature(resultsEntities), HandoffsModule, TenancyModule, FilesModule],
  providers: [
    DocumentsRepository,
    DocumentsService,
    DocumentCiter,
    UnifiedTargetsOnly,
    { provide: INDICATOR_STANDINGS, useExisting: UnifiedTargetsOnly },
  ],
  exports: [DocumentsService],
})
export class ResultsModule {}
