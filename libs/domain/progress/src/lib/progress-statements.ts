import { FindingStatus, HANDED_OVER_STATUSES, UNCOUNTED_STATUSES } from '@liandong/findings';
import { HandoffStatus } from '@liandong/handoffs';
import { ledBySql } from '@liandong/plans';
import { ProgressDimension } from './progress-dimension';

/**
 * The SQL behind `progress`, as pure builders the repository runs (and the scale benchmark times raw):
 * the maintained tallies where they hold the grouping asked, a grouped scan of the findings otherwise.
 */

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

export interface Statement {
  sql: string;
  params: unknown[];
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
export function countedFindings(
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

/** Figures by a grouped scan of the findings on the indexed tenant path: always a direct count. */
export function findingScan(query: ProgressQuery): Statement {
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
  return { sql, params };
}

/** Distinct projects with an assignment in scope, grouped by the assignment dimensions asked. */
export function assignmentScan(query: ProgressQuery): Statement {
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
  return { sql, params };
}

/** The figures a tally row answers with, besides what is overdue. */
const FIGURES = [
  'findings',
  'handedOver',
  'closed',
  'handoffs',
  'handoffsClosed',
  'findingProjects',
  'assignedProjects',
];

/** The all-projects rows of the tallies (see the progress-tallies migration). */
const ALL_PROJECTS = '00000000-0000-0000-0000-000000000000';

/** The groupings the tallies keep besides the project, and the key each one fills. */
const TALLIED: ReadonlyMap<ProgressDimension, { alias: keyof ProgressKeys; column: string }> = new Map([
  [ProgressDimension.TENANT, { alias: 'tenantPath', column: 't.k' }],
  [ProgressDimension.LEVEL, { alias: 'level', column: 't.k' }],
  [ProgressDimension.STATUS, { alias: 'status', column: 't.k' }],
  [ProgressDimension.METHOD, { alias: 'methodCode', column: 't.k' }],
  [ProgressDimension.CATEGORY, { alias: 'category', column: 't.k' }],
  [ProgressDimension.DEPARTMENT, { alias: 'departmentId', column: `nullif(t.k, '')::uuid` }],
] as Array<[ProgressDimension, { alias: keyof ProgressKeys; column: string }]>);

/**
 * One statement over the maintained tallies, or null when they do not hold the grouping asked (more than one
 * of the tallied groupings together) or the caller is a department (its figures are a narrow scan anyway).
 * `byAssignment`: rows exist for projects assigned in scope even before a finding, and `projects` counts them.
 */
export function tallyStatement(
  query: ProgressQuery,
  byAssignment: boolean,
): (Statement & { projectsColumn: string }) | null {
  const tallied = query.dimensions.filter((dimension) => TALLIED.has(dimension));
  if (query.departmentId || tallied.length > 1) {
    return null;
  }
  const [grouping] = tallied;
  const key = grouping ? TALLIED.get(grouping) : undefined;
  const byProject = query.dimensions.includes(ProgressDimension.PROJECT);
  const byCommittee = query.dimensions.includes(ProgressDimension.COMMITTEE);
  const params: unknown[] = [query.scopePath, grouping ?? '', ALL_PROJECTS, query.now];
  const keys: Array<{ alias: string; column: string }> = [];
  if (key) {
    keys.push({ alias: key.alias, column: key.column });
  }
  if (byProject) {
    keys.push({ alias: 'projectId', column: 't.project_id' });
  }
  if (byCommittee) {
    keys.push({ alias: 'committeeId', column: 'progress_project_lead(t.project_id)' });
  }
  const present = byAssignment ? '(t.findings > 0 OR t.assignments > 0)' : 't.findings > 0';
  const select = keys.map((column) => `${column.column} AS "${column.alias}"`);
  const groupBy = keys.length > 0 ? `GROUP BY ${keys.map((column) => column.column).join(', ')}` : '';
  // Joined on text that is never null, so the figures and what is due meet in a hash join however many rows.
  const joinKeys = keys.map((column, index) => `coalesce((${column.column})::text, '') AS "j${index}"`);
  const joinOn = keys.length > 0 ? `USING (${keys.map((_, index) => `"j${index}"`).join(', ')})` : 'ON true';
  // Per project when a project is asked for, grouped by or filtered through its committee; else the
  // all-projects rows, which keep their own project counts.
  const perProject = Boolean(query.projectId || query.committeeCode || byProject || byCommittee);
  const where = ['t.node = $1::text', 't.dims = $2'];
  if (perProject) {
    where.push('t.project_id <> $3::uuid');
    if (query.projectId) {
      params.push(query.projectId);
      where.push(`t.project_id = $${params.length}::uuid`);
    }
    if (query.committeeCode) {
      params.push(query.committeeCode);
      where.push(ledBySql('t.project_id', `$${params.length}::text`));
    }
  } else {
    where.push('t.project_id = $3::uuid');
  }
  const figures = perProject
    ? [
        'sum(t.findings)::int AS "findings"',
        'sum(t.handed_over)::int AS "handedOver"',
        'sum(t.closed)::int AS "closed"',
        'sum(t.handoffs)::int AS "handoffs"',
        'sum(t.handoffs_closed)::int AS "handoffsClosed"',
        'count(*) FILTER (WHERE t.findings > 0)::int AS "findingProjects"',
        'count(*) FILTER (WHERE t.assignments > 0)::int AS "assignedProjects"',
      ]
    : [
        't.findings',
        't.handed_over AS "handedOver"',
        't.closed',
        't.handoffs',
        't.handoffs_closed AS "handoffsClosed"',
        't.finding_projects AS "findingProjects"',
        't.assigned_projects AS "assignedProjects"',
      ];
  const sql = `
    WITH figures AS (
      SELECT ${[...select, ...joinKeys, ...figures].join(', ')}
        FROM progress_tally t
       WHERE ${[...where, present].join(' AND ')}
       ${perProject ? `${groupBy} HAVING count(*) > 0` : ''}),
    due AS (
      SELECT ${[...joinKeys, 'sum(t.findings)::int AS "overdue"'].join(', ')}
        FROM progress_due t
       WHERE ${where.join(' AND ')} AND t.deadline <= $4
       ${groupBy})
    SELECT ${[...keys.map((column) => `f."${column.alias}"`), ...FIGURES.map((figure) => `f."${figure}"`)].join(', ')},
           coalesce(d."overdue", 0)::int AS "overdue"
      FROM figures f
      LEFT JOIN due d ${joinOn}`;
  return { sql, params, projectsColumn: byAssignment ? 'assignedProjects' : 'findingProjects' };
}

/** The statements one `progress` request runs, in order: what the scale benchmark times as raw SQL. */
export function progressStatements(query: ProgressQuery, byAssignment = true): Statement[] {
  const tally = tallyStatement(query, byAssignment);
  if (tally) {
    return [{ sql: tally.sql, params: tally.params }];
  }
  return byAssignment ? [findingScan(query), assignmentScan(query)] : [findingScan(query)];
}
