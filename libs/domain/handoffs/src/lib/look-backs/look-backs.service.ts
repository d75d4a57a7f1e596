import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AppException } from '@liandong/errors';
import { jobId } from '@liandong/queue';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { LookBackEntity } from './look-back.entity';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { HandoffTransitions } from '../handoff-transitions';
import { addMonths, Clock } from '@liandong/time';

const HANDOFF = '交办事项 Handoff';
const MAX_NOTE = 5_000;
const MAX_DUE_LISTED = 500;

/** A closed handoff is looked back at (回头看) this many months after its closure. */
export const LOOK_BACK_MONTHS = 6;

@Injectable()
export class LookBacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handoffs: HandoffsRepository,
    private readonly transitions: HandoffTransitions,
    private readonly clock: Clock,
  ) {}

  /**
   * Schedules the look-back of a handoff closed at `closedAt`, due `LOOK_BACK_MONTHS` later, inside the
   * closing transaction (the caller holds the handoff's row lock). A handoff has at most one open
   * look-back: one left from an earlier closure is replaced.
   */
  async schedule(manager: EntityManager, handoffId: string, closedAt: Date): Promise<LookBackEntity> {
    const repository = manager.getRepository(LookBackEntity);
    await repository.delete({ handoffId, doneAt: IsNull() });
    return repository.save(
      repository.create({ handoffId, dueAt: addMonths(closedAt, LOOK_BACK_MONTHS), doneAt: null }),
    );
  }

  /**
   * Records the look-back of a closed handoff (its handing-over tenant does). A relapse (反弹) reopens
   * it: back to RECTIFYING, its findings worked again and marked as recurrences, the department told.
   */
  async record(
    caller: Caller,
    handoffId: string,
    relapsed: boolean,
    note: string,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const text = typeof note === 'string' ? note.trim() : '';
    if (!text) {
      throw AppException.badInput('note', '回头看情况不能为空 / the note must not be empty');
    }
    if (text.length > MAX_NOTE) {
      throw AppException.badInput(
        'note',
        `回头看情况不能超过 ${MAX_NOTE} 字 / at most ${MAX_NOTE} characters`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, handoffId);
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      if (handoff.tenantId !== caller.tenantId) {
        throw AppException.forbidden(
          '只有交办机关可以开展回头看 / Only the handing-over tenant looks back at it.',
        );
      }
      if (handoff.status !== HandoffStatus.CLOSED) {
        throw AppException.conflict(
          `交办事项状态为 ${handoff.status},销号后才能回头看 / Only a CLOSED handoff is looked back at.`,
        );
      }
      const repository = manager.getRepository(LookBackEntity);
      const open = await repository.findOne({
        where: { handoffId: handoff.id, doneAt: IsNull() },
        order: { dueAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!open) {
        throw AppException.conflict('该交办事项没有待开展的回头看 / This handoff has no open look-back.');
      }
      await repository.update({ id: open.id }, { doneAt: now, relapsed, note: text, doneBy: caller.userId });
      if (!relapsed) {
        return handoff;
      }
      const reopened = await this.transitions.reopen(manager, handoff, { recurrence: true });
      await this.handoffs.notify(manager, {
        tenantId: handoff.tenantId,
        departmentId: handoff.departmentId,
        kind: 'LOOK_BACK_RELAPSED',
        message: `交办事项 ${handoff.letterNo} 回头看发现问题反弹,已重新交办整改 / Handoff ${handoff.letterNo} relapsed at its look-back and is back to rectification.`,
        handoffId: handoff.id,
        dedupeKey: jobId('look-back-relapsed', open.id),
      });
      return reopened;
    });
  }

  /** Closed handoffs of the caller's subtree whose open look-back is due by `now`, the most overdue first. */
  async due(caller: Caller, now = this.clock.now()): Promise<HandoffEntity[]> {
    assertPermission(caller, Permission.READ);
    return this.dataSource
      .getRepository(HandoffEntity)
      .createQueryBuilder('h')
      .innerJoin(LookBackEntity, 'l', 'l.handoff_id = h.id AND l.done_at IS NULL')
      .where('h.status = :closed', { closed: HandoffStatus.CLOSED })
      .andWhere('h.tenant_path <@ :path::ltree', { path: caller.tenantPath })
      .andWhere('l.due_at <= :now', { now })
      .orderBy('l.due_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(MAX_DUE_LISTED)
      .getMany();
  }

  /** Per handoff, its open look-back, else its latest done one. */
  async latestFor(handoffIds: readonly string[]): Promise<LookBackEntity[]> {
    if (handoffIds.length === 0) {
      return [];
    }
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (handoff_id) id FROM look_back WHERE handoff_id = ANY($1::uuid[])
        ORDER BY handoff_id, (done_at IS NULL) DESC, due_at DESC, id`,
      [handoffIds],
    );
    return rows.length === 0
      ? []
      : this.dataSource.getRepository(LookBackEntity).findBy({ id: In(rows.map((row) => row.id)) });
  }
}
