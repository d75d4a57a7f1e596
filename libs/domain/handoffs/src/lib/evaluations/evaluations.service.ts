import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { jobId } from '@liandong/queue';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { TWICE_UNSATISFIED_LEVEL } from '../escalations/escalation-ladder';
import { EscalationsService } from '../escalations/escalations.service';
import { EvaluationEntity, EvaluationResult, EvaluationScheme } from './evaluation.entity';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { HandoffTransitions } from '../handoff-transitions';
import { checkVotes, evaluate, isFailing, MAX_ELIGIBLE, VotesCommand } from './evaluation-rules';
import { Clock } from '@liandong/time';

const HANDOFF = '交办事项 Handoff';
const EVALUATION = '满意度测评 Evaluation';

/** Two failing evaluations in a row raise the handoff to this level (约谈). */

/** The handoff states an evaluation may be held in, and that an unsatisfied result sends back. */
const EVALUABLE: readonly HandoffStatus[] = [HandoffStatus.REPLIED, HandoffStatus.CLOSED];

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handoffs: HandoffsRepository,
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
      throw AppException.badInput('scheme', '未知的测评方式 / unknown evaluation scheme');
    }
    if (!Number.isInteger(eligible) || eligible < 1 || eligible > MAX_ELIGIBLE) {
      throw AppException.badInput(
        'eligible',
        `应参评人数须为 1–${MAX_ELIGIBLE} / the eligible count is 1–${MAX_ELIGIBLE}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.lockOwnHandoff(manager, caller, handoffId);
      if (!EVALUABLE.includes(handoff.status)) {
        throw AppException.conflict(
          `交办事项状态为 ${handoff.status},回复办结后才能测评 / Only a REPLIED or CLOSED handoff can be evaluated.`,
        );
      }
      const repository = manager.getRepository(EvaluationEntity);
      return repository.save(
        repository.create({ handoffId: handoff.id, scheme, eligible, createdBy: caller.userId }),
      );
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
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(EvaluationEntity);
      const found = await repository.findOneBy({ id: evaluationId });
      if (!found) {
        throw AppException.notFound(EVALUATION, evaluationId);
      }
      // The handoff first, then the evaluation: the same lock order as every other handoff write.
      const handoff = await this.lockOwnHandoff(manager, caller, found.handoffId, EVALUATION, evaluationId);
      const evaluation = await repository.findOne({
        where: { id: evaluationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!evaluation) {
        throw AppException.notFound(EVALUATION, evaluationId);
      }
      if (evaluation.votedAt !== null) {
        throw AppException.conflict(
          '该测评已经计票,不能重复计票 / The votes of this evaluation are already recorded.',
        );
      }
      const votes = checkVotes(evaluation.scheme, evaluation.eligible, command);
      const result = evaluate(evaluation.scheme, evaluation.eligible, votes);
      const previous = await this.previousResult(manager, handoff.id, evaluation.id);
      const changes: Partial<EvaluationEntity> = { ...votes, result, votedAt: now };
      await repository.update({ id: evaluation.id }, changes);
      if (isFailing(result)) {
        await this.sendBack(manager, handoff, evaluation.id, isFailing(previous));
      }
      return { ...evaluation, ...changes };
    });
  }

  /** Evaluations of the handoffs, oldest first. */
  listFor(handoffIds: readonly string[]): Promise<EvaluationEntity[]> {
    if (handoffIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.dataSource
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .where('e.handoff_id = ANY(:ids::uuid[])', { ids: handoffIds })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  /** The result of the handoff's last evaluation voted before this one, if any. */
  private async previousResult(
    manager: EntityManager,
    handoffId: string,
    evaluationId: string,
  ): Promise<EvaluationResult | null> {
    const rows: Array<{ result: EvaluationResult | null }> = await manager.query(
      `SELECT result FROM evaluation WHERE handoff_id = $1 AND id <> $2 AND voted_at IS NOT NULL
        ORDER BY voted_at DESC, created_at DESC LIMIT 1`,
      [handoffId, evaluationId],
    );
    return rows[0]?.result ?? null;
  }

  private async sendBack(
    manager: EntityManager,
    handoff: HandoffEntity,
    evaluationId: string,
    twice: boolean,
  ): Promise<void> {
    if (EVALUABLE.includes(handoff.status)) {
      await this.transitions.reopen(manager, handoff);
      await this.handoffs.notify(manager, {
        tenantId: handoff.tenantId,
        departmentId: handoff.departmentId,
        kind: 'EVALUATION_UNSATISFIED',
        message: `交办事项 ${handoff.letterNo} 满意度测评未通过,退回继续整改 / Handoff ${handoff.letterNo} failed its satisfaction evaluation and is back to rectification.`,
        handoffId: handoff.id,
        dedupeKey: jobId('evaluation-unsatisfied', evaluationId),
      });
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
  private async lockOwnHandoff(
    manager: EntityManager,
    caller: Caller,
    handoffId: string,
    what = HANDOFF,
    id = handoffId,
  ): Promise<HandoffEntity> {
    const handoff = await this.handoffs.lock(manager, handoffId);
    if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
      throw AppException.notFound(what, id);
    }
    if (handoff.tenantId !== caller.tenantId) {
      throw AppException.forbidden(
        '只有交办机关可以组织满意度测评 / Only the handing-over tenant evaluates it.',
      );
    }
    return handoff;
  }
}
