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
  ExtensionRequestEntity,
  LookBackEntity,
  TransferRequestEntity,
} from './handoff-depth.entity';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';
import { HandoffsService } from './handoffs.service';
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
];

@Module({
  imports: [TypeOrmModule.forFeature(handoffsEntities), FindingsModule, QueueModule],
  providers: [HandoffsRepository, HandoffsService, NotificationsService],
  exports: [HandoffsRepository, HandoffsService, NotificationsService, FindingsModule],
})
export class HandoffsModule {}
