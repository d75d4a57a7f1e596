import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxLag {
  /** Outbox rows not yet relayed to their queue. */
  pending: number;
  /** Age of the oldest of them; 0 when none waits. */
  oldestAgeSeconds: number;
}

/**
 * Platform-wide operational figures for /metrics. They run on the API's pool outside any caller's scope: the
 * outbox carries no tenant wall, and escalations are counted by a SECURITY DEFINER function that returns
 * counts only.
 */
@Injectable()
export class OperationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async outboxLag(): Promise<OutboxLag> {
    const [row] = await this.dataSource.query<Array<{ pending: string; oldest_age: string | null }>>(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min(created_at)) AS oldest_age
         FROM outbox WHERE relayed_at IS NULL`,
    );
    return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Number(row?.oldest_age ?? 0) };
  }

  async escalationsByLevel(): Promise<Array<{ level: number; raised: number }>> {
    const rows = await this.dataSource.query<Array<{ level: number; raised: string }>>(
      'SELECT level, raised FROM liandong_escalation_counts() ORDER BY level',
    );
    return rows.map((row) => ({ level: Number(row.level), raised: Number(row.raised) }));
  }
}
