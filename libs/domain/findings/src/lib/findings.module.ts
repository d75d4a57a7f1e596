import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlansModule } from '@liandong/plans';
import { ActivitiesRepository } from './activities/activities.repository';
import { ActivitiesService } from './activities/activities.service';
import { ActivityEntity } from './activities/activity.entity';
import { DuplicatesRepository } from './duplicates/duplicates.repository';
import { DuplicatesService } from './duplicates/duplicates.service';
import { RecurrenceService } from './duplicates/recurrence.service';
import { EvidenceFileEntity } from './evidence/evidence-file.entity';
import { FindingEvidenceEntity } from './evidence/finding-evidence.entity';
import { EvidenceCiters } from './evidence/evidence-citers';
import { EvidenceRepository } from './evidence/evidence.repository';
import { FindingReviewEntity } from './findings/finding-review.entity';
import { FindingSubmissionEntity } from './findings/finding-submission.entity';
import { FindingSubmissionService } from './findings/finding-submission.service';
import { FindingTransitions } from './findings/finding-transitions';
import { FindingEntity } from './findings/finding.entity';
import { FindingsRepository } from './findings/findings.repository';
import { FindingsService } from './findings/findings.service';

export const findingsEntities = [
  FindingEntity,
  FindingReviewEntity,
  FindingSubmissionEntity,
  ActivityEntity,
  EvidenceFileEntity,
  FindingEvidenceEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(findingsEntities), PlansModule],
  providers: [
    FindingTransitions,
    FindingsRepository,
    FindingSubmissionService,
    FindingsService,
    EvidenceRepository,
    EvidenceCiters,
    ActivitiesRepository,
    ActivitiesService,
    DuplicatesRepository,
    DuplicatesService,
    RecurrenceService,
  ],
  exports: [
    FindingTransitions,
    FindingsRepository,
    FindingSubmissionService,
    FindingsService,
    EvidenceRepository,
    EvidenceCiters,
    ActivitiesService,
    DuplicatesRepository,
    DuplicatesService,
    RecurrenceService,
    PlansModule,
  ],
})
export class FindingsModule {}
