import { Module } from '@nestjs/common';
import { HandoffsModule } from './handoffs.module';
import { HandoffsProcessor } from './jobs/handoffs.processor';

@Module({
  imports: [HandoffsModule],
  providers: [HandoffsProcessor],
  exports: [HandoffsProcessor, HandoffsModule],
})
export class HandoffsJobsModule {}
