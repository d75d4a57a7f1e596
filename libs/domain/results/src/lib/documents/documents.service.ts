import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Db } from '@liandong/db';
import { AppException, parseInput, Said } from '@liandong/errors';
import { contentKey, FILE_STORE, FileStore } from '@liandong/files';
import { cleanFileName, EvidenceRepository, FindingEntity } from '@liandong/findings';
import { EscalationsService, HandoffEntity, HandoffsService, HandoffStatus } from '@liandong/handoffs';
import { JointProjectEntity, MethodsService, PlansService } from '@liandong/plans';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isDepartmentCaller,
  Permission,
  TENANT_LEVEL_NAMES,
  TenantEntity,
  TenantLevel,
  TenantRepository,
} from '@liandong/tenancy';
import { Clock, formatShanghai, shanghaiDay } from '@liandong/time';
import { createHash } from 'node:crypto';
import { INDICATOR_STANDINGS, IndicatorStandingsSource } from '../indicator-standings';
import { dayProblem, deliverySchema, feedbackSchema } from './delivery-rules';
import {
  DeliveryRecipient,
  DOCUMENT_KIND_NAMES,
  DocumentKind,
  LETTER_DOCUMENT,
  LetterKind,
} from './document-kind';
import { DOCX_MIME } from './docx-blocks';
import { DocumentsRepository } from './documents.repository';
import { GeneratedDocumentEntity } from './generated-document.entity';
import { issuingBody, LetterContent, renderLetter } from './letter-template';
import { ReportDeliveryEntity } from './report-delivery.entity';
import { renderReport, ReportContent } from './report-template';

const DOCUMENT: Said = { zh: '文书', en: 'Document' };
const DELIVERY: Said = { zh: '报送记录', en: 'Report delivery' };
const TENANT: Said = { zh: '人大机关', en: 'Tenant' };

const DATE = 'YYYY年M月D日';

const STATUS_NAMES: Record<HandoffStatus, string> = {
  [HandoffStatus.ISSUED]: '已交办',
  [HandoffStatus.SIGNED]: '已签收',
  [HandoffStatus.RECTIFYING]: '整改中',
  [HandoffStatus.REPLIED]: '已回复',
  [HandoffStatus.CLOSED]: '已销号',
};

const EVALUATION_NAMES: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  PASSED: '通过',
  FAILED: '未通过',
};

export interface DeliveryCommand {
  recipient: string;
  recipientKind: DeliveryRecipient;
  deliveredOn: string;
}

