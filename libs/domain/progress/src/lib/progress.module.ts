import { Module } from '@nestjs/common';
import { HandoffsModule } from '@liandong/handoffs';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';

@Module({
  imports: [HandoffsModule],
  providers: [ProgressRepository, ProgressService],
  exports: [ProgressService, HandoffsModule],
})
export class ProgressModule {}
