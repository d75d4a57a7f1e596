import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingsModule } from '@liandong/findings';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { ExpertAssignmentEntity } from './experts/expert-assignment.entity';
import { ExpertConflictEntity } from './experts/expert-conflict.entity';
import { ExpertOpinionEntity } from './experts/expert-opinion.entity';
import { ExpertEntity } from './experts/expert.entity';
import { ExpertsRepository } from './experts/experts.repository';
import { ExpertsService } from './experts/experts.service';

import { DeputiesRepository } from './deputies/deputies.repository';
import { DeputiesService } from './deputies/deputies.service';
import { DeputyEntity } from './deputies/deputy.entity';
import { DeputyParticipationEntity } from './participation/deputy-participation.entity';
import { ParticipationRepository } from './participation/participation.repository';
import { ParticipationService } from './participation/participation.service';

export const peopleEntities: Function[] = [
  DeputyEntity,
  DeputyParticipationEntity,
  ExpertEntity,
  ExpertConflictEntity,
  ExpertAssignmentEntity,
  ExpertOpinionEntity,
];

/**
 * The people who supervise beside the congress staff: deputies of all five levels (代表名册) and the expert
 * pool (专家库), and the record of who took part in which activity, verification or appraisal.
 */
@Module({
  imports: [TypeOrmModule.forFeature(peopleEntities), FindingsModule, HandoffsModule, TenancyModule],
  providers: [
    DeputiesRepository,
    DeputiesService,
    ParticipationRepository,
    ParticipationService,
    ExpertsRepository,
    ExpertsService,
  ],
  exports: [DeputiesService, ParticipationService, ExpertsService],
})
export class PeopleModule {}
