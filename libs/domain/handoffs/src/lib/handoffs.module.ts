import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingsModule } from '@liandong/findings';
import { QueueModule } from '@liandong/queue';
import {
  EscalationEntity,
  NotificationEntity,
  RectificationReportEntity,
  VerificationEntity,
} from './handoff-records.entity';
import {
  CalendarOverrideEntity,
  EscalationLadderEntity,
  EvaluationEntity,
  HandoffMilestoneEntity,
  ExtensionRequestEntity,
  LookBackEntity,
  TransferRequestEntity,
} from './handoff-depth.entity';
import { CalendarOverrideRepository } from './calendar/calendar-override.repository';
import { CalendarService } from './calendar/calendar.service';
import { HandoffRequestsService } from './handoff-requests.service';
import { EscalationsService } from './escalations/escalations.service';
import { EvaluationsService } from './evaluations/evaluations.service';
import { HandoffEntity } from './handoff.entity';
import { HandoffTransitions } from './handoff-transitions';
import { HandoffsRepository } from './handoffs.repository';
import { HandoffsService } from './handoffs.service';
import { LedgerRepository } from './ledger/ledger.repository';
import { LedgerService } from './ledger/ledger.service';
import { LookBacksService } from './look-backs/look-backs.service';
import { NotificationsService } from './notifications.service';

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

@Module({
  imports: [TypeOrmModule.forFeature(handoffsEntities), FindingsModule, QueueModule],
  providers: [
    HandoffTransitions,
    HandoffsRepository,
    HandoffsService,
    EscalationsService,
    NotificationsService,
    EvaluationsService,
    LookBacksService,
    HandoffRequestsService,
    LedgerRepository,
    LedgerService,
    CalendarOverrideRepository,
    CalendarService,
  ],
  exports: [
    HandoffTransitions,
    HandoffsRepository,
    HandoffsService,
    EscalationsService,
    NotificationsService,
    EvaluationsService,
    LookBacksService,
    HandoffRequestsService,
    LedgerRepository,
    LedgerService,
    CalendarService,
    FindingsModule,
  ],
})
export class HandoffsModule {}
