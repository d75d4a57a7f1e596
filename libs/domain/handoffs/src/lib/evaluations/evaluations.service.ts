import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, Said } from '@liandong/errors';
import { jobId } from '@liandong/queue';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { TWICE_UNSATISFIED_LEVEL } from '../escalations/escalation-ladder';
import { EscalationsService } from '../escalations/escalations.service';
import { EvaluationEntity, EvaluationScheme } from './evaluation.entity';
import { HandoffStatus } from '../handoff-status';
import { HandoffAccess } from '../handoff-access';
import { HandoffEntity } from '../handoff.entity';
import { HandoffTransitions } from '../handoff-transitions';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { checkVotes, evaluate, isFailing, MAX_ELIGIBLE, VotesCommand } from './evaluation-rules';
import { EvaluationsRepository } from './evaluations.repository';
import { Clock } from '@liandong/time';
import { ledgerItemName } from '../ledger-item-kind';

const EVALUATION: Said = { zh: '满意度测评', en: 'Evaluation' };

/** The handoff states an evaluation may be held in, and that an unsatisfied result sends back. */
const EVALUABLE: readonly HandoffStatus[] = [HandoffStatus.REPLIED, HandoffStatus.CLOSED];

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly db: Db,
    private readonly evaluations: EvaluationsRepository,
    private readonly access: HandoffAccess,
    private readonly notifications: NotificationsRepository,
    private readonly escalations: EscalationsService,
    private readonly transitions: HandoffTransitions,
    private readonly clock: Clock,
  ) {}

  /** Opens an evaluation of a replied or closed handoff; only its handing-over tenant does. */
  async create(
    caller: Caller,
    handoffId: string,
    scheme: EvaluationScheme,
    eligible: number,
  ): Promise<EvaluationEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    if (!Object.values(EvaluationScheme).includes(scheme)) {
      throw AppException.badInput('scheme', 'UNKNOWN_EVALUATION_SCHEME', {
        zh: '未知的测评方式',
        en: 'unknown evaluation scheme',
      });
    }
    if (!Number.isInteger(eligible) || eligible < 1 || eligible > MAX_ELIGIBLE) {
      throw AppException.badInput('eligible', 'ELIGIBLE_OUT_OF_RANGE', {
        zh: `应参评人数须为 1–${MAX_ELIGIBLE}`,
        en: `the eligible count is 1–${MAX_ELIGIBLE}`,
      });
    }
    return this.db.transaction(async (manager) => {
      const handoff = await this.lockOwnHandoff(manager, caller, handoffId);
      if (!EVALUABLE.includes(handoff.status)) {
        throw AppException.conflict('HANDOFF_NOT_EVALUABLE', {
          zh: `交办事项状态为 ${handoff.status},回复办结后才能测评`,
          en: 'Only a REPLIED or CLOSED handoff can be evaluated.',
        });
      }
      return this.evaluations.insert(manager, {
        handoffId: handoff.id,
        scheme,
        eligible,
        createdBy: caller.userId,
      });
    });
  }

  /**
   * Records the votes of an evaluation, once, and its result. A failing result sends a replied or
   * closed handoff back to RECTIFYING; a second failing result in a row raises it to level 4 (约谈).
   */
  async recordVotes(
    caller: Caller,
    evaluationId: string,
    command: VotesCommand,
    now = this.clock.now(),
  ): Promise<EvaluationEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    return this.db.transaction(async (manager) => {
      const found = await this.evaluations.findById(manager, evaluationId);
      if (!found) {
        throw AppException.notFound(EVALUATION, evaluationId);
      }
      // The handoff first, then the evaluation: the same lock order as every other handoff write.
      const handoff = await this.lockOwnHandoff(manager, caller, found.handoffId, {
        what: EVALUATION,
        id: evaluationId,
      });
      const evaluation = await this.evaluations.lock(manager, evaluationId);
      if (!evaluation) {
        throw AppException.notFound(EVALUATION, evaluationId);
      }
      if (evaluation.votedAt !== null) {
        throw AppException.conflict('VOTES_ALREADY_RECORDED', {
          zh: '该测评已经计票,不能重复计票',
          en: 'The votes of this evaluation are already recorded.',
        });
      }
      const votes = checkVotes(evaluation.scheme, evaluation.eligible, command);
      const result = evaluate(evaluation.scheme, evaluation.eligible, votes);
      const previous = await this.evaluations.previousResult(manager, handoff.id, evaluation.id);
      const changes: Partial<EvaluationEntity> = { ...votes, result, votedAt: now };
      await this.evaluations.update(manager, evaluation.id, changes);
      if (isFailing(result)) {
        await this.sendBack(manager, handoff, evaluation.id, isFailing(previous));
      }
      return { ...evaluation, ...changes };
    });
  }

  /** Evaluations of the handoffs, oldest first. */
  listFor(handoffIds: readonly string[]): Promise<EvaluationEntity[]> {
    return this.evaluations.evaluationsOf(handoffIds);
  }

  private async sendBack(
    manager: EntityManager,
    handoff: HandoffEntity,
    evaluationId: string,
    twice: boolean,
  ): Promise<void> {
    if (EVALUABLE.includes(handoff.status)) {
      await this.transitions.reopen(manager, handoff);
      await this.notifications.notify(
        {
          tenantId: handoff.tenantId,
          departmentId: handoff.departmentId,
          kind: 'EVALUATION_UNSATISFIED',
          message: `${ledgerItemName(handoff)} ${handoff.letterNo} 满意度测评未通过,退回继续整改 / Handoff ${handoff.letterNo} failed its satisfaction evaluation and is back to rectification.`,
          handoffId: handoff.id,
          dedupeKey: jobId('evaluation-unsatisfied', evaluationId),
        },
        manager,
      );
    }
    if (!twice) {
      return;
    }
    await this.escalations.raise(manager, handoff, {
      level: TWICE_UNSATISFIED_LEVEL,
      reason: '连续两次满意度测评不满意 / unsatisfied in two evaluations in a row',
      automatic: true,
      cause: '连续两次满意度测评不满意,',
    });
  }

  /** Locks the handoff; NOT_FOUND outside the caller's subtree, FORBIDDEN unless the caller handed it over. */
  private lockOwnHandoff(
    manager: EntityManager,
    caller: Caller,
    handoffId: string,
    shown?: { what: Said; id: string },
  ): Promise<HandoffEntity> {
    return this.access.lockForHandingTenant(
      manager,
      caller,
      handoffId,
      {
        reason: 'NOT_HANDING_TENANT',
        zh: '只有交办机关可以组织满意度测评',
        en: 'Only the handing-over tenant evaluates it.',
      },
      shown,
    );
  }
}
