import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueInspectionModule } from '../queue-inspection/queue-inspection.module';
import { InspectedQueues } from '../queue-inspection/inspected-queues';
import { Metrics, MetricSources, PoolUse, QUEUE_STATES } from './metrics';
import { MetricsController } from './metrics.controller';
import { OperationsRepository } from './operations.repository';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The pg pool behind TypeORM's PostgreSQL driver (its `master`; the API has no replicas). */
function poolsOf(dataSource: DataSource): PoolUse[] {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  return pool
    ? [{ pool: 'api', total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }]
    : [];
}

function metricSources(
  dataSource: DataSource,
  inspected: InspectedQueues,
  operations: OperationsRepository,
): MetricSources {
  return {
    pools: () => poolsOf(dataSource),
    redisPing: () => inspected.redis.ping(),
    queueCounts: () =>
      Promise.all(
        inspected.queues.map(async (queue) => {
          const [counts, paused] = await Promise.all([queue.getJobCounts(...QUEUE_STATES), queue.isPaused()]);
          return { queue: queue.name, paused, counts };
        }),
      ),
    outboxLag: () => operations.outboxLag(),
    escalationsByLevel: () => operations.escalationsByLevel(),
  };
}

@Module({
  imports: [QueueInspectionModule],
  controllers: [MetricsController],
  providers: [
    OperationsRepository,
    {
      provide: Metrics,
      inject: [DataSource, InspectedQueues, OperationsRepository],
      useFactory: (dataSource: DataSource, inspected: InspectedQueues, operations: OperationsRepository) =>
        new Metrics(metricSources(dataSource, inspected, operations)),
    },
  ],
  exports: [Metrics],
})
export class MetricsModule {}
