import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { z } from 'zod';
import { AppException, FieldProblem, parseIds, parseInput } from '@liandong/errors';
import { isSha256Hex } from '@liandong/files';
import {
  EvidenceRepository,
  FindingEntity,
  isOwnUpload,
  MAX_EVIDENCE_PER_FINDING,
  FindingsRepository,
  FindingStatus,
  FindingTransitions,
  RecurrenceService,
} from '@liandong/findings';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import {
  assertPermission,
  assertReceivesWork,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isDepartmentCaller,
  Permission,
  TenantRepository,
} from '@liandong/tenancy';
import { EscalationsService } from './escalations/escalations.service';
import { HANDOFF, HandoffAccess } from './handoff-access';
import { HandoffStatus } from './handoff-status';
import { HandoffTransitions } from './handoff-transitions';
import { HandoffEntity } from './handoff.entity';
import { CalendarService } from './calendar/calendar.service';
import { WorkingCalendar } from './calendar/working-calendar';
import { HandoffsRepository, NewHandoff } from './handoffs.repository';
import { LedgerItemKind, ledgerItemName } from './ledger-item-kind';
import { NotificationsRepository } from './notifications/notifications.repository';
import { RectificationReportEntity } from './rectification/rectification-report.entity';
import { NewReportEvidence, RectificationRepository } from './rectification/rectification.repository';
import { VerificationsService } from './rectification/verifications.service';
import { Clock, formatShanghai, shanghaiYear } from '@liandong/time';

/** The department is reminded this many working days before its deadline. */
const REMINDER_WORKING_DAYS = 3;
const MAX_FINDINGS_PER_HANDOFF = 1_000;

const handOffSchema = z.object({
  findingIds: z
    .array(z.string())
    .min(1, { message: '至少选择一个问题 / at least one finding' })
    .max(MAX_FINDINGS_PER_HANDOFF, {
      message: `一次最多交办 ${MAX_FINDINGS_PER_HANDOFF} 个问题 / at most ${MAX_FINDINGS_PER_HANDOFF} findings`,
    }),
  departmentId: z.string(),
  deadline: z.date({ message: '须为有效的日期时间 / must be a valid date-time' }).nullish(),
  workingDays: z
    .number()
    .int()
    .min(1, { message: '工作日须为 1–365 / 1–365 working days' })
    .max(365, { message: '工作日须为 1–365 / 1–365 working days' })
    .nullish(),
  letterNo: z
    .string()
    .trim()
    .max(100, { message: '交办函号不能超过 100 字 / at most 100 characters' })
    .nullish(),
});

const reportSchema = z.object({
  measures: z
    .string()
    .trim()
    .min(1, { message: '整改措施不能为空 / measures must not be empty' })
    .max(10_000, { message: '整改措施不能超过 10000 字 / measures at most 10000 characters' }),
  percentDone: z
    .number()
    .int()
    .min(0, { message: '须为 0–100 / must be 0–100' })
    .max(100, { message: '须为 0–100 / must be 0–100' }),
  final: z.boolean(),
  evidence: z
    .array(z.object({ sha256: z.string().trim().toLowerCase(), findingId: z.string().nullish() }))
    .max(MAX_EVIDENCE_PER_FINDING, {
      message: `最多引用 ${MAX_EVIDENCE_PER_FINDING} 个文件 / at most ${MAX_EVIDENCE_PER_FINDING} files`,
    })
    .nullish(),
});

export interface HandOffCommand {
  findingIds: string[];
  departmentId: string;
  deadline?: Date | null;
  workingDays?: number | null;
  letterNo?: string | null;
}

