import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { INDICATOR_STANDINGS } from './indicator-standings';
import { IndicatorValueEntity } from './indicators/indicator-value.entity';
import { IndicatorsRepository } from './indicators/indicators.repository';
import { IndicatorsService } from './indicators/indicators.service';
import { DisclosureEntity } from './disclosure/disclosure.entity';
import { DisclosureRepository } from './disclosure/disclosure.repository';
import { DisclosureSubjects } from './disclosure/disclosure-subjects';
import { DisclosuresService } from './disclosure/disclosures.service';

export const resultsEntities = [DisclosureEntity, IndicatorValueEntity];

/**
 * What the work shows at the end (监出结果、督出成效): letters and reports as documents, the unified effect's
 * indicators target against actual, and what is disclosed to the public.
 */
@Module({
  imports: [TypeOrmModule.forFeature(resultsEntities), HandoffsModule, TenancyModule],
  providers: [
    DisclosureRepository,
    DisclosureSubjects,
    DisclosuresService,
    IndicatorsRepository,
    IndicatorsService,
    { provide: INDICATOR_STANDINGS, useExisting: IndicatorsService },
  ],
  exports: [DisclosuresService, IndicatorsService, INDICATOR_STANDINGS],
})
export class ResultsModule {}
