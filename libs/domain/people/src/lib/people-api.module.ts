import { Module } from '@nestjs/common';
import { TenancyModule } from '@liandong/tenancy';
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
  imports: [PeopleModule, TenancyModule],
  controllers: [DeputiesExcelController],
  providers: [
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
