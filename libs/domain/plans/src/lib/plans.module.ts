import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from '@liandong/tenancy';
import { AnnualPlanTransitions } from './annual-plans/annual-plan-transitions';
import { AnnualPlanEntity } from './annual-plans/annual-plan.entity';
import { AnnualPlansRepository } from './annual-plans/annual-plans.repository';
import { AnnualPlansService } from './annual-plans/annual-plans.service';
import { PlanItemEntity } from './annual-plans/plan-item.entity';
import { PlanItemTransitions } from './annual-plans/plan-item-transitions';
import { AssignmentClosingService } from './assignments/assignment-closing.service';
import { AssignmentTransitions } from './assignments/assignment-transitions';
import { AssignmentEntity } from './assignments/assignment.entity';
import { OwnSupervisionService } from './assignments/own-supervision.service';
import { JointProjectVersionEntity } from './joint-projects/joint-project-version.entity';
import { JointProjectEntity } from './joint-projects/joint-project.entity';
import { PlansRepository } from './joint-projects/plans.repository';
import { PlansService } from './joint-projects/plans.service';
import { LocalPlanDecisionEntity } from './local-plans/local-plan-decision.entity';
import { LocalPlanTransitions } from './local-plans/local-plan-transitions';
import { LocalPlanEntity } from './local-plans/local-plan.entity';
import { LocalPlansRepository } from './local-plans/local-plans.repository';
import { LocalPlansService } from './local-plans/local-plans.service';
import { MethodsRepository } from './methods/methods.repository';
import { MethodsService } from './methods/methods.service';
import { SupervisionMethodEntity } from './methods/supervision-method.entity';
import { AssignmentMilestoneEntity } from './milestones/assignment-milestone.entity';
import { MilestonesRepository } from './milestones/milestones.repository';
import { MilestonesService } from './milestones/milestones.service';

/** Every table of the plans library; the migrations and the drift check see them through this module. */
export const plansEntities = [
  SupervisionMethodEntity,
  JointProjectEntity,
  JointProjectVersionEntity,
  AssignmentEntity,
  AnnualPlanEntity,
  PlanItemEntity,
  LocalPlanEntity,
  LocalPlanDecisionEntity,
  AssignmentMilestoneEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(plansEntities), TenancyModule],
  providers: [
    MethodsRepository,
    MethodsService,
    AssignmentTransitions,
    PlansRepository,
    PlansService,
    MilestonesRepository,
    MilestonesService,
    AnnualPlanTransitions,
    AnnualPlansRepository,
    AnnualPlansService,
    PlanItemTransitions,
    LocalPlanTransitions,
    LocalPlansRepository,
    LocalPlansService,
    AssignmentClosingService,
    OwnSupervisionService,
  ],
  exports: [
    MethodsService,
    AssignmentTransitions,
    PlansRepository,
    PlansService,
    MilestonesService,
    AnnualPlanTransitions,
    AnnualPlansRepository,
    AnnualPlansService,
    PlanItemTransitions,
    LocalPlanTransitions,
    LocalPlansRepository,
    LocalPlansService,
    AssignmentClosingService,
    OwnSupervisionService,
    TenancyModule,
  ],
})
export class PlansModule {}
