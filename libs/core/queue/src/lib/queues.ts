import { JobsOptions } from 'bullmq';

/** Every queue of the platform; processors live in the domain libs, the worker app hosts them. */
export enum QueueName {
  NOTIFICATIONS = 'notifications',
  DEADLINES = 'deadlines',
}

/** Job name → payload, per queue. Payloads carry the tenant they act for. */
export interface JobMap {
  [QueueName.NOTIFICATIONS]: {
    'handoff-issued': { tenantId: string; handoffId: string };
    'handoff-reminder': { tenantId: string; handoffId: string; deadline: string };
    /** The tier a step was raised to is told by the worker: the one taking the step may not write there. */
    'handoff-escalated': { tenantId: string; handoffId: string; level: number };
  };
  [QueueName.DEADLINES]: {
    'handoff-deadline': { tenantId: string; handoffId: string; deadline: string };
  };
}

export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** A job as a processor receives it: the name narrows the payload. */
export type TypedJob<Q extends QueueName> = {
  [N in JobName<Q>]: { name: N; data: JobPayload<Q, N>; id?: string };
}[JobName<Q>];

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Completed jobs stay a week so a re-relayed job id is recognised as done, not run twice.
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
