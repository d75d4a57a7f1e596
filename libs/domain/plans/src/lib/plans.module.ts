import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from '@liandong/tenancy';
import { AssignmentEntity } from './assignment.entity';
import { JointProjectVersionEntity } from './joint-project-version.entity';
import { JointProjectEntity } from './joint-project.entity';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { SupervisionMethodEntity } from './supervision-method.entity';

export const plansEntities = [
  SupervisionMethodEntity,
  JointProjectEntity,
  JointProjectVersionEntity,
  AssignmentEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(plansEntities), TenancyModule],
  providers: [PlansRepository, PlansService],
  exports: [PlansRepository, PlansService, TenancyModule],
})
export class PlansModule {}
