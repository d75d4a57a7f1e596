import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { ActivitiesResolver, FindingReviewResolver, ReviewDecisionResolver } from './activities.resolver';
import { FindingsModule } from './findings.module';
import { FindingsResolver } from './findings.resolver';

@Module({
  imports: [FindingsModule, AuthModule],
  providers: [FindingsResolver, ActivitiesResolver, FindingReviewResolver, ReviewDecisionResolver],
})
export class FindingsApiModule {}
