import { Injectable } from '@nestjs/common';
import { FindingStatus, HANDED_OVER_STATUSES, UNCOUNTED_STATUSES } from '@liandong/findings';
import { Db } from '@liandong/db';
import { HandoffStatus } from '@liandong/handoffs';
import { ledBySql } from '@liandong/plans';
import { SHANGHAI } from '@liandong/time';
import { ProgressDimension } from './progress-dimension';

/** The group keys of one row; a key is set only for the dimensions asked. */
export interface ProgressKeys {
  projectId?: string;
  tenantPath?: string;
  level?: string;
  status?: FindingStatus;
  methodCode?: string;
  category?: string;
  departmentId?: string | null;
  committeeId?: string | null;
}

export interface FindingFigures {
  findings: number;
  handedOver: number;
  closed: number;
  overdue: number;
  handoffs: number;
  handoffsClosed: number;
  findingProjects: number;
}

export interface MonthlyFigures {
  /** YYYY-MM in Asia/Shanghai */
  month: string;
  reported: number;
  handedOver: number;
  closed: number;
}

export interface ProgressQuery {
  scopePath: string;
  projectId?: string;
  /** Department accounts: only the findings handed over to this department. */
  departmentId?: string;
  /** A committee's staff: only the findings of projects led by a committee of this code (`committeeFilter`). */
  committeeCode?: string;
  dimensions: readonly ProgressDimension[];
  now: Date;
}

/** `join`: what the key's column needs joined beyond the finding (`f`) or assignment (`a`) and its tenant. */
type KeyColumn = {
  alias: keyof ProgressKeys;
  finding: string;
  assignment?: string;
  findingJoin?: string;
  assignmentJoin?: string;
};

/** Where each dimension's key comes from, in the finding query and (where it exists) the assignment query. */
function keyColumns(depth: number): Record<ProgressDimension, KeyColumn> {
  const childPath = (column: string): string =>
    `ltree2text(subpath(${column}, 0, least(nlevel(${column}), ${depth + 1})))`;
  return {
    [ProgressDimension.PROJECT]: { alias: 'projectId', finding: 'f.project_id', assignment: 'a.project_id' },
    [ProgressDimension.TENANT]: {
      alias: 'tenantPath',
      finding: childPath('f.tenant_path'),
      assignment: childPath('a.tenant_path'),
    },
    [ProgressDimension.LEVEL]: { alias: 'level', finding: 't.level', assignment: 't.level' },
    [ProgressDimension.STATUS]: { alias: 'status', finding: 'f.status' },
    [ProgressDimension.METHOD]: { alias: 'methodCode', finding: 'f.method_code' },
    [ProgressDimension.CATEGORY]: { alias: 'category', finding: 'f.category' },
    [ProgressDimension.DEPARTMENT]: { alias: 'departmentId', finding: 'f.department_id' },
    [ProgressDimension.COMMITTEE]: {
      alias: 'committeeId',
      finding: 'fp.lead_committee_id',
      findingJoin: 'JOIN joint_project fp ON fp.id = f.project_id',
      assignment: 'ap.lead_committee_id',
      assignmentJoin: 'JOIN joint_project ap ON ap.id = a.project_id',
    },
  };
}

/** The joins the keys need, each once. */
function joinsOf(joins: ReadonlyArray<string | undefined>): string {
  return [...new Set(joins.filter((join): join is string => join !== undefined))].join('\n        ');
}

/**
 * The findings a figure counts, over `finding f`: in the scope's subtree, neither merged nor dismissed, and
 * narrowed to the project and the department asked. `params` must already hold the scope path as $1 and the
 * uncounted statuses as $2; the narrowing values are appended to it.
 */
