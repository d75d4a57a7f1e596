import { Module } from '@nestjs/common';
import { FindingsModule } from '@liandong/findings';
import { TenancyModule } from '@liandong/tenancy';
import { ExpertOpinionCiter } from './experts/expert-opinion-citer';
import {
  ActivityExpertsResolver,
  ExpertAssignmentsResolver,
  ExpertOpinionsResolver,
  ExpertsResolver,
} from './experts/experts.resolver';
import { DeputiesResolver } from './deputies/deputies.resolver';
import { DeputiesExcelController } from './deputies/excel/deputies-excel.controller';
import { DeputiesImportService } from './deputies/excel/deputies-import.service';
import { DeputiesTemplateService } from './deputies/excel/deputies-template.service';
import {
  ActivityDeputiesResolver,
  AppraisalDeputiesResolver,
  DeputyParticipationsResolver,
  HandoffDeputiesResolver,
  ParticipationResolver,
} from './participation/participation.resolver';
import { PeopleModule } from './people.module';

/** The people's resolvers. */
@Module({
  imports: [PeopleModule, FindingsModule, TenancyModule],
  controllers: [DeputiesExcelController],
  providers: [
    ExpertsResolver,
    ExpertAssignmentsResolver,
    ExpertOpinionsResolver,
    ActivityExpertsResolver,
    ExpertOpinionCiter,
    DeputiesResolver,
    DeputiesImportService,
    DeputiesTemplateService,
    ParticipationResolver,
    DeputyParticipationsResolver,
    ActivityDeputiesResolver,
    AppraisalDeputiesResolver,
    HandoffDeputiesResolver,
  ],
})
export class PeopleApiModule {}
