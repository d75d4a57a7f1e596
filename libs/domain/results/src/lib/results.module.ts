import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { DisclosureEntity } from './disclosure/disclosure.entity';
import { DisclosureRepository } from './disclosure/disclosure.repository';
import { DisclosureSubjects } from './disclosure/disclosure-subjects';
import { DisclosuresService } from './disclosure/disclosures.service';

export const resultsEntities = [DisclosureEntity];

/**
 * What the work shows at the end (监出结果、督出成效): letters and reports as documents, the unified effect's
 * indicators target against actual, and what is disclosed to the public.
 */
@Module({
  imports: [TypeOrmModule.forFeature(resultsEntities), HandoffsModule, TenancyModule],
  providers: [DisclosureRepository, DisclosureSubjects, DisclosuresService],
  exports: [DisclosuresService],
})
export class ResultsModule {}
