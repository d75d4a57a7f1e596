import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OutboxLag } from './operations.repository';

/** No collect may hold a scrape longer than this; a source that has not answered shows as missing or down. */
export const COLLECT_TIMEOUT_MS = 1_000;

/** BullMQ 6 has no "paused" job state: a paused queue keeps its jobs waiting, and says so in liandong_queue_paused. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface PoolUse {
  pool: string;
  total: number;
  idle: number;
  waiting: number;
}

/** Where the scrape-time figures come from; each is read when Prometheus asks, never cached. */
export interface MetricSources {
  pools(): PoolUse[];
  redisPing(): Promise<unknown>;
  queueCounts(): Promise<
    Array<{ queue: string; paused: boolean; counts: Partial<Record<QueueState, number>> }>
  >;
  outboxLag(): Promise<OutboxLag>;
  escalationsByLevel(): Promise<Array<{ level: number; raised: number }>>;
}

export function withTimeout<T>(work: Promise<T>, ms = COLLECT_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One read shared by the collects of a single scrape (they run together), started afresh by the next scrape.
 */
function sharedPerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const current = read();
      pending = current;
      void current.finally(() => setImmediate(() => (pending = null))).catch(() => undefined);
    }
    return pending;
  };
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Every metric the API exposes (prefix liandong_), in one registry of its own. */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'liandong_http_request_duration_seconds',
    help: 'HTTP requests by method, matched route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'liandong_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and type',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'liandong_graphql_errors_total',
    help: 'Errors in GraphQL responses by operation name, type and extensions.code',
    labelNames: ['operation_name', 'operation_type', 'code'] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'liandong_' });
    this.poolGauges(sources);
    this.queueGauges(sources);
    this.outboxGauges(sources);
    this.escalationGauge(sources);
  }

  private poolGauges(sources: MetricSources): void {
    const gauge = (name: string, help: string, read: (pool: PoolUse) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['pool'] as const,
        registers: [this.registry],
        collect() {
          this.reset();
          for (const pool of sources.pools()) {
            this.set({ pool: pool.pool }, read(pool));
          }
        },
      });
    };
    gauge('liandong_db_pool_connections', 'PostgreSQL connections open in the pool', (p) => p.total);
    gauge('liandong_db_pool_idle_connections', 'PostgreSQL connections idle in the pool', (p) => p.idle);
    gauge('liandong_db_pool_waiting_requests', 'Queries waiting for a pool connection', (p) => p.waiting);
  }

  private queueGauges(sources: MetricSources): void {
    new Gauge({
      name: 'liandong_redis_up',
      help: '1 when Redis answered a PING within the scrape timeout, else 0',
      registers: [this.registry],
      async collect() {
        this.set(
          await withTimeout(sources.redisPing()).then(
            () => 1,
            () => 0,
          ),
        );
      },
    });
    // Both queue gauges read the same Redis calls; one round per scrape serves both.
    const read = sharedPerScrape(() => withTimeout(sources.queueCounts()).catch(() => []));
    new Gauge({
      name: 'liandong_queue_paused',
      help: '1 when the queue is paused (its jobs wait), else 0',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { queue, paused } of await read()) {
          this.set({ queue }, paused ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'liandong_queue_jobs',
      help: 'Jobs per queue and state, across all workers (completed and failed: those still retained)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { queue, counts } of await read()) {
          for (const state of QUEUE_STATES) {
            this.set({ queue, state }, counts[state] ?? 0);
          }
        }
      },
    });
  }

  private outboxGauges(sources: MetricSources): void {
    // Both gauges read the same row; one query per scrape serves both.
    const read = sharedPerScrape(() => withTimeout(sources.outboxLag()).catch(() => null));
    new Gauge({
      name: 'liandong_outbox_pending',
      help: 'Outbox rows not yet relayed to their queue',
      registers: [this.registry],
      async collect() {
        this.reset();
        const value = await read();
        if (value) {
          this.set(value.pending);
        }
      },
    });
    new Gauge({
      name: 'liandong_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest outbox row not yet relayed (0 when none waits)',
      registers: [this.registry],
      async collect() {
        this.reset();
        const value = await read();
        if (value) {
          this.set(value.oldestAgeSeconds);
        }
      },
    });
  }

  private escalationGauge(sources: MetricSources): void {
    new Gauge({
      name: 'liandong_escalations_total',
      help: 'Escalations raised, by level, as recorded in the database (never decreases)',
      labelNames: ['level'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const levels = await withTimeout(sources.escalationsByLevel()).catch(() => []);
        for (const { level, raised } of levels) {
          this.set({ level: String(level) }, raised);
        }
      },
    });
  }
}
