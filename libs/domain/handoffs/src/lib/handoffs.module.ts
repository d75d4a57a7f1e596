import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingsModule } from '@liandong/findings';
import { QueueModule } from '@liandong/queue';
import { CalendarOverrideEntity } from './calendar/calendar-override.entity';
import { CalendarOverrideRepository } from './calendar/calendar-override.repository';
import { CalendarService } from './calendar/calendar.service';
import { EscalationLadderEntity } from './escalations/escalation-ladder.entity';
import { EscalationEntity } from './escalations/escalation.entity';
import { EscalationsService } from './escalations/escalations.service';
import { EvaluationEntity } from './evaluations/evaluation.entity';
import { EvaluationsService } from './evaluations/evaluations.service';
import { ExtensionRequestEntity } from './extensions/extension-request.entity';
import { ExtensionsService } from './extensions/extensions.service';
import { HandoffTransitions } from './handoff-transitions';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';
import { HandoffsService } from './handoffs.service';
import { LedgerRepository } from './ledger/ledger.repository';
import { LedgerService } from './ledger/ledger.service';
import { LookBackEntity } from './look-backs/look-back.entity';
import { LookBacksService } from './look-backs/look-backs.service';
import { HandoffMilestoneEntity } from './milestones/handoff-milestone.entity';
import { MilestonesService } from './milestones/milestones.service';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationsService } from './notifications/notifications.service';
import { RectificationReportEntity } from './rectification/rectification-report.entity';
import { VerificationEntity } from './rectification/verification.entity';
import { TransferRequestEntity } from './transfers/transfer-request.entity';
import { TransfersService } from './transfers/transfers.service';

/** Every table of the lib: the handoff and the records of its life. */
export const handoffsEntities = [
  HandoffEntity,
  RectificationReportEntity,
  VerificationEntity,
  EscalationEntity,
  NotificationEntity,
  ExtensionRequestEntity,
  TransferRequestEntity,
  EvaluationEntity,
  LookBackEntity,
  CalendarOverrideEntity,
  EscalationLadderEntity,
  HandoffMilestoneEntity,
];

const services = [
  HandoffTransitions,
  HandoffsRepository,
  HandoffsService,
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
];

@Module({
  imports: [TypeOrmModule.forFeature(handoffsEntities), FindingsModule, QueueModule],
  providers: [...services, CalendarOverrideRepository],
  exports: [...services, FindingsModule],
})
export class HandoffsModule {}
