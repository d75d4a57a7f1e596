import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { hostname } from 'node:os';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { HandoffsProcessor, HandoffsService } from '@liandong/handoffs';
import { describeFault } from '@liandong/logging';
import { createRedis, OutboxReconciler, OutboxRelay, QueueName, TypedJob } from '@liandong/queue';
import { Clock } from '@liandong/time';

/** How often a job may be taken back from a worker that died holding it before it counts as failed. */
const MAX_STALLED_COUNT = 25;

/**
 * Hosts the queue side of the platform: the outbox relay, one BullMQ worker per queue, and the deadline
 * sweep that re-derives escalations from PostgreSQL should a delayed job be lost with Redis, and the outbox
 * reconciler that hands the relay again any relayed job Redis lost before it ran.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('liandong-worker');
  private readonly workers: Worker[] = [];
  /** BullMQ leaves a connection it was given open on close; we made these, we end them. */
  private readonly connections: Redis[] = [];
  private relay: OutboxRelay | null = null;
  private reconciler: OutboxReconciler | null = null;
  private reconcileTimer: NodeJS.Timeout | null = null;
  private reconciling: Promise<void> | null = null;
  private reconcileAgain = false;
  private producer: Redis | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private listener: Client | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly processor: HandoffsProcessor,
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.producer = createRedis(this.config.redisUrl, 'producer');
    this.producer.on('error', () => undefined);
    this.relay = new OutboxRelay(
      this.dataSource,
      this.producer,
      { warn: (message, context) => this.logger.warn({ message, ...context }) },
      this.clock,
    );
    this.relay.start(this.config.queue.outboxPollMs);
    void this.listenForOutbox(this.relay);
    this.reconciler = new OutboxReconciler(this.dataSource, this.producer);
    // Each (re)connection may be to a Redis that lost its jobs (restarted without persistence): check then,
    // and now and then in case it lost them another way (a failover to a replica that lagged).
    this.producer.on('ready', () => this.reconcile());
    this.reconcileTimer = setInterval(() => this.reconcile(), this.config.queue.outboxReconcileMs);
    this.workers.push(
      this.worker(QueueName.NOTIFICATIONS, (job) =>
        this.processor.processNotification(job as TypedJob<QueueName.NOTIFICATIONS>),
      ),
      this.worker(QueueName.DEADLINES, (job) =>
        this.processor.processDeadline(job as TypedJob<QueueName.DEADLINES>),
      ),
    );
    const sweepOnce = (): void => {
      this.handoffs
        .escalateOverdue()
        .then(
          (count) => count > 0 && this.logger.log({ message: 'deadline sweep escalated handoffs', count }),
        )
        .catch((error: unknown) =>
          this.logger.warn({ message: 'deadline sweep failed', error: String(error) }),
        );
    };
    sweepOnce();
    this.sweep = setInterval(sweepOnce, this.config.queue.deadlineSweepMs);
    this.logger.log('worker ready: outbox relay, queues and deadline sweep running');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweep) {
      clearInterval(this.sweep);
    }
    if (this.reconcileTimer) {
      clearInterval(this.reconcileTimer);
    }
    this.reconcileTimer = null;
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.reconciling;
    await this.relay?.stop();
    await this.listener?.end().catch(() => undefined);
    this.producer?.disconnect();
    this.connections.forEach((connection) => connection.disconnect());
  }

  /**
   * One reconciliation at a time; rows it hands back wake the relay at once. Asked during a pass (Redis
   * back while a pass that found it away was ending), another follows, rather than waiting for the timer.
   */
  private reconcile(): void {
    const reconciler = this.reconciler;
    if (!reconciler || this.reconcileTimer === null) {
      return;
    }
    if (this.reconciling) {
      this.reconcileAgain = true;
      return;
    }
    this.reconciling = reconciler
      .reconcileOnce()
      .then(({ requeued, completed }) => {
        if (requeued > 0) {
          this.logger.warn({ message: 'outbox jobs lost by Redis handed back to the relay', requeued });
          this.relay?.wake();
        }
        if (completed > 0) {
          this.logger.log({ message: 'outbox jobs found completed in Redis', completed });
        }
      })
      .catch((error: unknown) =>
        this.logger.warn({ message: 'outbox reconciliation failed; will retry', error: String(error) }),
      )
      .finally(() => {
        this.reconciling = null;
        if (this.reconcileAgain) {
          this.reconcileAgain = false;
          this.reconcile();
        }
      });
  }

  /**
   * Wakes the relay when outbox rows are committed. Should the listening connection fail, polling alone
   * carries on (as it does while PostgreSQL is away), so this is best effort.
   */
  private async listenForOutbox(relay: OutboxRelay): Promise<void> {
    const listener = new Client({ connectionString: this.config.databaseUrl });
    listener.on('notification', () => relay.wake());
    this.listener = listener;
    listener.on('error', (error) =>
      this.logger.warn({ message: 'outbox listener lost; polling only', error: error.message }),
    );
    try {
      await listener.connect();
      await listener.query('LISTEN liandong_outbox');
    } catch (error) {
      this.logger.warn({ message: 'outbox listener not started; polling only', error: String(error) });
      await listener.end().catch(() => undefined);
    }
  }

  private worker(queue: QueueName, run: (job: Job) => Promise<void>): Worker {
    const connection = createRedis(this.config.redisUrl, 'worker');
    this.connections.push(connection);
    const reconciler = this.reconciler;
    // The job's effects are committed when run returns: record it before BullMQ does, so a Redis lost in
    // between leaves the row finished rather than re-added (a re-run would be harmless, only wasted).
    const runAndRecord = async (job: Job): Promise<void> => {
      await run(job);
      if (job.id) {
        await reconciler?.complete(job.id);
      }
    };
    const worker = new Worker(queue, runAndRecord, {
      connection,
      // Jobs wait mostly on PostgreSQL: more of them in flight keep both the database and Redis busy.
      concurrency: 8,
      // Stored on each job it runs (BullMQ's processedBy): with several worker processes, which one ran it.
      name: `${hostname()}-${process.pid}`,
      // A job a dead worker held (kill -9, a lost machine) is taken back and run again, which the processors
      // allow: they are idempotent. BullMQ's default fails it the second time that happens, and a notice was
      // then lost for good (test/faults/worker-killed). Still bounded, so a job that itself brings its worker
      // down every time ends failed rather than crashing workers forever.
      maxStalledCount: MAX_STALLED_COUNT,
    });
    // Queue, job id, outcome and time only: a job's data names people and may quote covert findings.
    worker.on('completed', (job) =>
      this.logger.log({
        message: 'job completed',
        queue,
        job: job.id,
        outcome: 'completed',
        attempts: job.attemptsMade,
        durationMs: runTime(job),
      }),
    );
    worker.on('failed', (job, error) =>
      this.logger.warn({
        message: 'job failed',
        queue,
        job: job?.id,
        outcome: 'failed',
        attempts: job?.attemptsMade,
        durationMs: job ? runTime(job) : undefined,
        error: describeFault(error),
      }),
    );
    worker.on('error', (error) =>
      this.logger.warn({ message: 'worker connection error', queue, error: error.message }),
    );
    return worker;
  }
}

/** How long the job's last attempt ran, from BullMQ's own stamps. */
function runTime(job: Job): number | undefined {
  return job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined;
}
