import { Module } from '@nestjs/common';
import { InspectedQueues } from './inspected-queues';

@Module({ providers: [InspectedQueues], exports: [InspectedQueues] })
export class QueueInspectionModule {}
