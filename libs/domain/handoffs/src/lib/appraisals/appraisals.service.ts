import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, parseId, parseInput } from '@liandong/errors';
import {
  assertPermission,
  assertReceivesWork,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isDepartmentCaller,
  Permission,
  TenancyService,
  TenantRepository,
} from '@liandong/tenancy';
import { CalendarDay, Clock, endOfShanghaiDay } from '@liandong/time';
import { checkVotes, evaluate, VotesCommand } from '../evaluations/evaluation-rules';
import { HandoffAccess } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffTransitions } from '../handoff-transitions';
import { HandoffsService } from '../handoffs.service';
import { LedgerItemKind } from '../ledger-item-kind';
import { RectificationRepository } from '../rectification/rectification.repository';
import { AppraisalEntity, AppraisalKind, AppraisalStatus } from './appraisal.entity';
import {
  APPRAISAL,
  APPRAISAL_SUBJECT,
  appraisalSchema,
  assertAppraisalTransition,
  calendarDay,
  reReportSchema,
} from './appraisal-rules';
import { summarise } from './appraisal-summary';
import { AppraisalRecord, AppraisalsRepository } from './appraisals.repository';

export interface AppraisalFilter {
  year?: number | null;
  kind?: AppraisalKind | null;
  projectId?: string | null;
  scopeTenantId?: string | null;
}

/**
 * Appraisals (评议): the holding tenant's coordinators create one, record each voter group's votes on each
 * subject and decide it; each failing subject then re-reports (整改再报告) by a day, as a ledger item of its
 * unit that closes when the re-report is recorded. Tiers above read an appraisal; siblings and tiers below
 * never do (the tenant subtree, as everywhere).
 */
@Injectable()
export class AppraisalsService {
  constructor(
    private readonly db: Db,
    private readonly appraisals: AppraisalsRepository,
    private readonly departments: DepartmentRepository,
    private readonly tenants: TenantRepository,
    private readonly tenancy: TenancyService,
    private readonly handoffs: HandoffsService,
    private readonly access: HandoffAccess,
    private readonly transitions: HandoffTransitions,
    private readonly rectification: RectificationRepository,
    private readonly clock: Clock,
  ) {}

  async create(caller: Caller, input: unknown): Promise<AppraisalRecord> {
    assertPermission(caller, Permission.HAND_OVER);
    const command = parseInput(appraisalSchema, input, 'input');
    const projectId = command.projectId ? parseId(command.projectId, 'input.projectId') : null;
    const sessionId = command.sessionId ? parseId(command.sessionId, 'input.sessionId') : null;
    const departmentIds = command.subjects.map((subject, index) =>
      parseId(subject.departmentId, `input.subjects.${index}.departmentId`),
    );
    const departments = new Map(
      (await this.departments.findByIds(departmentIds)).map((department) => [department.id, department]),
    );
    departmentIds.forEach((id, index) => {
      const department = departments.get(id);
      if (!department || department.tenantId !== caller.tenantId) {
        throw AppException.badInput(`input.subjects.${index}.departmentId`, 'DEPARTMENT_NOT_OWN', {
          zh: '评议对象的责任单位须是本级的机关或单位',
          en: 'a body of your own tenant',
        });
      }
    });
    return this.db.transaction(async (manager) => {
      if (projectId && !(await this.appraisals.projectVisible(manager, projectId))) {
        throw AppException.badInput('input.projectId', 'PROJECT_NOT_FOUND', {
          zh: '找不到该联动监督项目',
          en: 'no such joint project',
        });
      }
      if (sessionId && (await this.appraisals.sessionTenant(manager, sessionId)) !== caller.tenantId) {
        throw AppException.badInput('input.sessionId', 'SESSION_NOT_OWN', {
          zh: '评议只能挂在本机关召开的会议下',
          en: 'a session of your own office',
        });
      }
      const appraisal = await this.appraisals.insert(
        manager,
        {
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          title: command.title,
          kind: command.kind,
          scheme: command.scheme,
          heldOn: command.heldOn,
          projectId,
          sessionId,
          status: AppraisalStatus.DRAFT,
          createdBy: caller.userId,
        },
        command.subjects.map((subject, index) => ({
          kind: subject.kind,
          name: subject.name,
          post: subject.post ?? null,
          departmentId: departmentIds[index],
        })),
        command.groups,
      );
      return this.recordOf(appraisal.id, manager);
    });
  }