@Injectable()
export class HandoffsService {
  constructor(
    private readonly db: Db,
    private readonly handoffs: HandoffsRepository,
    private readonly access: HandoffAccess,
    private readonly rectification: RectificationRepository,
    private readonly notifications: NotificationsRepository,
    private readonly findings: FindingsRepository,
    private readonly findingTransitions: FindingTransitions,
    private readonly departments: DepartmentRepository,
    private readonly tenants: TenantRepository,
    private readonly outbox: OutboxService,
    private readonly recurrence: RecurrenceService,
    private readonly calendar: CalendarService,
    private readonly escalations: EscalationsService,
    private readonly transitions: HandoffTransitions,
    private readonly verifications: VerificationsService,
    private readonly evidence: EvidenceRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Hands ACCEPTED findings of one project over to one of the caller's own departments (交办). The
   * department is told, and the reminder and deadline are scheduled, through the outbox.
   */
  async handOff(caller: Caller, command: HandOffCommand, now = this.clock.now()): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const input = parseInput(handOffSchema, command, 'input');
    const findingIds = [...new Set(parseIds(input.findingIds, 'input.findingIds'))];
    const [departmentId] = parseIds([input.departmentId], 'input.departmentId');
    const calendar = await this.calendar.calendar();
    const deadline = input.workingDays ? calendar.addWorkingDays(now, input.workingDays) : input.deadline;
    if (!deadline) {
      throw AppException.badInput('input.deadline', 'DEADLINE_REQUIRED', {
        zh: '请给出整改时限或工作日数',
        en: 'give a deadline or workingDays',
      });
    }
    if (deadline.getTime() <= now.getTime()) {
      throw AppException.badInput('input.deadline', 'DEADLINE_NOT_IN_FUTURE', {
        zh: '整改时限须晚于当前时间',
        en: 'the deadline must be in the future',
      });
    }
    const tenant = await this.tenants.findById(caller.tenantId);
    return this.db.transaction(async (manager) => {
      const department = await this.departments.lockToReceive(manager, departmentId);
      if (!department || !canSeeSubtreeOf(caller, department.tenantPath)) {
        throw AppException.notFound({ zh: '承办单位', en: 'Department' }, departmentId);
      }
      if (department.tenantId !== caller.tenantId) {
        throw AppException.badInput('input.departmentId', 'DEPARTMENT_NOT_OWN', {
          zh: '只能交办给本级承办单位(下级的单位由下级人大交办)',
          en: 'hand over only to your own tenant’s departments',
        });
      }
      assertReceivesWork(department, 'input.departmentId');
      const found = await this.findings.lockByIds(manager, findingIds);
      const byId = new Map(found.map((finding) => [finding.id, finding]));
      for (const id of findingIds) {
        const finding = byId.get(id);
        if (!finding || !canSeeSubtreeOf(caller, finding.tenantPath)) {
          throw AppException.notFound({ zh: '问题', en: 'Finding' }, id);
        }
        if (finding.status !== FindingStatus.ACCEPTED) {
          throw AppException.conflict('FINDING_NOT_ACCEPTED', {
            zh: `问题 ${id} 状态为 ${finding.status},只能交办已采纳的问题`,
            en: 'Only ACCEPTED findings can be handed over.',
          });
        }
      }
      const projectIds = new Set(found.map((finding) => finding.projectId));
      if (projectIds.size !== 1) {
        throw AppException.badInput('input.findingIds', 'FINDINGS_ACROSS_PROJECTS', {
          zh: '一次交办的问题须属于同一联动项目',
          en: 'findings of one joint project per handoff',
        });
      }
      const [projectId] = [...projectIds];
      const year = shanghaiYear(now);
      const letterNo =
        input.letterNo ||
        `${tenant?.code ?? 'L'}-${year}-${String(await this.handoffs.nextLetterSequence(manager, caller.tenantId, year)).padStart(4, '0')}`;
      const [handoff] = await this.issueItems(
        manager,
        caller,
        [{ kind: LedgerItemKind.FINDINGS, projectId, departmentId: department.id, letterNo, deadline }],
        now,
        calendar,
      );
      await this.findingTransitions.move(manager, found, FindingStatus.HANDED_OVER, {
        handoffId: handoff.id,
        departmentId: handoff.departmentId,
      });
      // The department is known now: a problem it closed before comes back as 屡改屡犯.
      await this.recurrence.flagRecurrences(manager, findingIds);
      return handoff;
    });
  }

