import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException } from '@liandong/errors';
import { jobId } from '@liandong/queue';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { HandoffAccess } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffTransitions } from '../handoff-transitions';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { LookBackEntity } from './look-back.entity';
import { LookBacksRepository } from './look-backs.repository';
import { addMonths, Clock } from '@liandong/time';
import { ledgerItemName } from '../ledger-item-kind';

/** A look-back's note reports what was found, so it may run longer than a reason. */
const MAX_NOTE = 5_000;
const MAX_DUE_LISTED = 500;

/** A closed handoff is looked back at (回头看) this many months after its closure. */
export const LOOK_BACK_MONTHS = 6;

@Injectable()
export class LookBacksService {
  constructor(
    private readonly db: Db,
    private readonly lookBacks: LookBacksRepository,
    private readonly access: HandoffAccess,
    private readonly notifications: NotificationsRepository,
    private readonly transitions: HandoffTransitions,
    private readonly clock: Clock,
  ) {}

  /**
   * Schedules the look-back of a handoff closed at `closedAt`, due `LOOK_BACK_MONTHS` later, inside the
   * closing transaction (the caller holds the handoff's row lock). A handoff has at most one open
   * look-back: one left from an earlier closure is replaced.
   */
  schedule(manager: EntityManager, handoffId: string, closedAt: Date): Promise<LookBackEntity> {
    return this.lookBacks.replaceOpen(manager, handoffId, addMonths(closedAt, LOOK_BACK_MONTHS));
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
      throw AppException.badInput('note', 'NOTE_REQUIRED', {
        zh: '回头看情况不能为空',
        en: 'the note must not be empty',
      });
    }
    if (text.length > MAX_NOTE) {
      throw AppException.badInput('note', 'TEXT_TOO_LONG', {
        zh: `回头看情况不能超过 ${MAX_NOTE} 字`,
        en: `at most ${MAX_NOTE} characters`,
      });
    }
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForHandingTenant(manager, caller, handoffId, {
        reason: 'NOT_HANDING_TENANT',
        zh: '只有交办机关可以开展回头看',
        en: 'Only the handing-over tenant looks back at it.',
      });
      if (handoff.status !== HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_NOT_CLOSED', {
          zh: `交办事项状态为 ${handoff.status},销号后才能回头看`,
          en: 'Only a CLOSED handoff is looked back at.',
        });
      }
      const open = await this.lookBacks.lockOpen(manager, handoff.id);
      if (!open) {
        throw AppException.conflict('NO_OPEN_LOOK_BACK', {
          zh: '该交办事项没有待开展的回头看',
          en: 'This handoff has no open look-back.',
        });
      }
      await this.lookBacks.record(manager, open.id, {
        doneAt: now,
        relapsed,
        note: text,
        doneBy: caller.userId,
      });
      if (!relapsed) {
        return handoff;
      }
      const reopened = await this.transitions.reopen(manager, handoff, { recurrence: true });
      await this.notifications.notify(
        {
          tenantId: handoff.tenantId,
          departmentId: handoff.departmentId,
          kind: 'LOOK_BACK_RELAPSED',
          message: `${ledgerItemName(handoff)} ${handoff.letterNo} 回头看发现问题反弹,已重新交办整改 / Handoff ${handoff.letterNo} relapsed at its look-back and is back to rectification.`,
          handoffId: handoff.id,
          dedupeKey: jobId('look-back-relapsed', open.id),
        },
        manager,
      );
      return reopened;
    });
  }

  /** Closed handoffs of the caller's subtree whose open look-back is due by `now`, the most overdue first. */
  due(caller: Caller, now = this.clock.now()): Promise<HandoffEntity[]> {
    assertPermission(caller, Permission.READ);
    return this.lookBacks.dueHandoffs(caller.tenantPath, now, MAX_DUE_LISTED);
  }

  /** Per handoff, its open look-back, else its latest done one. */
  latestFor(handoffIds: readonly string[]): Promise<LookBackEntity[]> {
    return this.lookBacks.latestOf(handoffIds);
  }
}
