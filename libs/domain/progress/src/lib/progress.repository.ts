import { Injectable } from '@nestjs/common';
import { FindingStatus, HANDED_OVER_STATUSES, UNCOUNTED_STATUSES } from '@liandong/findings';
import { Db } from '@liandong/db';
import { SHANGHAI } from '@liandong/time';
import {
  assignmentScan,
  countedFindings,
  FindingFigures,
  findingScan,
  MonthlyFigures,
  ProgressKeys,
  ProgressQuery,
  tallyStatement,
} from './progress-statements';

export type { FindingFigures, MonthlyFigures, ProgressKeys, ProgressQuery } from './progress-statements';

/** One tally row that differs from its recount: what is kept and what a count over the findings gives. */
export interface TallyDrift {
  table: 'progress_tally' | 'progress_due';
  kept: Record<string, unknown> | null;
  expected: Record<string, unknown> | null;
}

/** A row of figures with the projects counted both ways: by findings and by assignments. */
export type TalliedFigures = ProgressKeys & FindingFigures & { assignedProjects: number };

/**
 * Progress figures: read from the maintained tallies (kept by triggers in the transaction that moves the
 * findings, handoffs and assignments), or counted from the findings on the indexed tenant path for the
 * groupings the tallies do not keep. Both always equal a direct count.
 */
@Injectable()
export class ProgressRepository {
  constructor(private readonly db: Db) {}

  /** Figures from the tallies, or null when they do not hold what was asked. */
  async talliedFigures(query: ProgressQuery, byAssignment: boolean): Promise<TalliedFigures[] | null> {
    const statement = tallyStatement(query, byAssignment);
    return statement ? this.db.manager.query(statement.sql, statement.params) : null;
  }

  /** Figures by a grouped scan of the findings. */
  async findingFigures(query: ProgressQuery): Promise<Array<ProgressKeys & FindingFigures>> {
    const { sql, params } = findingScan(query);
    return this.db.manager.query(sql, params);
  }

  /** Distinct projects with an assignment in scope, grouped by the assignment dimensions asked. */
  async assignedProjects(query: ProgressQuery): Promise<Array<ProgressKeys & { projects: number }>> {
    const { sql, params } = assignmentScan(query);
    return this.db.manager.query(sql, params);
  }

  /**
   * Per calendar month (Asia/Shanghai): findings reported, handed over (by the handoff's issue date) and
   * closed (by the handoff's closing date) within the scope. Each finding counts in the month each thing
   * happened to it, so the months add up to today's totals.
   */
  async monthlyFigures(query: Omit<ProgressQuery, 'dimensions'>): Promise<MonthlyFigures[]> {
    const params: unknown[] = [
      query.scopePath,
      UNCOUNTED_STATUSES,
      HANDED_OVER_STATUSES,
      FindingStatus.CLOSED,
    ];
    const where = countedFindings(query, params);
    params.push(SHANGHAI);
    const zone = `$${params.length}::text`;
    const month = (column: string): string => `to_char(${column} AT TIME ZONE ${zone}, 'YYYY-MM')`;
    const sql = `
      WITH scoped AS (
        SELECT f.reported_at, f.status, h.issued_at, h.closed_at
          FROM finding f
          LEFT JOIN handoff h ON h.id = f.handoff_id
         WHERE ${where.join(' AND ')})
      SELECT month,
             count(*) FILTER (WHERE event = 'reported')::int AS "reported",
             count(*) FILTER (WHERE event = 'handedOver')::int AS "handedOver",
             count(*) FILTER (WHERE event = 'closed')::int AS "closed"
        FROM (SELECT ${month('reported_at')} AS month, 'reported' AS event FROM scoped
              UNION ALL
              SELECT ${month('issued_at')}, 'handedOver' FROM scoped WHERE status = ANY($3::text[])
              UNION ALL
              SELECT ${month('closed_at')}, 'closed' FROM scoped WHERE status = $4 AND closed_at IS NOT NULL
             ) events
       GROUP BY month
       ORDER BY month`;
    return this.db.manager.query(sql, params);
  }

  /**
   * Every tally row that differs from a recount of the findings, handoffs and assignments (a row of zeros is
   * the same as no row). Empty when the triggers kept the tallies right.
   */
  async drift(limit = 100): Promise<{ count: number; sample: TallyDrift[] }> {
    const differing = (table: string, keys: string, figures: string): string => `
      SELECT '${table}' AS "table", to_jsonb(kept) AS kept, to_jsonb(expected) AS expected
        FROM (SELECT * FROM ${table} WHERE greatest(${figures}) > 0 OR least(${figures}) < 0) kept
        FULL JOIN ${table.replace('progress_', 'progress_expected_')}() expected USING (${keys})
       WHERE kept IS DISTINCT FROM expected`;
    const rows: TallyDrift[] = await this.db.manager.query(
      `${differing(
        'progress_tally',
        'node, dims, project_id, k',
        'findings, handed_over, closed, handoffs, handoffs_closed, assignments, finding_projects, assigned_projects',
      )}
       UNION ALL
       ${differing('progress_due', 'node, dims, project_id, k, deadline', 'findings')}`,
    );
    return { count: rows.length, sample: rows.slice(0, limit) };
  }

  /** Replaces the tallies with their recount, holding writers to the tallies off meanwhile. */
  async recount(): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('LOCK TABLE progress_tally, progress_due IN EXCLUSIVE MODE');
      await manager.query('DELETE FROM progress_tally');
      await manager.query('INSERT INTO progress_tally SELECT * FROM progress_expected_tally()');
      await manager.query('DELETE FROM progress_due');
      await manager.query('INSERT INTO progress_due SELECT * FROM progress_expected_due()');
    });
  }
}
