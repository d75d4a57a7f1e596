import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { HandoffsModule } from '@liandong/handoffs';

/** The office's own organisation: its responsible units, its committees and its staff accounts. */
@Module({
  imports: [AuthModule, HandoffsModule],
  providers: [],
  exports: [],
})
export class OrganisationModule {}