  /** One group's votes on one subject, once; the first votes open the voting. */
  async recordVotes(
    caller: Caller,
    appraisalId: string,
    subjectId: string,
    groupId: string,
    votes: VotesCommand,
  ): Promise<AppraisalRecord> {
    assertPermission(caller, Permission.HAND_OVER);
    const ids = { appraisal: parseId(appraisalId, 'appraisalId'), subject: parseId(subjectId, 'subjectId') };
    const group = parseId(groupId, 'groupId');
    return this.db.transaction(async (manager) => {
      const appraisal = await this.lockOwn(manager, caller, ids.appraisal);
      if (appraisal.status === AppraisalStatus.DECIDED) {
        throw AppException.conflict('APPRAISAL_DECIDED', {
          zh: '评议已作出结论,不能再计票',
          en: 'The appraisal is decided.',
        });
      }
      const record = await this.recordOf(appraisal.id, manager);
      const subject = record.subjects.find((s) => s.id === ids.subject);
      if (!subject) {
        throw AppException.badInput('subjectId', 'SUBJECT_NOT_OF_APPRAISAL', {
          zh: '该评议对象不属于本次评议',
          en: 'a subject of this appraisal',
        });
      }
      const voters = record.groups.find((g) => g.id === group);
      if (!voters) {
        throw AppException.badInput('groupId', 'GROUP_NOT_OF_APPRAISAL', {
          zh: '该投票群体不属于本次评议',
          en: 'a voter group of this appraisal',
        });
      }
      if (record.votes.some((v) => v.subjectId === subject.id && v.groupId === voters.id)) {
        throw AppException.conflict('VOTES_ALREADY_RECORDED', {
          zh: `${voters.name}对${subject.name}的票已经计入,不能重复计票`,
          en: 'This group’s votes on this subject are already recorded.',
        });
      }
      const checked = checkVotes(appraisal.scheme, voters.eligible, votes);
      await this.appraisals.insertVote(manager, {
        tenantId: appraisal.tenantId,
        tenantPath: appraisal.tenantPath,
        appraisalId: appraisal.id,
        subjectId: subject.id,
        groupId: voters.id,
        ...checked,
        scoreCount: checked.averageScore === null ? 0 : (votes.scores ?? []).length,
        result: evaluate(appraisal.scheme, voters.eligible, checked),
        recordedBy: caller.userId,
      });
      if (appraisal.status === AppraisalStatus.DRAFT) {
        assertAppraisalTransition(appraisal.status, AppraisalStatus.VOTING);
        await this.appraisals.update(manager, appraisal.id, { status: AppraisalStatus.VOTING });
      }
      return this.recordOf(appraisal.id, manager);
    });
  }

  /**
   * Decides the appraisal once every group has voted on every subject: each failing subject's unit gets a
   * re-report (整改再报告) on the ledger, due at the end of `reReportBy` (Beijing time).
   */
  async decide(
    caller: Caller,
    appraisalId: string,
    reReportBy: string,
    now = this.clock.now(),
  ): Promise<AppraisalRecord> {
    assertPermission(caller, Permission.HAND_OVER);
    const id = parseId(appraisalId, 'appraisalId');
    const day: CalendarDay = parseInput(calendarDay, reReportBy, 'reReportBy');
    const deadline = endOfShanghaiDay(day);
    if (deadline.getTime() <= now.getTime()) {
      throw AppException.badInput('reReportBy', 'DEADLINE_NOT_IN_FUTURE', {
        zh: '再报告期限须晚于今天',
        en: 'the re-report day must be in the future',
      });
    }
    return this.db.transaction(async (manager) => {
      const appraisal = await this.lockOwn(manager, caller, id);
      assertAppraisalTransition(appraisal.status, AppraisalStatus.DECIDED);
      const record = await this.recordOf(appraisal.id, manager);
      const missing = record.subjects.length * record.groups.length - record.votes.length;
      if (missing > 0) {
        throw AppException.conflict('VOTES_MISSING', {
          zh: `还有 ${missing} 组票未计入,不能作出评议结论`,
          en: `${missing} group votes are still missing.`,
        });
      }
      const tenant = await this.tenants.findById(caller.tenantId);
      const prefix = `${tenant?.code ?? 'L'}-评-${appraisal.heldOn.slice(0, 4)}-`;
      const outcomes = summarise(record);
      let sequence = await this.appraisals.nextReReportSequence(manager, caller.tenantId, prefix);
      for (const subject of record.subjects) {
        if (!outcomes.get(subject.id)?.failing) {
          continue;
        }
        const department = await this.departments.lockToReceive(manager, subject.departmentId);
        if (!department) {
          throw AppException.notFound({ zh: '责任单位', en: 'Department' }, subject.departmentId);
        }
        assertReceivesWork(department, 'subjects.departmentId');
        const [item] = await this.handoffs.issueItems(
          manager,
          caller,
          [
            {
              kind: LedgerItemKind.APPRAISAL_RE_REPORT,
              projectId: null,
              title: `${appraisal.title}:${[subject.post, subject.name].filter(Boolean).join(' ')} 整改再报告`,
              departmentId: department.id,
              letterNo: `${prefix}${String(sequence++).padStart(3, '0')}`,
              deadline,
            },
          ],
          now,
        );
        await this.appraisals.updateSubject(manager, subject.id, { reReportItemId: item.id });
      }
      await this.appraisals.update(manager, appraisal.id, {
        status: AppraisalStatus.DECIDED,
        decidedAt: now,
        reReportBy: day,
      });
      return this.recordOf(appraisal.id, manager);
    });
  }

