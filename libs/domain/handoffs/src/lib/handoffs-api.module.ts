import { Module } from '@nestjs/common';
import { CalendarResolver } from './calendar/calendar.resolver';
import { EscalationResolver, HandoffRequestsResolver } from './handoff-requests.resolver';
import { EvaluationsResolver, HandoffEvaluationsResolver } from './evaluations/evaluations.resolver';
import { HandoffsModule } from './handoffs.module';
import { FindingHandoffResolver, HandoffsResolver, NotificationsResolver } from './handoffs.resolver';
import { LookBacksResolver } from './look-backs/look-backs.resolver';
import { LedgerExcelController } from './ledger/ledger-excel.controller';
import { LedgerExportService } from './ledger/ledger-export.service';
import { LedgerResolver } from './ledger/ledger.resolver';

@Module({
  imports: [HandoffsModule],
  providers: [
    HandoffsResolver,
    FindingHandoffResolver,
    NotificationsResolver,
    EvaluationsResolver,
    HandoffEvaluationsResolver,
    LookBacksResolver,
    HandoffRequestsResolver,
    EscalationResolver,
    LedgerResolver,
    LedgerExportService,
    CalendarResolver,
  ],
  controllers: [LedgerExcelController],
})
export class HandoffsApiModule {}
