import { Injectable } from '@nestjs/common';
import { QueueName, TypedJob } from '@liandong/queue';
import { EscalationsService } from '../escalations/escalations.service';
import { HandoffsService } from '../handoffs.service';

/** Runs the handoff jobs. Each is idempotent: re-running it after a crash or a re-relay changes nothing. */
@Injectable()
export class HandoffsProcessor {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly escalations: EscalationsService,
  ) {}

  async processNotification(job: TypedJob<QueueName.NOTIFICATIONS>): Promise<void> {
    switch (job.name) {
      case 'handoff-issued':
        await this.handoffs.notifyIssued(job.data.handoffId);
        return;
      case 'handoff-reminder':
        await this.handoffs.remind(job.data.handoffId, job.data.deadline);
        return;
      case 'handoff-escalated':
        await this.escalations.notifyRaised(job.data.handoffId, job.data.level);
        return;
      default: {
        const unknown: never = job;
        throw new Error(`unknown notifications job ${JSON.stringify(unknown)}`);
      }
    }
  }

  async processDeadline(job: TypedJob<QueueName.DEADLINES>): Promise<void> {
    switch (job.name) {
      case 'handoff-deadline':
        await this.escalations.escalateIfDue(job.data.handoffId);
        return;
      default: {
        const unknown: never = job.name;
        throw new Error(`unknown deadlines job ${String(unknown)}`);
      }
    }
  }
}
