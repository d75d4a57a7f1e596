import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@liandong/config';
import { DatabaseModule } from '@liandong/db';
import { HandoffsJobsModule } from '@liandong/handoffs';
import { LoggingModule, LoggingOptions } from '@liandong/logging';
import { Clock, ClockModule } from '@liandong/time';
import { WorkerHost } from './worker-host';

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot('liandong-worker'), HandoffsJobsModule],
  providers: [WorkerHost],
})
export class WorkerModule {
  static forRoot(clock?: Clock, logging: LoggingOptions = { name: 'liandong-worker' }): DynamicModule {
    return { module: WorkerModule, imports: [ClockModule.forRoot(clock), LoggingModule.forRoot(logging)] };
  }
}