  /** The failing subject's re-report (整改再报告) as heard: its ledger item takes it as the final report and closes. */
  async recordReReport(caller: Caller, subjectId: string, summary: string): Promise<AppraisalRecord> {
    assertPermission(caller, Permission.HAND_OVER);
    const id = parseId(subjectId, 'subjectId');
    const text = parseInput(reReportSchema, summary, 'summary');
    const found = await this.appraisals.findSubject(id);
    if (!found || !canSeeSubtreeOf(caller, found.tenantPath)) {
      throw AppException.notFound(APPRAISAL_SUBJECT, subjectId);
    }
    return this.db.transaction(async (manager) => {
      await this.lockOwn(manager, caller, found.appraisalId);
      const subject = (await this.recordOf(found.appraisalId, manager)).subjects.find((s) => s.id === id)!;
      if (!subject.reReportItemId) {
        throw AppException.conflict('NO_RE_REPORT_DUE', {
          zh: '该评议对象无需整改再报告',
          en: 'This subject owes no re-report.',
        });
      }
      if (subject.reReportedAt !== null) {
        throw AppException.conflict('RE_REPORT_ALREADY_RECORDED', {
          zh: '该评议对象的整改再报告已经记录',
          en: 'The re-report is already recorded.',
        });
      }
      const now = this.clock.now();
      const item = await this.access.lockForHandingTenant(manager, caller, subject.reReportItemId, {
        reason: 'NOT_HANDING_TENANT',
        zh: '只有组织评议的机关可以记录整改再报告',
        en: 'Only the appraising tenant records the re-report.',
      });
      await this.closeItem(manager, caller, item, text, now);
      await this.appraisals.updateSubject(manager, subject.id, { reReportSummary: text, reReportedAt: now });
      return this.recordOf(found.appraisalId, manager);
    });
  }

  async get(caller: Caller, id: string): Promise<AppraisalRecord> {
    const record = await this.appraisals.record(parseId(id));
    if (!record || !this.canSee(caller, record.appraisal)) {
      throw AppException.notFound(APPRAISAL, id);
    }
    return record;
  }

  /** The appraisals of the caller's subtree (or a tenant inside it); a year of the day held. */
  async list(caller: Caller, filter: AppraisalFilter | null): Promise<AppraisalRecord[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, filter?.scopeTenantId, 'filter.scopeTenantId');
    return this.appraisals.list({
      scopePath: scope.path,
      year: filter?.year ?? null,
      kind: filter?.kind ?? null,
      projectId: filter?.projectId ? parseId(filter.projectId, 'filter.projectId') : null,
    });
  }

  private canSee(caller: Caller, appraisal: AppraisalEntity): boolean {
    return !isDepartmentCaller(caller) && canSeeSubtreeOf(caller, appraisal.tenantPath);
  }

  /** Locks the appraisal; NOT_FOUND outside the caller's view, FORBIDDEN to a tier above that only reads it. */
  private async lockOwn(manager: EntityManager, caller: Caller, id: string): Promise<AppraisalEntity> {
    const appraisal = await this.appraisals.lock(manager, id);
    if (!appraisal || !this.canSee(caller, appraisal)) {
      throw AppException.notFound(APPRAISAL, id);
    }
    if (appraisal.tenantId !== caller.tenantId) {
      throw AppException.forbidden('APPRAISAL_NOT_OWN', {
        zh: '只有组织评议的机关可以办理评议',
        en: 'Only the appraising tenant changes its appraisal.',
      });
    }
    return appraisal;
  }

  /** Walks the item to CLOSED with the re-report as its final report, from wherever its unit left it. */
  private async closeItem(
    manager: EntityManager,
    caller: Caller,
    item: HandoffEntity,
    summary: string,
    now: Date,
  ): Promise<void> {
    let current = item;
    if (current.status === HandoffStatus.CLOSED) {
      return;
    }
    if (current.status === HandoffStatus.ISSUED) {
      current = await this.transitions.move(manager, current, HandoffStatus.SIGNED, { signedAt: now });
    }
    if (current.status !== HandoffStatus.REPLIED) {
      current = await this.transitions.move(manager, current, HandoffStatus.REPLIED, { repliedAt: now });
      await this.rectification.insertReport(manager, {
        handoffId: current.id,
        measures: summary,
        percentDone: 100,
        final: true,
        byUserId: caller.userId,
      });
    }
    await this.transitions.move(manager, current, HandoffStatus.CLOSED, { closedAt: now });
  }

  private recordOf(id: string, manager: EntityManager): Promise<AppraisalRecord> {
    return this.appraisals.record(id, manager).then((record) => {
      if (!record) {
        throw AppException.notFound(APPRAISAL, id);
      }
      return record;
    });
  }
}