  /**
   * Puts items on the caller's ledger inside its transaction: each issued (交办) at the start of the handoff
   * machine, its unit told, its reminder and deadline scheduled. Findings handed over and the items of a
   * session's opinion both come through here, so every ledger item lives the same life.
   */
  async issueItems(
    manager: EntityManager,
    caller: Caller,
    items: ReadonlyArray<Omit<NewHandoff, 'tenantId' | 'tenantPath' | 'issuedBy'>>,
    now = this.clock.now(),
    calendar?: WorkingCalendar,
  ): Promise<HandoffEntity[]> {
    const workingCalendar = calendar ?? (await this.calendar.calendar());
    const issued: HandoffEntity[] = [];
    for (const item of items) {
      const handoff = await this.transitions.issue(manager, {
        ...item,
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        issuedBy: caller.userId,
      });
      await this.scheduleHandoffJobs(manager, handoff, now, workingCalendar);
      issued.push(handoff);
    }
    return issued;
  }

  async sign(caller: Caller, handoffId: string): Promise<HandoffEntity> {
    return this.departmentStep(caller, handoffId, async (manager, handoff) => {
      return this.transitions.move(manager, handoff, HandoffStatus.SIGNED, { signedAt: this.clock.now() });
    });
  }

  /** A staged report moves it to RECTIFYING; the final one (办结报告) to REPLIED, awaiting verification. */
  async report(caller: Caller, handoffId: string, input: unknown): Promise<HandoffEntity> {
    const report = parseInput(reportSchema, input, 'input');
    return this.departmentStep(caller, handoffId, (manager, handoff) =>
      this.recordReport(manager, caller, handoff, report),
    );
  }

