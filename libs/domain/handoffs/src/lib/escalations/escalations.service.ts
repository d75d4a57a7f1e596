import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import { TenantRepository } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { CalendarService } from '../calendar/calendar.service';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import {
  AUTOMATIC_DEADLINE_LEVEL,
  automaticLevelDue,
  carryingTier,
  escalationName,
  raisedToParent,
  Tier,
  TOP_AUTOMATIC_LEVEL,
  workingDaysUntilLevel,
} from './escalation-ladder';

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
    private readonly dataSource: DataSource,
    private readonly handoffs: HandoffsRepository,
    private readonly tenants: TenantRepository,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Takes one step; the caller holds the handoff's row lock. Returns whether the handoff climbed. */
  async raise(manager: EntityManager, handoff: HandoffEntity, step: EscalationStep): Promise<boolean> {
    const carrier = carryingTier(step.level, {
      handing: { id: handoff.tenantId, path: handoff.tenantPath },
      // only the steps raised to the parent need it: the automatic climb takes several steps in one go
      parent: raisedToParent(step.level) ? await this.parentOf(handoff.tenantId) : null,
      by: step.by,
    });
    const name = escalationName(step.level);
    const inserted = await this.handoffs.insertEscalation(manager, {
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
    const message = `交办事项 ${handoff.letterNo} ${step.cause}升级为「${name}」/ Handoff ${handoff.letterNo} escalated to level ${step.level}.`;
    for (const [departmentId, who] of [
      [handoff.departmentId, 'department'],
      [null, 'tenant'],
    ] as const) {
      await this.handoffs.notify(manager, {
        tenantId: handoff.tenantId,
        departmentId,
        kind: 'ESCALATED',
        message,
        handoffId: handoff.id,
        dedupeKey: jobId('escalated', handoff.id, step.level, who),
      });
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
    const step = handoff ? await this.handoffs.escalationAt(handoffId, level) : null;
    if (!handoff || !step || step.tenantId === handoff.tenantId) {
      return;
    }
    await this.handoffs.notify(this.dataSource.manager, {
      tenantId: step.tenantId,
      departmentId: null,
      kind: 'ESCALATED',
      message: `交办事项 ${handoff.letterNo} 升级为「${step.name}」,提级由本级督办:${step.reason} / Handoff ${handoff.letterNo} was raised to you at level ${level}.`,
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
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, handoffId);
      if (
        !handoff ||
        handoff.status === HandoffStatus.CLOSED ||
        handoff.escalationLevel >= TOP_AUTOMATIC_LEVEL
      ) {
        return false;
      }
      const ladder = await this.handoffs.ladderOf(manager, handoff.tenantId);
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
    for (const id of await this.handoffs.dueForEscalation(now, TOP_AUTOMATIC_LEVEL)) {
      if (await this.escalateIfDue(id, now)) {
        count += 1;
      }
    }
    return count;
  }
}
