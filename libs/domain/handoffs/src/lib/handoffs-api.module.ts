import { Module } from '@nestjs/common';
import { HandoffsModule } from './handoffs.module';
import { FindingHandoffResolver, HandoffsResolver, NotificationsResolver } from './handoffs.resolver';

@Module({
  imports: [HandoffsModule],
  providers: [HandoffsResolver, FindingHandoffResolver, NotificationsResolver],
})
export class HandoffsApiModule {}
