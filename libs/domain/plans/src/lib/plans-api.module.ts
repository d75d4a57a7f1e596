import { Module } from '@nestjs/common';
import { PlansModule } from './plans.module';
import {
  AnnualPlanResolver,
  AssignmentDepthResolver,
  JointProjectVersionsResolver,
  LocalPlanResolver,
  PlanItemResolver,
} from './plans-in-depth.resolver';
import { AssignmentResolver, FiveUnificationsResolver, JointProjectResolver } from './plans.resolver';

@Module({
  imports: [PlansModule],
  providers: [
    JointProjectResolver,
    FiveUnificationsResolver,
    AssignmentResolver,
    AnnualPlanResolver,
    PlanItemResolver,
    JointProjectVersionsResolver,
    AssignmentDepthResolver,
    LocalPlanResolver,
  ],
})
export class PlansApiModule {}
