import { Module } from '@nestjs/common';
import { AnnualPlanResolver } from './annual-plans/annual-plans.resolver';
import { PlanItemResolver } from './annual-plans/plan-items.resolver';
import { ProjectPlanItemResolver } from './annual-plans/project-plan-item.resolver';
import { AssignmentClosingResolver } from './assignments/assignment-closing.resolver';
import { AssignmentResolver } from './assignments/assignments.resolver';
import { OwnSupervisionResolver } from './assignments/own-supervision.resolver';
import { FiveUnificationsResolver } from './joint-projects/five-unifications.resolver';
import { JointProjectVersionsResolver } from './joint-projects/joint-project-versions.resolver';
import { JointProjectResolver } from './joint-projects/joint-projects.resolver';
import { AssignmentLocalPlanResolver } from './local-plans/assignment-local-plan.resolver';
import { LocalPlanResolver } from './local-plans/local-plans.resolver';
import { MethodsResolver } from './methods/methods.resolver';
import { MilestonesResolver } from './milestones/milestones.resolver';
import { PlansModule } from './plans.module';

@Module({
  imports: [PlansModule],
  providers: [
    MethodsResolver,
    JointProjectResolver,
    JointProjectVersionsResolver,
    FiveUnificationsResolver,
    AssignmentResolver,
    AssignmentClosingResolver,
    OwnSupervisionResolver,
    MilestonesResolver,
    AnnualPlanResolver,
    PlanItemResolver,
    ProjectPlanItemResolver,
    LocalPlanResolver,
    AssignmentLocalPlanResolver,
  ],
})
export class PlansApiModule {}
