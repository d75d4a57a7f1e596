import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { FilesModule } from '@liandong/files';
import { ActivitiesResolver } from './activities/activities.resolver';
import { FindingActivityResolver } from './activities/finding-activity.resolver';
import { DuplicatesResolver } from './duplicates/duplicates.resolver';
import { EvidenceController } from './evidence/evidence.controller';
import { FindingEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { FindingsExcelController } from './excel/findings-excel.controller';
import { FindingsExcelRepository } from './excel/findings-excel.repository';
import { FindingsImportService } from './excel/findings-import.service';
import { FindingsTemplateService } from './excel/findings-template.service';
import { ProblemListService } from './excel/problem-list.service';
import { FindingsModule } from './findings.module';
import { FindingsResolver } from './findings/findings.resolver';
import { ReviewDecisionResolver } from './findings/review-decision.resolver';

@Module({
  imports: [FindingsModule, AuthModule, FilesModule],
  controllers: [FindingsExcelController, EvidenceController],
  providers: [
    EvidenceService,
    FindingEvidenceResolver,
    FindingsResolver,
    ActivitiesResolver,
    FindingActivityResolver,
    ReviewDecisionResolver,
    DuplicatesResolver,
    FindingsExcelRepository,
    FindingsImportService,
    FindingsTemplateService,
    ProblemListService,
  ],
})
export class FindingsApiModule {}
