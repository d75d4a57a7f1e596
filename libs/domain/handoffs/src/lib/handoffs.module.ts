import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingsModule } from '@liandong/findings';
import { QueueModule } from '@liandong/queue';
import {
  AppraisalEntity,
  AppraisalGroupEntity,
  AppraisalSubjectEntity,
  AppraisalVoteEntity,
} from './appraisals/appraisal.entity';
import { AppraisalsRepository } from './appraisals/appraisals.repository';
import { AppraisalsService } from './appraisals/appraisals.service';
import { CalendarOverrideEntity } from './calendar/calendar-override.entity';
import { CalendarOverrideRepository } from './calendar/calendar-override.repository';
import { CalendarService } from './calendar/calendar.service';
import { EscalationLadderEntity } from './escalations/escalation-ladder.entity';
import { EscalationEntity } from './escalations/escalation.entity';
import { EscalationsRepository } from './escalations/escalations.repository';
import { EscalationsService } from './escalations/escalations.service';
import { EvaluationEntity } from './evaluations/evaluation.entity';
import { EvaluationsRepository } from './evaluations/evaluations.repository';
import { EvaluationsService } from './evaluations/evaluations.service';
import { ExtensionRequestEntity } from './extensions/extension-request.entity';
import { ExtensionsRepository } from './extensions/extensions.repository';
import { ExtensionsService } from './extensions/extensions.service';
import { HandoffAccess } from './handoff-access';
import { HandoffTransitions } from './handoff-transitions';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';
import { HandoffsService } from './handoffs.service';
import { LedgerRepository } from './ledger/ledger.repository';
import { LedgerService } from './ledger/ledger.service';
import { LookBackEntity } from './look-backs/look-back.entity';
import { LookBacksRepository } from './look-backs/look-backs.repository';
import { LookBacksService } from './look-backs/look-backs.service';
import { HandoffMilestoneEntity } from './milestones/handoff-milestone.entity';
import { MilestonesRepository } from './milestones/milestones.repository';
import { MilestonesService } from './milestones/milestones.service';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationsRepository } from './notifications/notifications.repository';
import { NotificationsService } from './notifications/notifications.service';
import { RectificationReportEntity } from './rectification/rectification-report.entity';
import { RectificationRepository } from './rectification/rectification.repository';
import { ReportEvidenceCiter } from './rectification/report-evidence-citer';
import { ReportEvidenceEntity } from './rectification/report-evidence.entity';
import { VerificationResultEntity } from './rectification/verification-result.entity';
import { VerificationEntity } from './rectification/verification.entity';
import { VerificationsService } from './rectification/verifications.service';
import { CollaboratingBodyEntity } from './referrals/collaborating-body.entity';
import { ReferralEntity } from './referrals/referral.entity';
import { ReferralsRepository } from './referrals/referrals.repository';
import { ReferralsService } from './referrals/referrals.service';
import { TransferRequestEntity } from './transfers/transfer-request.entity';
import { TransfersRepository } from './transfers/transfers.repository';
import { TransfersService } from './transfers/transfers.service';
import { ReviewOpinionEntity } from './sessions/review-opinion.entity';
import { ReviewOpinionsService } from './sessions/review-opinions.service';
import { SessionReportEntity } from './sessions/session-report.entity';
import { SessionEntity } from './sessions/session.entity';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';

/** Every table of the lib: the ledger item (handoff), the records of its life, and the sessions that send items. */
export const handoffsEntities = [
  HandoffEntity,
  RectificationReportEntity,
  VerificationEntity,
  ReportEvidenceEntity,
  VerificationResultEntity,
  EscalationEntity,
  NotificationEntity,
  ExtensionRequestEntity,
  TransferRequestEntity,
  EvaluationEntity,
  LookBackEntity,
  CalendarOverrideEntity,
  EscalationLadderEntity,
  HandoffMilestoneEntity,
  SessionEntity,
  SessionReportEntity,
  ReviewOpinionEntity,
  AppraisalEntity,
  AppraisalSubjectEntity,
  AppraisalGroupEntity,
  AppraisalVoteEntity,
  CollaboratingBodyEntity,
  ReferralEntity,
];

const services = [
  HandoffTransitions,
  HandoffsRepository,
  HandoffsService,
  VerificationsService,
  EscalationsService,
  NotificationsService,
  EvaluationsService,
  LookBacksService,
  ExtensionsService,
  TransfersService,
  MilestonesService,
  LedgerRepository,
  LedgerService,
  CalendarService,
  SessionsService,
  ReviewOpinionsService,
  AppraisalsService,
  ReferralsService,
];

@Module({
  imports: [TypeOrmModule.forFeature(handoffsEntities), FindingsModule, QueueModule],
  providers: [
    ...services,
    HandoffAccess,
    RectificationRepository,
    ReportEvidenceCiter,
    NotificationsRepository,
    EscalationsRepository,
    ExtensionsRepository,
    TransfersRepository,
    MilestonesRepository,
    EvaluationsRepository,
    LookBacksRepository,
    CalendarOverrideRepository,
    SessionsRepository,
    AppraisalsRepository,
    ReferralsRepository,
  ],
  exports: [...services, RectificationRepository, FindingsModule],
})
export class HandoffsModule {}
