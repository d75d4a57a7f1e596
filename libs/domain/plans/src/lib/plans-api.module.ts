import { Module } from '@nestjs/common';
import { PlansModule } from './plans.module';
import { AssignmentResolver, FiveUnificationsResolver, JointProjectResolver } from './plans.resolver';

@Module({
  imports: [PlansModule],
  providers: [JointProjectResolver, FiveUnificationsResolver, AssignmentResolver],
})
export class PlansApiModule {}
