import { Injectable } from '@nestjs/common';
import { AppException, parseId, parseInput } from '@liandong/errors';
import {
  assertPermission,
  assertReceivesWork,
  Caller,
  canSeeSubtreeOf,
  CommitteeRepository,
  DepartmentRepository,
  isDepartmentCaller,
  Permission,
  TenantRepository,
} from '@liandong/tenancy';
import { Db } from '@liandong/db';
import { addMonths, Clock, endOfShanghaiDay, shanghaiYear } from '@liandong/time';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsService } from '../handoffs.service';
import { LedgerItemKind } from '../ledger-item-kind';
import { ReviewOpinionEntity } from './review-opinion.entity';
import {
  answerSchema,
  DEFAULT_OPINION_MONTHS,
  opinionSchema,
  REVIEW_OPINION,
  SESSION,
} from './session-rules';
import { SessionsRepository } from './sessions.repository';

/** The letter of an opinion or resolution, by kind: 审 for 审议意见, 决 for 决议. */
const LETTER_MARK: Partial<Record<LedgerItemKind, string>> = {
  [LedgerItemKind.REVIEW_OPINION]: '审',
  [LedgerItemKind.RESOLUTION]: '决',
};

/**
 * What a session sends to a body (审议意见, 决议) and the body's answer. Each item is put on the ledger through
 * HandoffsService.issueItems, so from then on it is a ledger item like any handoff: signed, reported on,
 * extended, transferred, escalated, verified, evaluated and looked back on by its id.
 */
@Injectable()
export class ReviewOpinionsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
    private readonly tenants: TenantRepository,
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  /** By the office that held the session, to one of its own units that receives work. */
  async issue(caller: Caller, input: unknown, now = this.clock.now()): Promise<ReviewOpinionEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const opinion = parseInput(opinionSchema, input, 'input');
    const kind = opinion.kind ?? LedgerItemKind.REVIEW_OPINION;
    const deadline = opinion.deadline ?? endOfShanghaiDay(addMonths(now, DEFAULT_OPINION_MONTHS));
    if (deadline.getTime() <= now.getTime()) {
      throw AppException.badInput('input.deadline', 'DEADLINE_NOT_IN_FUTURE', {
        zh: '办理期限须晚于当前时间',
        en: 'the deadline must be in the future',
      });
    }
    const session = await this.sessions.findSession(parseId(opinion.sessionId, 'input.sessionId'));
    if (!session || !canSeeSubtreeOf(caller, session.tenantPath)) {
      throw AppException.notFound(SESSION, opinion.sessionId);
    }
    if (session.tenantId !== caller.tenantId) {
      throw AppException.forbidden('SESSION_NOT_OWN', {
        zh: '只有召开会议的机关可以送交审议意见',
        en: 'Only the office that held the session sends its opinions.',
      });
    }
    if (opinion.reportId) {
      const [report] = await this.sessions.findReports([parseId(opinion.reportId, 'input.reportId')]);
      if (!report || report.sessionId !== session.id) {
        throw AppException.badInput('input.reportId', 'REPORT_NOT_OF_SESSION', {
          zh: '该报告不是本次会议审议的报告',
          en: 'a report deliberated at this session',
        });
      }
    }
    if (opinion.leadCommitteeId) {
      const committee = await this.committees.findById(
        parseId(opinion.leadCommitteeId, 'input.leadCommitteeId'),
      );
      if (!committee || committee.tenantId !== caller.tenantId || committee.retiredAt !== null) {
        throw AppException.badInput('input.leadCommitteeId', 'COMMITTEE_NOT_YOURS', {
          zh: '牵头委室须是本机关现有的委员会',
          en: 'a current committee of your own office',
        });
      }
    }
    const departmentId = parseId(opinion.departmentId, 'input.departmentId');
    const tenant = await this.tenants.findById(caller.tenantId);
    return this.db.transaction(async (manager) => {
      const department = await this.departments.lockToReceive(manager, departmentId);
      if (!department || department.tenantId !== caller.tenantId) {
        throw AppException.badInput('input.departmentId', 'DEPARTMENT_NOT_OWN', {
          zh: '审议意见只能送交本级的机关或单位',
          en: 'send it to a body of your own tenant',
        });
      }
      assertReceivesWork(department, 'input.departmentId');
      const year = shanghaiYear(now);
      const letterNo =
        opinion.letterNo ??
        `${tenant?.code ?? 'L'}-${LETTER_MARK[kind]}-${year}-${String(
          await this.sessions.nextOpinionSequence(manager, caller.tenantId, year),
        ).padStart(3, '0')}`;
      const stored = await this.sessions.insertOpinion(manager, {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        sessionId: session.id,
        reportId: opinion.reportId ?? null,
        kind,
        departmentId: department.id,
        leadCommitteeId: opinion.leadCommitteeId ?? null,
        letterNo,
        title: opinion.title,
        deadline,
        issuedBy: caller.userId,
      });
      await this.handoffs.issueItems(
        manager,
        caller,
        opinion.items.map((title, index) => ({
          kind,
          projectId: null,
          opinionId: stored.id,
          title,
          departmentId: department.id,
          letterNo: `${letterNo}-${String(index + 1).padStart(2, '0')}`,
          deadline,
        })),
        now,
      );
      return stored;
    });
  }

  /**
   * The body's 研究处理情况报告, by an account of the unit it was sent to: kept on the opinion, and the final
   * report of each item still open, which the office then verifies (and may evaluate) item by item.
   */
  async answer(caller: Caller, id: string, report: unknown): Promise<ReviewOpinionEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    const text = parseInput(answerSchema, report, 'report');
    return this.db.transaction(async (manager) => {
      const opinion = await this.sessions.lockOpinion(manager, parseId(id));
      if (!opinion || opinion.departmentId !== caller.departmentId) {
        throw AppException.notFound(REVIEW_OPINION, id);
      }
      const items = await this.sessions.itemsOf([opinion.id]);
      await this.handoffs.answerItems(
        manager,
        caller,
        items.map((item) => item.id),
        text,
      );
      const response = { response: text, respondedAt: this.clock.now(), respondedBy: caller.userId };
      await this.sessions.recordResponse(manager, opinion.id, response);
      return { ...opinion, ...response };
    });
  }

  /** The opinion, to its office's subtree and to the unit it was sent to. */
  async get(caller: Caller, id: string): Promise<ReviewOpinionEntity> {
    const opinion = await this.sessions.findOpinion(parseId(id));
    if (!opinion || !this.canSee(caller, opinion)) {
      throw AppException.notFound(REVIEW_OPINION, id);
    }
    return opinion;
  }

  canSee(caller: Caller, opinion: ReviewOpinionEntity): boolean {
    return isDepartmentCaller(caller)
      ? opinion.departmentId === caller.departmentId
      : canSeeSubtreeOf(caller, opinion.tenantPath);
  }

  findByIds(ids: readonly string[]): Promise<ReviewOpinionEntity[]> {
    return this.sessions.findOpinions(ids);
  }

  ofSessions(sessionIds: readonly string[]): Promise<ReviewOpinionEntity[]> {
    return this.sessions.opinionsOfSessions(sessionIds);
  }

  itemsOf(opinionIds: readonly string[]): Promise<HandoffEntity[]> {
    return this.sessions.itemsOf(opinionIds);
  }
}
