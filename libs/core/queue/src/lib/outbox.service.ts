import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayload, QueueName } from './queues';

export interface EnqueueOptions {
  /** Deterministic id; BullMQ forbids ':' in custom ids, so parts are joined with '-'. */
  jobId: string;
  /** Run no earlier than this (a delayed job). */
  runAt?: Date;
}

/** Enqueues jobs inside the caller's transaction. */
@Injectable()
export class OutboxService {
  async enqueue<Q extends QueueName, N extends JobName<Q>>(
    manager: EntityManager,
    queue: Q,
    name: N,
    payload: JobPayload<Q, N>,
    options: EnqueueOptions,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox (queue, name, job_id, payload, run_at) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (job_id) DO NOTHING`,
      [queue, name, options.jobId, JSON.stringify(payload), options.runAt ?? null],
    );
  }
}

export function jobId(...parts: Array<string | number>): string {
  return parts.map((part) => String(part).replace(/:/g, '_')).join('-');
}
