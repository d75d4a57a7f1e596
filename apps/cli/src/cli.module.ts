import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { ConfigModule } from '@liandong/config';
import { DatabaseModule } from '@liandong/db';
import { HandoffsModule } from '@liandong/handoffs';
import { PeopleModule } from '@liandong/people';
import { ResultsModule } from '@liandong/results';
import { ProgressModule } from '@liandong/progress';
import { Clock, ClockModule } from '@liandong/time';

/** Every entity and service, no HTTP and no queue workers: for migrations, seeds and the demo year. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot('liandong-cli'),
    AuthModule,
    HandoffsModule,
    ProgressModule,
    ResultsModule,
    PeopleModule,
  ],
})
export class CliModule {
  /** The demo year passes a clock set to its own calendar; every other command runs on the system's. */
  static forRoot(clock?: Clock): DynamicModule {
    return { module: CliModule, imports: [ClockModule.forRoot(clock)] };
  }
}
