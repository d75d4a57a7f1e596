import { Module } from '@nestjs/common';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';

/**
 * What the work shows at the end (监出结果、督出成效): letters and reports as documents, the unified effect's
 * indicators target against actual, and what is disclosed to the public.
 */
@Module({
  imports: [HandoffsModule, TenancyModule],
  providers: [],
  exports: [],
})
export class ResultsModule {}
