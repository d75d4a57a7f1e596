import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { AppraisalSubjectResolver, AppraisalsResolver } from './appraisals/appraisals.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { EscalationResolver, HandoffEscalationsResolver } from './escalations/escalations.resolver';
import { EvaluationsResolver, HandoffEvaluationsResolver } from './evaluations/evaluations.resolver';
import { ExtensionsResolver } from './extensions/extensions.resolver';
import { HandoffsModule } from './handoffs.module';
import { FindingHandoffResolver, HandoffsResolver, RectificationReportResolver } from './handoffs.resolver';
import { LedgerExcelController } from './ledger/ledger-excel.controller';
import { LedgerExportService } from './ledger/ledger-export.service';
import { LedgerResolver } from './ledger/ledger.resolver';
import { LookBacksResolver } from './look-backs/look-backs.resolver';
import { MilestonesResolver } from './milestones/milestones.resolver';
import { CommitteePressResolver } from './notifications/committee-press.resolver';
import { CommitteePressService } from './notifications/committee-press.service';
import { NotificationsResolver } from './notifications/notifications.resolver';
import {
  CollaboratingBodiesResolver,
  FindingReferralsResolver,
  HandoffReferralsResolver,
  ReferralsResolver,
} from './referrals/referrals.resolver';
import { TransfersResolver } from './transfers/transfers.resolver';
import { HandoffOpinionResolver, ReviewOpinionsResolver } from './sessions/review-opinions.resolver';
import { SessionReportResolver, SessionsResolver } from './sessions/sessions.resolver';

@Module({
  imports: [HandoffsModule, AuthModule],
  providers: [
    HandoffsResolver,
    FindingHandoffResolver,
    RectificationReportResolver,
    NotificationsResolver,
    EvaluationsResolver,
    HandoffEvaluationsResolver,
    LookBacksResolver,
    ExtensionsResolver,
    TransfersResolver,
    MilestonesResolver,
    HandoffEscalationsResolver,
    EscalationResolver,
    LedgerResolver,
    LedgerExportService,
    CalendarResolver,
    CommitteePressService,
    CommitteePressResolver,
    SessionsResolver,
    SessionReportResolver,
    ReviewOpinionsResolver,
    HandoffOpinionResolver,
    AppraisalsResolver,
    AppraisalSubjectResolver,
    CollaboratingBodiesResolver,
    ReferralsResolver,
    FindingReferralsResolver,
    HandoffReferralsResolver,
  ],
  controllers: [LedgerExcelController],
})
export class HandoffsApiModule {}
