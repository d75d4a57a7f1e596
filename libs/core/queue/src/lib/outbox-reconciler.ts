import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueName } from './queues';

interface UnfinishedRow {
  id: string;
  queue: QueueName;
  job_id: string;
}

/** Where BullMQ keeps a queue's jobs: `bull:<queue>:<job id>` for the job, `bull:<queue>:completed` for the done. */
const BULL_PREFIX = 'bull';

export interface ReconcileResult {
  /** Rows whose job Redis no longer holds: handed back to the relay, which adds them again under the same id. */
  requeued: number;
  /** Rows whose job Redis shows completed but whose completion PostgreSQL had not recorded. */
  completed: number;
}

/**
 * A relayed outbox row is only as safe as the Redis holding its job: a Redis without persistence (or a
 * failover to a replica that lagged) loses jobs that were relayed but not yet run. PostgreSQL therefore keeps
 * each row unfinished until the worker has run its job (`complete`), and this reconciler looks the
 * unfinished rows up in Redis: a job that is missing there goes back to the relay (relayed_at cleared),
 * which adds it again under its deterministic id. Handlers are idempotent, so the rare re-run of a job that
 * did run (Redis lost it between its end and the completion's commit) changes nothing.
 */
export class OutboxReconciler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: Redis,
    private readonly batchSize = 500,
  ) {}

  /** Records that a job has run; called by the worker after its handler returned. */
  async complete(jobId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE outbox SET completed_at = now() WHERE job_id = $1 AND completed_at IS NULL',
      [jobId],
    );
  }

  /** Checks every relayed, unfinished row against Redis; does nothing while Redis is away. */
  async reconcileOnce(): Promise<ReconcileResult> {
    const result: ReconcileResult = { requeued: 0, completed: 0 };
    let after = '0';
    for (;;) {
      if (this.connection.status !== 'ready') {
        return result;
      }
      const rows: UnfinishedRow[] = await this.dataSource.query(
        `SELECT id, queue, job_id FROM outbox
          WHERE relayed_at IS NOT NULL AND completed_at IS NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, this.batchSize],
      );
      const last = rows[rows.length - 1];
      if (!last) {
        return result;
      }
      after = last.id;
      const { missing, done } = await this.lookUp(rows);
      if (missing.length > 0) {
        // Only a row still relayed and unfinished: the worker may have completed it since it was read.
        await this.dataSource.query(
          `UPDATE outbox SET relayed_at = NULL
            WHERE id = ANY($1::bigint[]) AND relayed_at IS NOT NULL AND completed_at IS NULL`,
          [missing],
        );
      }
      if (done.length > 0) {
        await this.dataSource.query(
          'UPDATE outbox SET completed_at = now() WHERE id = ANY($1::bigint[]) AND completed_at IS NULL',
          [done],
        );
      }
      result.requeued += missing.length;
      result.completed += done.length;
    }
  }

  /** One pipelined round trip for the batch: does each job exist, and is it among its queue's completed? */
  private async lookUp(rows: UnfinishedRow[]): Promise<{ missing: string[]; done: string[] }> {
    const pipeline = this.connection.pipeline();
    for (const row of rows) {
      pipeline.exists(`${BULL_PREFIX}:${row.queue}:${row.job_id}`);
      pipeline.zscore(`${BULL_PREFIX}:${row.queue}:completed`, row.job_id);
    }
    const replies = (await pipeline.exec()) ?? [];
    const missing: string[] = [];
    const done: string[] = [];
    rows.forEach((row, index) => {
      const [existsError, exists] = replies[index * 2] ?? [new Error('no reply'), null];
      const [scoreError, score] = replies[index * 2 + 1] ?? [new Error('no reply'), null];
      const error = existsError ?? scoreError;
      if (error) {
        throw error;
      }
      if (exists === 0) {
        missing.push(row.id);
      } else if (score !== null) {
        done.push(row.id);
      }
    });
    return { missing, done };
  }
}
