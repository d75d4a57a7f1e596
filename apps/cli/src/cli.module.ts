import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { ConfigModule } from '@liandong/config';
import { DatabaseModule } from '@liandong/db';
import { HandoffsModule } from '@liandong/handoffs';
import { ProgressModule } from '@liandong/progress';

/** Every entity and service, no HTTP and no queue workers: for migrations, seeds and the demo year. */
@Module({
  imports: [ConfigModule, DatabaseModule.forRoot('liandong-cli'), AuthModule, HandoffsModule, ProgressModule],
})
export class CliModule {}
