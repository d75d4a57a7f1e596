import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from '@liandong/tenancy';
import { AnnualPlanEntity, PlanItemEntity } from './annual-plan.entity';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentMilestoneEntity, LocalPlanDecisionEntity, LocalPlanEntity } from './local-plan.entity';
import { JointProjectVersionEntity } from './joint-project-version.entity';
import { JointProjectEntity } from './joint-project.entity';
import { AnnualPlansRepository } from './annual-plans.repository';
import { AnnualPlansService } from './annual-plans.service';
import { AssignmentTransitions } from './assignment-transitions';
import { LocalPlanTransitions } from './local-plan-transitions';
import { LocalPlansRepository } from './local-plans.repository';
import { LocalPlansService } from './local-plans.service';
import { MethodsService } from './methods.service';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { SupervisionMethodEntity } from './supervision-method.entity';

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
    AssignmentTransitions,
    LocalPlanTransitions,
    PlansRepository,
    PlansService,
    AnnualPlansRepository,
    AnnualPlansService,
    LocalPlansRepository,
    LocalPlansService,
    MethodsService,
  ],
  exports: [
    AssignmentTransitions,
    LocalPlanTransitions,
    PlansRepository,
    PlansService,
    AnnualPlansRepository,
    AnnualPlansService,
    LocalPlansRepository,
    LocalPlansService,
    MethodsService,
    TenancyModule,
  ],
})
export class PlansModule {}