function countedFindings(
  query: Pick<ProgressQuery, 'projectId' | 'departmentId' | 'committeeCode'>,
  params: unknown[],
): string[] {
  const where = ['f.tenant_path <@ $1::ltree', 'NOT (f.status = ANY($2::text[]))'];
  if (query.projectId) {
    params.push(query.projectId);
    where.push(`f.project_id = $${params.length}`);
  }
  if (query.departmentId) {
    params.push(query.departmentId);
    where.push(`f.department_id = $${params.length} AND f.handoff_id IS NOT NULL`);
  }
  if (query.committeeCode) {
    params.push(query.committeeCode);
    where.push(ledBySql('f.project_id', `$${params.length}::text`));
  }
  return where;
}

/**
 * Progress figures straight from the findings on the indexed tenant path: one grouped scan, so they
 * always equal a direct count. (At national scale this is where a maintained aggregate would go.)
 */
@Injectable()
export class ProgressRepository {
  constructor(private readonly db: Db) {}

  async findingFigures(query: ProgressQuery): Promise<Array<ProgressKeys & FindingFigures>> {
    const columns = keyColumns(query.scopePath.split('.').length);
    const keys = query.dimensions.map((dimension) => columns[dimension]);
    const params: unknown[] = [
      query.scopePath,
      UNCOUNTED_STATUSES,
      HANDED_OVER_STATUSES,
      FindingStatus.CLOSED,
      HandoffStatus.CLOSED,
      query.now,
    ];
    const where = countedFindings(query, params);
    const select = keys.map((key) => `${key.finding} AS "${key.alias}"`);
    const sql = `
      SELECT ${[
        ...select,
        'count(*)::int AS "findings"',
        'count(*) FILTER (WHERE f.status = ANY($3::text[]))::int AS "handedOver"',
        'count(*) FILTER (WHERE f.status = $4)::int AS "closed"',
        `count(*) FILTER (WHERE f.status = ANY($3::text[]) AND f.status <> $4
                          AND h.status <> $5 AND h.deadline <= $6)::int AS "overdue"`,
        'count(DISTINCT f.handoff_id)::int AS "handoffs"',
        'count(DISTINCT f.handoff_id) FILTER (WHERE h.status = $5)::int AS "handoffsClosed"',
        'count(DISTINCT f.project_id)::int AS "findingProjects"',
      ].join(',\n             ')}
        FROM finding f
        JOIN tenant t ON t.id = f.tenant_id
        LEFT JOIN handoff h ON h.id = f.handoff_id
        ${joinsOf(keys.map((key) => key.findingJoin))}
       WHERE ${where.join(' AND ')}
       ${keys.length > 0 ? `GROUP BY ${keys.map((key) => key.finding).join(', ')}` : ''}`;
    const rows: Array<ProgressKeys & FindingFigures> = await this.db.manager.query(sql, params);
    return rows;
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

  /** Distinct projects with an assignment in scope, grouped by the assignment dimensions asked. */
  async assignedProjects(query: ProgressQuery): Promise<Array<ProgressKeys & { projects: number }>> {
    const columns = keyColumns(query.scopePath.split('.').length);
    const keys = query.dimensions.map((dimension) => columns[dimension]);
    const params: unknown[] = [query.scopePath];
    const where = ['a.tenant_path <@ $1::ltree'];
    if (query.projectId) {
      params.push(query.projectId);
      where.push(`a.project_id = $${params.length}`);
    }
    if (query.committeeCode) {
      params.push(query.committeeCode);
      where.push(ledBySql('a.project_id', `$${params.length}::text`));
    }
    const select = keys.map((key) => `${key.assignment} AS "${key.alias}"`);
    const sql = `
      SELECT ${[...select, 'count(DISTINCT a.project_id)::int AS "projects"'].join(', ')}
        FROM assignment a
        JOIN tenant t ON t.id = a.tenant_id
        ${joinsOf(keys.map((key) => key.assignmentJoin))}
       WHERE ${where.join(' AND ')}
       ${keys.length > 0 ? `GROUP BY ${keys.map((key) => key.assignment).join(', ')}` : ''}`;
    return this.db.manager.query(sql, params);
  }
}