/**
 * Letters (交办函, 督办函) and result reports written as .docx, stored like evidence by their SHA-256, each
 * generation a new version. Only the tier that handed the handoff over writes its letters, and a tier writes
 * the report of its own node or one below it.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly db: Db,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly documents: DocumentsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly handoffs: HandoffsService,
    private readonly escalations: EscalationsService,
    private readonly plans: PlansService,
    private readonly methods: MethodsService,
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
    @Inject(INDICATOR_STANDINGS) private readonly standings: IndicatorStandingsSource,
    private readonly clock: Clock,
  ) {}

  /** Writes a 交办函, or a 督办函 for one of the handoff's escalations, as a new version. */
  async generateLetter(
    caller: Caller,
    handoffId: string,
    kind: LetterKind,
    escalationId: string | null,
  ): Promise<GeneratedDocumentEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const handoff = await this.handoffs.getHandoff(caller, handoffId);
    if (handoff.tenantId !== caller.tenantId) {
      throw AppException.forbidden('ONLY_HANDING_TIER_WRITES_LETTERS', {
        zh: '只有交办机关可以生成该事项的函件',
        en: 'Only the tier that handed the item over writes its letters.',
      });
    }
    const escalation = await this.escalationFor(handoff, kind, escalationId);
    const [tenant, department, findings, project] = await Promise.all([
      this.tenants.findById(handoff.tenantId),
      this.departments.findById(handoff.departmentId),
      this.handoffs.findingsOf([handoff.id]),
      handoff.projectId ? this.plans.findProjects([handoff.projectId]) : Promise.resolve([]),
    ]);
    const issuer = issuingBody(tenant ?? { name: '', level: TenantLevel.CITY });
    const number = escalation ? `${handoff.letterNo}-督${escalation.level}` : handoff.letterNo;
    const now = this.clock.now();
    const content: LetterContent = {
      kind,
      number,
      handoffNumber: handoff.letterNo,
      issuer,
      department: department?.name ?? '',
      subject: project[0]?.title ?? handoff.title,
      findings: findings.map((finding) => ({
        title: finding.title,
        location: finding.location,
        checklistPoint: checklistPoint(project[0], finding),
      })),
      deadline: formatShanghai(handoff.deadline, DATE),
      date: formatShanghai(now, DATE),
      escalation: escalation
        ? { level: escalation.level, name: escalation.name, reason: escalation.reason }
        : null,
    };
    const documentKind = LETTER_DOCUMENT[kind];
    const version = await this.documents.nextVersion(documentKind, {
      handoffId: handoff.id,
      escalationId: escalation?.id ?? null,
    });
    return this.save(caller, await renderLetter(content), {
      kind: documentKind,
      handoffId: handoff.id,
      escalationId: escalation?.id ?? null,
      projectId: null,
      scopeTenantId: null,
      number,
      version,
      fileName: `${DOCUMENT_KIND_NAMES[documentKind]}-${number}-第${version}版.docx`,
      now,
    });
  }

  /** Writes the joint project's result report over the caller's node, or a node of its subtree. */
  async generateReport(
    caller: Caller,
    projectId: string,
    scopeTenantId: string | null,
  ): Promise<GeneratedDocumentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const project = await this.plans.getVisibleProject(caller, projectId);
    const scope = await this.tenants.findById(scopeTenantId ?? caller.tenantId);
    if (!scope || !canSeeSubtreeOf(caller, scope.path)) {
      throw AppException.notFound(TENANT, scopeTenantId ?? caller.tenantId);
    }
    const now = this.clock.now();
    const content = await this.reportContent(caller, project, scope, now);
    const version = await this.documents.nextVersion(DocumentKind.PROJECT_REPORT, {
      projectId: project.id,
      scopeTenantId: scope.id,
    });
    const number = `${scope.code}-${project.year}-成果-${version}`;
    return this.save(caller, await renderReport(content), {
      kind: DocumentKind.PROJECT_REPORT,
      handoffId: null,
      escalationId: null,
      projectId: project.id,
      scopeTenantId: scope.id,
      number,
      version,
      fileName: `${project.title}-成果报告-${scope.name}-第${version}版.docx`,
      now,
    });
  }

  /** Records that a result report was sent (报送); only its author tier records. */
  async recordDelivery(
    caller: Caller,
    documentId: string,
    input: DeliveryCommand,
  ): Promise<ReportDeliveryEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const document = await this.getVisible(caller, documentId);
    if (document.kind !== DocumentKind.PROJECT_REPORT) {
      throw AppException.badInput('documentId', 'NOT_A_RESULT_REPORT', {
        zh: '只有成果报告可以登记报送',
        en: 'only a result report is delivered',
      });
    }
    assertAuthor(caller, document);
    const command = parseInput(deliverySchema, input, 'input');
    const today = shanghaiDay(this.clock.now());
    const problem = dayProblem(command.deliveredOn, {
      notBefore: shanghaiDay(document.generatedAt),
      notAfter: today,
    });
    if (problem) {
      throw AppException.badInput(
        'input.deliveredOn',
        problem === 'BEFORE_ALLOWED' ? 'DELIVERED_BEFORE_GENERATED' : 'DATE_IN_FUTURE',
        problem === 'BEFORE_ALLOWED'
          ? { zh: '报送日期早于报告生成日期', en: 'delivered before the report was generated' }
          : { zh: '报送日期不能晚于今天', en: 'must not be after today' },
      );
    }
    return this.documents.insertDelivery({
      tenantId: caller.tenantId,
      tenantPath: caller.tenantPath,
      documentId: document.id,
      recipient: command.recipient,
      recipientKind: command.recipientKind,
      deliveredOn: command.deliveredOn,
      recordedBy: caller.userId,
      feedback: null,
      feedbackOn: null,
      feedbackBy: null,
    });
  }

  /** Records the feedback to a delivery (反馈), once. */
  async recordFeedback(
    caller: Caller,
    deliveryId: string,
    feedback: string,
    receivedOn: string,
  ): Promise<ReportDeliveryEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const delivery = await this.documents.findDelivery(deliveryId);
    const document = delivery ? await this.documents.findById(delivery.documentId) : null;
    if (!delivery || !document || !(await this.canSee(caller, document))) {
      throw AppException.notFound(DELIVERY, deliveryId);
    }
    assertAuthor(caller, document);
    const command = parseInput(feedbackSchema, { feedback, receivedOn });
    const problem = dayProblem(command.receivedOn, {
      notBefore: delivery.deliveredOn,
      notAfter: shanghaiDay(this.clock.now()),
    });
    if (problem) {
      throw AppException.badInput(
        'receivedOn',
        problem === 'BEFORE_ALLOWED' ? 'FEEDBACK_BEFORE_DELIVERY' : 'DATE_IN_FUTURE',
        problem === 'BEFORE_ALLOWED'
          ? { zh: '反馈日期早于报送日期', en: 'received before the report was delivered' }
          : { zh: '反馈日期不能晚于今天', en: 'must not be after today' },
      );
    }
    const recorded = await this.documents.recordFeedback(delivery.id, {
      feedback: command.feedback,
      feedbackOn: command.receivedOn,
      feedbackBy: caller.userId,
    });
    if (!recorded) {
      throw AppException.conflict('FEEDBACK_ALREADY_RECORDED', {
        zh: '该报送已登记反馈',
        en: 'This delivery already has its feedback.',
      });
    }
    return (await this.documents.findDelivery(delivery.id)) as ReportDeliveryEntity;
  }

  /** The letters of handoffs already shown to the caller, newest first. */
  lettersOf(handoffIds: readonly string[]): Promise<GeneratedDocumentEntity[]> {
    return this.documents.ofHandoffs(handoffIds);
  }

  /** The result reports of projects already shown to the caller, newest first. */
  reportsOf(projectIds: readonly string[]): Promise<GeneratedDocumentEntity[]> {
    return this.documents.ofProjects(projectIds);
  }

  deliveriesOf(documentIds: readonly string[]): Promise<ReportDeliveryEntity[]> {
    return this.documents.deliveriesOf(documentIds);
  }

  /** Whether a generated document stored as the file is visible to the caller (the download check). */
  async maySeeFile(caller: Caller, sha256: string): Promise<boolean> {
    for (const document of await this.documents.withFile(sha256)) {
      if (await this.canSee(caller, document)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document is read where the work it records is: by the tier that wrote it and the tiers above it (who
   * see its subtree anyway) and, for a letter, by the unit it is addressed to. A township that only follows
   * a handoff holding its finding does not read the letter, which names the other tiers' findings too; nor
   * does a tier that sees the project read another tier's report on its own subtree.
   */
  async canSee(caller: Caller, document: GeneratedDocumentEntity): Promise<boolean> {
    if (document.handoffId) {
      if (isDepartmentCaller(caller)) {
        const [handoff] = await this.handoffs.findByIds([document.handoffId]);
        return handoff?.departmentId === caller.departmentId;
      }
      return canSeeSubtreeOf(caller, document.tenantPath);
    }
    return (
      canSeeSubtreeOf(caller, document.tenantPath) &&
      document.projectId !== null &&
      this.plans.isProjectVisible(caller, document.projectId)
    );
  }

  /** The documents a caller may read, of those already fetched for records it sees. */
  async visible(caller: Caller, documents: GeneratedDocumentEntity[]): Promise<GeneratedDocumentEntity[]> {
    const shown: GeneratedDocumentEntity[] = [];
    for (const document of documents) {
      if (await this.canSee(caller, document)) {
        shown.push(document);
      }
    }
    return shown;
  }

  private async getVisible(caller: Caller, documentId: string): Promise<GeneratedDocumentEntity> {
    const document = await this.documents.findById(documentId);
    if (!document || !(await this.canSee(caller, document))) {
      throw AppException.notFound(DOCUMENT, documentId);
    }
    return document;
  }

  private async escalationFor(
    handoff: HandoffEntity,
    kind: LetterKind,
    escalationId: string | null,
  ): Promise<{ id: string; level: number; name: string; reason: string } | null> {
    if (kind === LetterKind.HANDOFF) {
      if (escalationId) {
        throw AppException.badInput('escalationId', 'ESCALATION_ONLY_FOR_PRESSING', {
          zh: '交办函不针对督办记录',
          en: 'only a pressing letter names an escalation',
        });
      }
      return null;
    }
    if (!escalationId) {
      throw AppException.badInput('escalationId', 'ESCALATION_REQUIRED', {
        zh: '督办函须指明督办记录',
        en: 'a pressing letter names the escalation it presses for',
      });
    }
    const steps = await this.escalations.stepsOf([handoff.id]);
    const step = steps.find((candidate) => candidate.id === escalationId);
    if (!step) {
      throw AppException.badInput('escalationId', 'ESCALATION_NOT_OF_HANDOFF', {
        zh: '该督办记录不属于此交办事项',
        en: 'no such escalation of this handoff',
      });
    }
    return step;
  }

  private async reportContent(
    caller: Caller,
    project: JointProjectEntity,
    scope: TenantEntity,
    now: Date,
  ): Promise<ReportContent> {
    const u = project.unifications;
    const [figures, standings, methods] = await Promise.all([
      this.documents.projectFigures(project.id, scope.path),
      this.standings.standings(caller, project.id, scope.id),
      this.methods.methodsByCodes(u.methods),
    ]);
    const methodNames = new Map(methods.map((method) => [method.code, method.name]));
    const methodName = (code: string): string => methodNames.get(code) ?? code;
    const checklist = new Map(u.policy.checklist.map((item) => [item.code, item.text]));
    const issuer = issuingBody(scope);
    return {
      projectTitle: project.title,
      scope: scope.name,
      issuer,
      date: formatShanghai(now, DATE),
      objectives: u.scheme.objectives,
      unifications: {
        leadership: [u.leadership.leadBody, u.leadership.leader, u.leadership.office]
          .filter((part): part is string => Boolean(part))
          .join(';'),
        scheme: `${formatShanghai(new Date(u.scheme.startsAt), DATE)}至${formatShanghai(new Date(u.scheme.endsAt), DATE)}`,
        milestones: u.scheme.milestones.map(
          (milestone) => `${milestone.name}(${formatShanghai(new Date(milestone.dueAt), DATE)})`,
        ),
        methods: u.methods.map(methodName),
        legalBasis: u.policy.legalBasis,
        checklist: u.policy.checklist.map((item) => `${item.code} ${item.text}`),
      },
      activities: figures.activitiesByMethod.map((row) => ({
        name: methodName(row.key ?? ''),
        count: row.count,
      })),
      findingsByChecklist: figures.findingsByChecklist.map((row) => ({
        name: row.key ? `${row.key} ${checklist.get(row.key) ?? ''}`.trim() : '未对应检查要点',
        count: row.count,
      })),
      findingsByTier: figures.findingsByTier.map((row) => ({
        name: row.name,
        level: TENANT_LEVEL_NAMES[row.level as TenantLevel] ?? row.level,
        count: row.count,
      })),
      findingTotal: figures.findingsByTier.reduce((sum, row) => sum + row.count, 0),
      rectification: [
        ...figures.handoffsByStatus.map((row) => ({
          name: STATUS_NAMES[row.key as HandoffStatus] ?? row.key ?? '',
          count: row.count,
        })),
        { name: '其中逾期未销号', count: figures.overdueHandoffs },
      ],
      indicators: standings.map((standing) => ({
        code: standing.code,
        name: standing.name,
        target: standing.target,
        actual: standing.actual,
      })),
      evaluations: figures.evaluationsByResult.map((row) => ({
        name: EVALUATION_NAMES[row.key ?? ''] ?? row.key ?? '',
        count: row.count,
      })),
    };
  }

  private async save(
    caller: Caller,
    bytes: Buffer,
    document: Pick<
      GeneratedDocumentEntity,
      'kind' | 'handoffId' | 'escalationId' | 'projectId' | 'scopeTenantId' | 'number' | 'version'
    > & { fileName: string; now: Date },
  ): Promise<GeneratedDocumentEntity> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = contentKey(sha256);
    if (!(await this.store.exists(key))) {
      await this.store.put(key, Readable.from([bytes]), { size: bytes.length, contentType: DOCX_MIME });
    }
    return this.db.transaction(async () => {
      await this.evidence.insertFile({
        sha256,
        name: cleanFileName(document.fileName.replace(/[\\/]/g, '-')),
        mime: DOCX_MIME,
        size: bytes.length,
        tenantId: caller.tenantId,
        uploadedBy: caller.userId,
      });
      return this.documents.insert({
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        kind: document.kind,
        handoffId: document.handoffId,
        escalationId: document.escalationId,
        projectId: document.projectId,
        scopeTenantId: document.scopeTenantId,
        number: document.number,
        version: document.version,
        sha256,
        generatedBy: caller.userId,
        generatedAt: document.now,
      });
    });
  }
}

function assertAuthor(caller: Caller, document: GeneratedDocumentEntity): void {
  if (document.tenantId !== caller.tenantId) {
    throw AppException.forbidden('ONLY_AUTHOR_RECORDS_DELIVERY', {
      zh: '只有生成报告的机关可以登记报送和反馈',
      en: 'Only the tier that wrote the report records its delivery and feedback.',
    });
  }
}

function checklistPoint(project: JointProjectEntity | undefined, finding: FindingEntity): string | null {
  if (!finding.checklistCode) {
    return null;
  }
  const item = project?.unifications.policy.checklist.find((point) => point.code === finding.checklistCode);
  return item ? `${item.code} ${item.text}` : finding.checklistCode;
}
