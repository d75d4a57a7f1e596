import { Injectable } from '@nestjs/common';
import { AppException, parseId, parseIds, parseInput } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isDepartmentCaller,
  Permission,
  TenancyService,
  TenantRepository,
} from '@liandong/tenancy';
import { Db } from '@liandong/db';
import { SESSION, sessionSchema } from './session-rules';
import { SessionReportEntity } from './session-report.entity';
import { SessionEntity } from './session.entity';
import { SESSION_KIND_NAMES } from './session-kind';
import { SessionsRepository } from './sessions.repository';

/**
 * The office's sittings (常委会会议, 主任会议, 主席团会议) and the reports each deliberated, recorded by the
 * office that held them and read within its subtree.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly departments: DepartmentRepository,
    private readonly tenants: TenantRepository,
    private readonly tenancy: TenancyService,
  ) {}

  async record(caller: Caller, input: unknown): Promise<SessionEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const session = parseInput(sessionSchema, input, 'input');
    const reports = session.reports ?? [];
    const planItemIds = reports.flatMap((report, index) =>
      report.planItemId ? [parseId(report.planItemId, `input.reports.${index}.planItemId`)] : [],
    );
    const ownItems = await this.sessions.ownPlanItems(planItemIds, caller.tenantId);
    for (const [index, report] of reports.entries()) {
      if (report.planItemId && !ownItems.has(report.planItemId)) {
        throw AppException.badInput(`input.reports.${index}.planItemId`, 'PLAN_ITEM_NOT_OWN', {
          zh: '只能关联本机关年度监督工作计划中的项目',
          en: 'a plan item of your own annual plan',
        });
      }
      if (report.departmentId) {
        const department = await this.departments.findById(
          parseId(report.departmentId, `input.reports.${index}.departmentId`),
        );
        if (!department || department.tenantId !== caller.tenantId) {
          throw AppException.badInput(`input.reports.${index}.departmentId`, 'DEPARTMENT_NOT_OWN', {
            zh: '报告机关须是本级的单位',
            en: 'a unit of your own tenant',
          });
        }
      }
    }
    const tenant = await this.tenants.findById(caller.tenantId);
    const title =
      session.title ?? `${tenant?.name ?? ''}${SESSION_KIND_NAMES[session.kind]}第${session.number}次会议`;
    return this.db.transaction((manager) =>
      this.sessions.insertSession(
        manager,
        {
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          kind: session.kind,
          number: session.number,
          heldOn: session.heldOn,
          title,
          recordedBy: caller.userId,
        },
        reports.map((report) => ({
          title: report.title,
          planItemId: report.planItemId ?? null,
          departmentId: report.departmentId ?? null,
        })),
      ),
    );
  }

  /** The sessions of the caller's subtree, or of a tenant inside it; a year on the Beijing calendar. */
  async list(caller: Caller, year: number | null, scopeTenantId: string | null): Promise<SessionEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    return this.sessions.listSessions(scope.path, year);
  }

  async get(caller: Caller, id: string): Promise<SessionEntity> {
    const session = await this.sessions.findSession(parseId(id));
    if (!session || !canSeeSubtreeOf(caller, session.tenantPath)) {
      throw AppException.notFound(SESSION, id);
    }
    return session;
  }

  /** Sessions by id for fields of records already shown (row-level security still applies). */
  findByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.sessions.findSessions(parseIds([...ids], 'id'));
  }

  reportsOf(sessionIds: readonly string[]): Promise<SessionReportEntity[]> {
    return this.sessions.reportsOf(sessionIds);
  }

  findReports(ids: readonly string[]): Promise<SessionReportEntity[]> {
    return this.sessions.findReports(ids);
  }
}