  /**
   * A unit's answer to several of its items at once (the 研究处理情况报告 to a session's opinion): each open
   * one is signed if it was not, and takes the answer as its final report, to be verified like any reply.
   */
  async answerItems(
    manager: EntityManager,
    caller: Caller,
    handoffIds: readonly string[],
    measures: string,
  ): Promise<void> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    for (const handoffId of handoffIds) {
      let handoff = await this.access.lockForDepartment(manager, caller, handoffId);
      if (handoff.status === HandoffStatus.REPLIED || handoff.status === HandoffStatus.CLOSED) {
        continue;
      }
      if (handoff.status === HandoffStatus.ISSUED) {
        handoff = await this.transitions.move(manager, handoff, HandoffStatus.SIGNED, {
          signedAt: this.clock.now(),
        });
      }
      await this.recordReport(manager, caller, handoff, { measures, percentDone: 100, final: true });
    }
  }

  private async recordReport(
    manager: EntityManager,
    caller: Caller,
    handoff: HandoffEntity,
    report: z.infer<typeof reportSchema>,
  ): Promise<HandoffEntity> {
    if (handoff.status === HandoffStatus.ISSUED) {
      throw AppException.conflict('HANDOFF_NOT_SIGNED', {
        zh: '请先签收交办事项再报告整改情况',
        en: 'Sign the handoff before reporting.',
      });
    }
    const evidence = await this.checkEvidence(caller, handoff, report.evidence ?? []);
    const next = report.final ? HandoffStatus.REPLIED : HandoffStatus.RECTIFYING;
    const moved = await this.transitions.move(
      manager,
      handoff,
      next,
      report.final ? { repliedAt: this.clock.now() } : {},
    );
    await this.rectification.insertReport(
      manager,
      {
        handoffId: handoff.id,
        measures: report.measures,
        percentDone: report.percentDone,
        final: report.final,
        byUserId: caller.userId,
      },
      evidence,
    );
    await this.findingTransitions.moveOfHandoff(
      manager,
      handoff.id,
      [FindingStatus.HANDED_OVER],
      FindingStatus.RECTIFYING,
    );
    if (report.final) {
      await this.notifications.notify(
        {
          tenantId: handoff.tenantId,
          departmentId: null,
          kind: 'REPLIED',
          message: `承办单位已回复${ledgerItemName(handoff)} ${handoff.letterNo},请核查销号 / The department replied: verify it.`,
          handoffId: handoff.id,
          dedupeKey: jobId('replied', handoff.id, Date.now()),
        },
        manager,
      );
    }
    return moved;
  }

  /** The handing-over tenant checks the reply: passed closes it out (销号), else back to RECTIFYING. */
  verify(
    caller: Caller,
    handoffId: string,
    passed: boolean,
    opinion?: string | null,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    return this.verifications.verify(caller, handoffId, passed, opinion, now);
  }

  /**
   * The report's proof, without repeats, or BAD_USER_INPUT naming each bad entry: the file must be one
   * uploaded within the caller's reach (POST /files first), the finding one of the handoff's.
   */
  private async checkEvidence(
    caller: Caller,
    handoff: HandoffEntity,
    entries: ReadonlyArray<{ sha256: string; findingId?: string | null }>,
  ): Promise<NewReportEvidence[]> {
    if (entries.length === 0) {
      return [];
    }
    const files = new Map(
      (await this.evidence.findFiles(entries.map((entry) => entry.sha256))).map((file) => [
        file.sha256,
        file,
      ]),
    );
    const findingIds = new Set((await this.handoffs.findingsOf([handoff.id])).map((finding) => finding.id));
    const problems: FieldProblem[] = [];
    const checked: NewReportEvidence[] = [];
    entries.forEach((entry, index) => {
      const field = `input.evidence.${index}`;
      const file = files.get(entry.sha256);
      if (!isSha256Hex(entry.sha256)) {
        problems.push({
          field: `${field}.sha256`,
          reason: 'NOT_A_SHA256',
          zh: '不是 SHA-256',
          en: 'not a SHA-256 hex digest',
        });
      } else if (!file || !isOwnUpload(caller, file)) {
        problems.push({
          field: `${field}.sha256`,
          reason: 'EVIDENCE_NOT_UPLOADED',
          zh: '文件未上传或不在本辖区',
          en: 'no such file uploaded within your reach (POST /files first)',
        });
      }
      const findingId = entry.findingId ? entry.findingId.toLowerCase() : null;
      if (findingId !== null && !findingIds.has(findingId)) {
        problems.push({
          field: `${field}.findingId`,
          reason: 'FINDING_NOT_OF_HANDOFF',
          zh: '该问题不属于本交办事项',
          en: 'not a finding of this handoff',
        });
      }
      if (!checked.some((one) => one.sha256 === entry.sha256 && one.findingId === findingId)) {
        checked.push({ sha256: entry.sha256, findingId });
      }
    });
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    return checked;
  }

  async getHandoff(caller: Caller, handoffId: string): Promise<HandoffEntity> {
    const handoff = await this.handoffs.findById(handoffId);
    if (!handoff || !(await this.canSee(caller, handoff))) {
      throw AppException.notFound(HANDOFF, handoffId);
    }
    return handoff;
  }

  /** Handoffs by id, for the fields of records already shown to the caller (row-level security still applies). */
  findByIds(ids: readonly string[]): Promise<HandoffEntity[]> {
    return this.handoffs.findByIds(ids);
  }

  /** The findings of the handoffs, oldest reported first; the caller filters those it may see. */
  findingsOf(handoffIds: readonly string[]): Promise<FindingEntity[]> {
    return this.handoffs.findingsOf(handoffIds);
  }

  /** The rectification reports of the handoffs, oldest first. */
  reportsOf(handoffIds: readonly string[]): Promise<RectificationReportEntity[]> {
    return this.rectification.reportsOf(handoffIds);
  }

  /**
   * A department sees its own handoffs; a tenant those made in its subtree, and those holding a finding
   * it (or its subtree) reported, so a township can follow what became of its findings.
   */
  async canSee(caller: Caller, handoff: HandoffEntity, manager?: EntityManager): Promise<boolean> {
    if (isDepartmentCaller(caller)) {
      return handoff.departmentId === caller.departmentId;
    }
    return (
      canSeeSubtreeOf(caller, handoff.tenantPath) ||
      this.handoffs.holdsFindingIn(handoff.id, caller.tenantPath, manager)
    );
  }

  /** The deadline job's step: see EscalationsService.escalateIfDue. */
  escalateIfDue(handoffId: string, now = this.clock.now()): Promise<boolean> {
    return this.escalations.escalateIfDue(handoffId, now);
  }

  /** The deadline sweep: see EscalationsService.escalateOverdue. */
  escalateOverdue(now = this.clock.now()): Promise<number> {
    return this.escalations.escalateOverdue(now);
  }

  /** Tells the department of a new handoff; idempotent. */
  async notifyIssued(handoffId: string): Promise<void> {
    const handoff = await this.handoffs.findById(handoffId);
    if (!handoff) {
      return;
    }
    await this.notifications.notify({
      tenantId: handoff.tenantId,
      departmentId: handoff.departmentId,
      kind: 'HANDOFF_ISSUED',
      message: `收到新的${ledgerItemName(handoff)} ${handoff.letterNo},请签收并于 ${formatDeadline(handoff.deadline)} 前整改到位 / New handoff ${handoff.letterNo}.`,
      handoffId: handoff.id,
      dedupeKey: jobId('issued', handoff.id),
    });
  }

  /** Reminds the department before the deadline, unless it is closed or the deadline moved. */
  async remind(handoffId: string, deadline: string): Promise<void> {
    const handoff = await this.handoffs.findById(handoffId);
    if (!handoff || handoff.status === HandoffStatus.CLOSED || handoff.deadline.toISOString() !== deadline) {
      return;
    }
    await this.notifications.notify({
      tenantId: handoff.tenantId,
      departmentId: handoff.departmentId,
      kind: 'DEADLINE_REMINDER',
      message: `${ledgerItemName(handoff)} ${handoff.letterNo} 将于 ${formatDeadline(handoff.deadline)} 到期 / Handoff ${handoff.letterNo} is due soon.`,
      handoffId: handoff.id,
      dedupeKey: jobId('reminder', handoff.id, handoff.deadline.getTime()),
    });
  }

  private async scheduleHandoffJobs(
    manager: EntityManager,
    handoff: HandoffEntity,
    now: Date,
    calendar: WorkingCalendar,
  ): Promise<void> {
    const payload = { tenantId: handoff.tenantId, handoffId: handoff.id };
    const deadline = handoff.deadline.toISOString();
    await this.outbox.enqueue(manager, QueueName.NOTIFICATIONS, 'handoff-issued', payload, {
      jobId: jobId('handoff-issued', handoff.id),
    });
    await this.outbox.enqueue(
      manager,
      QueueName.DEADLINES,
      'handoff-deadline',
      { ...payload, deadline },
      {
        jobId: jobId('handoff-deadline', handoff.id, handoff.deadline.getTime()),
        runAt: handoff.deadline,
      },
    );
    const remindAt = calendar.subtractWorkingDays(handoff.deadline, REMINDER_WORKING_DAYS);
    if (remindAt.getTime() > now.getTime()) {
      await this.outbox.enqueue(
        manager,
        QueueName.NOTIFICATIONS,
        'handoff-reminder',
        { ...payload, deadline },
        {
          jobId: jobId('handoff-reminder', handoff.id, handoff.deadline.getTime()),
          runAt: remindAt,
        },
      );
    }
  }

  private async departmentStep(
    caller: Caller,
    handoffId: string,
    step: (manager: EntityManager, handoff: HandoffEntity) => Promise<HandoffEntity>,
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    return this.db.transaction(async (manager) =>
      step(manager, await this.access.lockForDepartment(manager, caller, handoffId)),
    );
  }
}

function formatDeadline(deadline: Date): string {
  return formatShanghai(deadline, 'YYYY年M月D日 HH:mm');
}
