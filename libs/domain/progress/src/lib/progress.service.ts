import { Injectable } from '@nestjs/common';
import { AppException, parseIds } from '@liandong/errors';
import { FindingsService } from '@liandong/findings';
import { committeeFilter, PlansService } from '@liandong/plans';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import { ASSIGNMENT_DIMENSIONS, ProgressDimension } from './progress-dimension';
import {
  FindingFigures,
  MonthlyFigures,
  ProgressKeys,
  ProgressQuery,
  ProgressRepository,
} from './progress.repository';
import { Clock } from '@liandong/time';

export interface ProgressFigures {
  projects: number;
  findings: number;
  handedOver: number;
  closed: number;
  overdue: number;
  closureRate: number;
  handoffs: number;
  handoffsClosed: number;
}

export type ProgressResult = ProgressKeys & ProgressFigures;

const KEY_FIELDS: ReadonlyArray<keyof ProgressKeys> = [
  'projectId',
  'tenantPath',
  'level',
  'status',
  'methodCode',
  'category',
  'departmentId',
  'committeeId',
];

const NO_FINDINGS: FindingFigures = {
  findings: 0,
  handedOver: 0,
  closed: 0,
  overdue: 0,
  handoffs: 0,
  handoffsClosed: 0,
  findingProjects: 0,
};

function keyOf(row: ProgressKeys): string {
  return KEY_FIELDS.map((field) => String(row[field] ?? '')).join('\u0001');
}

/** The figures at any node of the tree, grouped by any dimensions; always equal to a direct count. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly findings: FindingsService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  async progressOf(
    caller: Caller,
    args: { scopeTenantId?: string | null; projectId?: string | null; groupBy?: ProgressDimension[] | null },
    now = this.clock.now(),
  ): Promise<ProgressResult[]> {
    const department = isDepartmentCaller(caller);
    const dimensions = [...new Set(args.groupBy ?? [])];
    const query = { ...(await this.scopeOf(caller, args)), dimensions, now };
    const byAssignment = !department && dimensions.every((dimension) => ASSIGNMENT_DIMENSIONS.has(dimension));
    const rows = new Map<string, { keys: ProgressKeys; figures: FindingFigures; projects: number }>();
    const tallied = await this.progress.talliedFigures(query, byAssignment);
    if (tallied) {
      for (const row of tallied) {
        const projects = byAssignment ? row.assignedProjects : row.findingProjects;
        rows.set(keyOf(row), { keys: pickKeys(row), figures: row, projects });
      }
    } else {
      await this.countFromFindings(query, byAssignment, rows);
    }
    if (rows.size === 0 && dimensions.length === 0) {
      rows.set('', { keys: {}, figures: NO_FINDINGS, projects: 0 });
    }
    return [...rows.values()]
      .map(({ keys, figures, projects }) => ({
        ...keys,
        projects,
        findings: figures.findings,
        handedOver: figures.handedOver,
        closed: figures.closed,
        overdue: figures.overdue,
        closureRate: figures.handedOver === 0 ? 0 : figures.closed / figures.handedOver,
        handoffs: figures.handoffs,
        handoffsClosed: figures.handoffsClosed,
      }))
      .sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }

  /** The figures by a grouped scan, for the groupings the tallies do not keep (and department callers). */
  private async countFromFindings(
    query: ProgressQuery,
    byAssignment: boolean,
    rows: Map<string, { keys: ProgressKeys; figures: FindingFigures; projects: number }>,
  ): Promise<void> {
    const [findingRows, projectRows] = await Promise.all([
      this.progress.findingFigures(query),
      byAssignment ? this.progress.assignedProjects(query) : Promise.resolve([]),
    ]);
    for (const row of findingRows) {
      rows.set(keyOf(row), {
        keys: pickKeys(row),
        figures: row,
        projects: byAssignment ? 0 : row.findingProjects,
      });
    }
    for (const row of projectRows) {
      const existing = rows.get(keyOf(row));
      if (existing) {
        existing.projects = row.projects;
      } else {
        rows.set(keyOf(row), { keys: pickKeys(row), figures: NO_FINDINGS, projects: row.projects });
      }
    }
  }

  /** 按月趋势: what was reported, handed over and closed in each month, for the dashboard's time chart. */
  async monthlyOf(
    caller: Caller,
    args: { scopeTenantId?: string | null; projectId?: string | null },
  ): Promise<MonthlyFigures[]> {
    return this.progress.monthlyFigures({ ...(await this.scopeOf(caller, args)), now: this.clock.now() });
  }

  /** The subtree, project and department the figures are counted over, checked against the caller. */
  private async scopeOf(
    caller: Caller,
    args: { scopeTenantId?: string | null; projectId?: string | null },
  ): Promise<{ scopePath: string; projectId?: string; departmentId?: string; committeeCode?: string }> {
    const department = isDepartmentCaller(caller);
    if (department && args.scopeTenantId) {
      throw AppException.forbidden('OTHER_SCOPE_FIGURES', {
        zh: '承办单位账号只能查看本单位的统计',
        en: 'Department accounts see only their own figures.',
      });
    }
    const scopePath = await this.findings.scopePath(caller, args.scopeTenantId);
    const projectId = args.projectId ? parseIds([args.projectId], 'projectId')[0] : undefined;
    if (projectId && !department && !(await this.plans.isProjectVisible(caller, projectId))) {
      throw AppException.notFound({ zh: '联动项目', en: 'Joint project' }, projectId);
    }
    return {
      scopePath,
      projectId,
      departmentId: department ? (caller.departmentId ?? undefined) : undefined,
      committeeCode: committeeFilter(caller) ?? undefined,
    };
  }
}

function pickKeys(row: ProgressKeys): ProgressKeys {
  const keys: ProgressKeys = {};
  for (const field of KEY_FIELDS) {
    if (field in row) {
      Object.assign(keys, { [field]: row[field] });
    }
  }
  return keys;
}
