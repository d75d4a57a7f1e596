import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, parseId, requireReason } from '@liandong/errors';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  isWithinPath,
  Permission,
  TenantRepository,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { CalendarService } from '../calendar/calendar.service';
import { HANDOFF } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import {
  AUTOMATIC_DEADLINE_LEVEL,
  automaticLevelDue,
  carryingTier,
  escalationName,
  raisedToParent,
  REFERRAL_LEVEL,
  Tier,
  TOP_AUTOMATIC_LEVEL,
  TOP_LEVEL,
  workingDaysUntilLevel,
} from './escalation-ladder';
import { EscalationEntity } from './escalation.entity';
import { EscalationsRepository } from './escalations.repository';
import { ledgerItemName } from '../ledger-item-kind';
import { ReferralRequest, ReferralsService } from '../referrals/referrals.service';

/** One step up the ladder, as whoever or whatever takes it. */
export interface EscalationStep {
  level: number;
  /** Recorded with the step: why it was taken. */
  reason: string;
  automatic: boolean;
  /** The tier that takes it up by hand, when a person does. */
  by?: Tier | null;
  /** What the notices say happened, before "升级为「…」", e.g. "已逾期,". */
  cause: string;
}

/**
 * Every climb of a handoff up the escalation ladder (督办): at the deadline and after (automatic), by a
 * person (escalateHandoff), and after two unsatisfied evaluations. Each step happens once — the escalation
 * row's unique (handoff, level) makes a repeat a no-op — is recorded with the tier that carries it, and
 * tells the department, the handing-over tenant and, when raised, the tier above.
 */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly db: Db,
    private readonly handoffs: HandoffsRepository,
    private readonly escalations: EscalationsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly tenants: TenantRepository,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly referrals: ReferralsService,
  ) {}

  /**
   * Escalation by hand (督办): the next level up the ladder, by the handing-over tenant or a tier above it.
   * Level 4 (约谈) and above are reached only this way. Level 6 (线索移送) refers the item to one of the
   * caller's collaborating bodies, which `referral` names; it is refused without one.
   */
  async escalate(
    caller: Caller,
    handoffId: string,
    reason: string,
    referral: ReferralRequest | null = null,
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = requireReason(reason, 'reason', { zh: '督办', en: 'an escalation' });
    return this.db.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, parseId(handoffId, 'handoffId'));
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_CLOSED', {
          zh: '已销号的事项无需督办',
          en: 'A closed item is not escalated.',
        });
      }
      if (!isWithinPath(handoff.tenantPath, caller.tenantPath)) {
        throw AppException.forbidden('ESCALATION_OUTSIDE_SUBTREE', {
          zh: '只能督办本辖区的事项',
          en: 'Only within your subtree.',
        });
      }
      const level = handoff.escalationLevel + 1;
      if (level > TOP_LEVEL) {
        throw AppException.conflict('ESCALATION_AT_TOP', {
          zh: '已是最高督办等级',
          en: 'Already at the top of the ladder.',
        });
      }
      if (referral && level !== REFERRAL_LEVEL) {
        throw AppException.badInput('referral', 'REFERRAL_ONLY_AT_LEVEL_6', {
          zh: `下一级为「${escalationName(level)}」,只有升级为「线索移送」时才指定移送单位`,
          en: 'a referral is named only for the step to level 6 (线索移送)',
        });
      }
      if (level === REFERRAL_LEVEL) {
        if (!referral) {
          throw AppException.badInput('referral', 'REFERRAL_BODY_REQUIRED', {
            zh: '升级为「线索移送」须指定移送的协同单位和理由',
            en: 'level 6 (线索移送) refers the item on: name the collaborating body (referral.bodyId)',
          });
        }
        await this.referrals.referHandoffIn(manager, caller, handoff, {
          bodyId: referral.bodyId,
          reason: referral.reason?.trim() ? referral.reason : why,
        });
      }
      await this.raise(manager, handoff, {
        level,
        reason: why,
        automatic: false,
        by: { id: caller.tenantId, path: caller.tenantPath },
        cause: `经督办(${why}),`,
      });
      return { ...handoff, escalationLevel: level };
    });
  }

  /** A tenant's own ladder: working days to level 2 after the deadline, and to level 3 after level 2. */
  async setLadder(caller: Caller, level2AfterDays: number, level3AfterDays: number): Promise<void> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    for (const [field, value] of [
      ['level2AfterDays', level2AfterDays],
      ['level3AfterDays', level3AfterDays],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 60) {
        throw AppException.badInput(field, 'LADDER_DAYS_OUT_OF_RANGE', {
          zh: '须为 1–60 个工作日',
          en: '1–60 working days',
        });
      }
    }
    await this.escalations.saveLadder(caller.tenantId, { level2AfterDays, level3AfterDays });
  }

  /** The steps of the handoffs, lowest level first. */
  stepsOf(handoffIds: readonly string[]): Promise<EscalationEntity[]> {
    return this.escalations.stepsOf(handoffIds);
  }

  /** Takes one step; the caller holds the handoff's row lock. Returns whether the handoff climbed. */
  async raise(manager: EntityManager, handoff: HandoffEntity, step: EscalationStep): Promise<boolean> {
    const carrier = carryingTier(step.level, {
      handing: { id: handoff.tenantId, path: handoff.tenantPath },
      // only the steps raised to the parent need it: the automatic climb takes several steps in one go
      parent: raisedToParent(step.level) ? await this.parentOf(handoff.tenantId) : null,
      by: step.by,
    });
    const name = escalationName(step.level);
    const inserted = await this.escalations.insert(manager, {
      handoffId: handoff.id,
      level: step.level,
      name,
      tenantId: carrier.id,
      reason: step.reason,
      automatic: step.automatic,
    });
    if (!inserted) {
      return false;
    }
    await this.handoffs.update(manager, handoff.id, {
      escalationLevel: Math.max(handoff.escalationLevel, step.level),
    });
    handoff.escalationLevel = Math.max(handoff.escalationLevel, step.level);
    const message = `${ledgerItemName(handoff)} ${handoff.letterNo} ${step.cause}升级为「${name}」/ Handoff ${handoff.letterNo} escalated to level ${step.level}.`;
    for (const [departmentId, who] of [
      [handoff.departmentId, 'department'],
      [null, 'tenant'],
    ] as const) {
      await this.notifications.notify(
        {
          tenantId: handoff.tenantId,
          departmentId,
          kind: 'ESCALATED',
          message,
          handoffId: handoff.id,
          dedupeKey: jobId('escalated', handoff.id, step.level, who),
        },
        manager,
      );
    }
    if (carrier.id !== handoff.tenantId) {
      await this.outbox.enqueue(
        manager,
        QueueName.NOTIFICATIONS,
        'handoff-escalated',
        { tenantId: carrier.id, handoffId: handoff.id, level: step.level },
        { jobId: jobId('handoff-escalated', handoff.id, step.level) },
      );
    }
    return true;
  }

  private async parentOf(tenantId: string): Promise<Tier | null> {
    const handing = await this.tenants.findById(tenantId);
    const parent = handing?.parentId ? await this.tenants.findById(handing.parentId) : null;
    return parent ? { id: parent.id, path: parent.path } : null;
  }

  /** Tells the tier a step was raised to (the worker's job); idempotent. */
  async notifyRaised(handoffId: string, level: number): Promise<void> {
    const handoff = await this.handoffs.findById(handoffId);
    const step = handoff ? await this.escalations.findAt(handoffId, level) : null;
    if (!handoff || !step || step.tenantId === handoff.tenantId) {
      return;
    }
    await this.notifications.notify({
      tenantId: step.tenantId,
      departmentId: null,
      kind: 'ESCALATED',
      message: `${ledgerItemName(handoff)} ${handoff.letterNo} 升级为「${step.name}」,提级由本级督办:${step.reason} / Handoff ${handoff.letterNo} was raised to you at level ${level}.`,
      handoffId: handoff.id,
      dedupeKey: jobId('escalated', handoff.id, level, 'raised'),
    });
  }

  /**
   * Raises an overdue handoff up the automatic part of the ladder (催办 at the deadline, 督办函 and 挂牌督办
   * after further working days) and schedules the next automatic step. Returns whether it climbed.
   */
  async escalateIfDue(handoffId: string, now = this.clock.now()): Promise<boolean> {
    const calendar = await this.calendar.calendar();
    return this.db.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, handoffId);
      if (
        !handoff ||
        handoff.status === HandoffStatus.CLOSED ||
        handoff.escalationLevel >= TOP_AUTOMATIC_LEVEL
      ) {
        return false;
      }
      const ladder = await this.escalations.ladderOf(manager, handoff.tenantId);
      const due = automaticLevelDue(
        { deadline: handoff.deadline, closed: false },
        now,
        calendar.workingDaysBetween(handoff.deadline, now),
        ladder,
      );
      let climbed = false;
      for (let level = handoff.escalationLevel + 1; level <= due; level += 1) {
        const first = level === AUTOMATIC_DEADLINE_LEVEL;
        climbed =
          (await this.raise(manager, handoff, {
            level,
            reason: first
              ? '逾期未办结 / not closed by its deadline'
              : '逾期持续未办结 / still open after the deadline',
            automatic: true,
            cause: '已逾期,',
          })) || climbed;
      }
      const nextDays = workingDaysUntilLevel(due + 1, ladder);
      if (climbed && nextDays !== null) {
        // The next automatic step as a delayed job; the sweep stays the safety net if Redis loses it.
        await this.outbox.enqueue(
          manager,
          QueueName.DEADLINES,
          'handoff-deadline',
          { tenantId: handoff.tenantId, handoffId: handoff.id, deadline: handoff.deadline.toISOString() },
          {
            jobId: jobId('handoff-escalation', handoff.id, due + 1, handoff.deadline.getTime()),
            runAt: calendar.addWorkingDays(handoff.deadline, nextDays),
          },
        );
      }
      return climbed;
    });
  }

  /** Escalates whatever fell due; the safety net behind the delayed jobs (Redis lost, worker down). */
  async escalateOverdue(now = this.clock.now()): Promise<number> {
    let count = 0;
    for (const id of await this.escalations.dueForEscalation(now, TOP_AUTOMATIC_LEVEL)) {
      if (await this.escalateIfDue(id, now)) {
        count += 1;
      }
    }
    return count;
  }
}
