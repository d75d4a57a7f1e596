import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Clock } from '@liandong/time';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';

interface PendingRow {
  id: string;
  queue: QueueName;
  name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
}

export interface RelayLogger {
  warn(message: string, context?: Record<string, unknown>): void;
}

/**
 * Moves outbox rows into BullMQ. Rows are locked (SKIP LOCKED, so several relays can run) and marked
 * relayed in the same transaction that added them; if Redis fails half-way the transaction rolls back
 * and the next pass re-adds them under the same job ids, which BullMQ ignores when already present.
 */
export class OutboxRelay {
  private readonly queues = new Map<QueueName, Queue>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private loop: () => void = () => undefined;
  private busy = false;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: Redis,
    private readonly logger: RelayLogger,
    /** A job's delay is its run time less the clock's now: a test that moves the clock sees jobs fall due. */
    private readonly clock: Clock,
    private readonly batchSize = 200,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      // Without a listener BullMQ prints every connection error of a Redis outage to the console.
      queue.on('error', (error) =>
        this.logger.warn('outbox queue connection error', { queue: name, error: error.message }),
      );
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Relays one batch; returns how many rows went out. */
  async relayOnce(): Promise<number> {
    if (this.connection.status !== 'ready') {
      // Redis is away: BullMQ would wait for it inside the transaction, holding the rows and letting the
      // delays computed below go stale by the length of the outage. Leave the rows to a later pass.
      return 0;
    }
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, name, job_id, payload, run_at FROM outbox
          WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) {
        return 0;
      }
      const now = this.clock.now().getTime();
      // One round trip per queue for the whole batch: a job id already in Redis is left as it is.
      const byQueue = new Map<QueueName, PendingRow[]>();
      for (const row of rows) {
        byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      }
      for (const [name, queued] of byQueue) {
        await this.queue(name).addBulk(
          queued.map((row) => ({
            name: row.name,
            data: row.payload,
            opts: {
              jobId: row.job_id,
              delay: row.run_at ? Math.max(0, new Date(row.run_at).getTime() - now) : 0,
            },
          })),
        );
      }
      await manager.query('UPDATE outbox SET relayed_at = $2 WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
        new Date(now),
      ]);
      return rows.length;
    });
  }

  /** Drains the outbox now, then keeps polling every `intervalMs` (and whenever `wake()` is called). */
  start(intervalMs: number): void {
    const tick = async (): Promise<void> => {
      try {
        while ((await this.relayOnce()) > 0) {
          // keep draining while there is a backlog
        }
      } catch (error) {
        this.logger.warn('outbox relay pass failed; will retry', { error: (error as Error).message });
      }
    };
    this.loop = (): void => {
      this.busy = true;
      this.again = false;
      this.running = tick().finally(() => {
        this.busy = false;
        if (this.timer !== null) {
          this.timer = setTimeout(this.loop, this.again ? 0 : intervalMs);
        }
      });
    };
    this.timer = setTimeout(this.loop, 0);
  }

  /**
   * Runs a pass now rather than at the next poll (a NOTIFY said rows were committed). During a pass, another
   * follows straight after it, since the pass may have read the outbox before those rows were there.
   */
  wake(): void {
    if (this.timer === null) {
      return;
    }
    if (this.busy) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(this.loop, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = null;
    await this.running;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
