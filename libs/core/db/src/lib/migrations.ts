import { Extensions1764300000000 } from './migrations/1764300000000-extensions';
import { Initial1795873825252 } from './migrations/1795873825252-initial';
import { TenantPathIndexes1795873900000 } from './migrations/1795873900000-tenant-path-indexes';
import { FindingsInDepth1795877515274 } from './migrations/1795877515274-findings-in-depth';
import { HandoffsInDepth1795879899551 } from './migrations/1795879899551-handoffs-in-depth';
import { HandoffMilestones1795880769803 } from './migrations/1795880769803-handoff-milestones';
import { PlansInDepth1795876976946 } from './migrations/1795876976946-plans-in-depth';
import { RowLevelSecurity1795900000000 } from './migrations/1795900000000-row-level-security';
import { AuditTrail1795900100000 } from './migrations/1795900100000-audit-trail';
import { ReviewersVisible1795900200000 } from './migrations/1795900200000-reviewers-visible';
import { AuthSessions1795890000000 } from './migrations/1795890000000-auth-sessions';
import { Organisation1796457078227 } from './migrations/1796457078227-organisation';
import { CommitteeNotifications1796459300000 } from './migrations/1796459300000-committee-notifications';
import { PlanItemStatus1796500000000 } from './migrations/1796500000000-plan-item-status';
import { AssignmentClosing1796500100000 } from './migrations/1796500100000-assignment-closing';
import { SessionsAndOpinions1796500200000 } from './migrations/1796500200000-sessions-and-opinions';
import { ReportEvidenceAndVerification1796600000000 } from './migrations/1796600000000-report-evidence-and-verification';
import { GeneratedDocuments1796600100000 } from './migrations/1796600100000-generated-documents';
import { IndicatorValues1796600200000 } from './migrations/1796600200000-indicator-values';
import { Disclosures1796600300000 } from './migrations/1796600300000-disclosures';
import { Appraisals1796700000000 } from './migrations/1796700000000-appraisals';
import { Referrals1796700100000 } from './migrations/1796700100000-referrals';
import { Deputies1796700200000 } from './migrations/1796700200000-deputies';
import { Experts1796700300000 } from './migrations/1796700300000-experts';
import { ProgressTallies1796800000000 } from './migrations/1796800000000-progress-tallies';
import { AuditHeadPerTransaction1796800100000 } from './migrations/1796800100000-audit-head-per-transaction';
import { OutboxWake1796800200000 } from './migrations/1796800200000-outbox-wake';
import { EscalationCounts1796800300000 } from './migrations/1796800300000-escalation-counts';
import { OutboxCompletion1796800400000 } from './migrations/1796800400000-outbox-completion';

/** Every migration, in order. `liandong generate-migration` writes new ones; list them here. */
export const migrations = [
  Extensions1764300000000,
  Initial1795873825252,
  TenantPathIndexes1795873900000,
  PlansInDepth1795876976946,
  FindingsInDepth1795877515274,
  HandoffsInDepth1795879899551,
  HandoffMilestones1795880769803,
  RowLevelSecurity1795900000000,
  AuditTrail1795900100000,
  ReviewersVisible1795900200000,
  AuthSessions1795890000000,
  Organisation1796457078227,
  CommitteeNotifications1796459300000,
  PlanItemStatus1796500000000,
  AssignmentClosing1796500100000,
  SessionsAndOpinions1796500200000,
  ReportEvidenceAndVerification1796600000000,
  GeneratedDocuments1796600100000,
  IndicatorValues1796600200000,
  Disclosures1796600300000,
  Appraisals1796700000000,
  Referrals1796700100000,
  Deputies1796700200000,
  Experts1796700300000,
  ProgressTallies1796800000000,
  AuditHeadPerTransaction1796800100000,
  OutboxWake1796800200000,
  EscalationCounts1796800300000,
  OutboxCompletion1796800400000,
];
