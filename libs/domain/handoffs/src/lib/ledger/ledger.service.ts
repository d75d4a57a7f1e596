import { Injectable } from '@nestjs/common';
import { AppException, parseId } from '@liandong/errors';
import { committeeFilter, PlansService } from '@liandong/plans';
import { Caller, isDepartmentCaller, TenancyService } from '@liandong/tenancy';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { LedgerItemKind } from '../ledger-item-kind';
import { decodeLedgerCursor } from './ledger-cursor';
import { LedgerCriteria, LedgerKindFigures, LedgerRepository } from './ledger.repository';
import { Clock } from '@liandong/time';

export const LEDGER_PAGE_DEFAULT = 50;
export const LEDGER_PAGE_MAX = 500;

/** The ledger's filters, from GraphQL (`LedgerFilter`) or the export's query parameters alike. */
export interface LedgerFilterValues {
  scopeTenantId?: string | null;
  projectId?: string | null;
  departmentId?: string | null;
  status?: HandoffStatus[] | null;
  overdueOnly?: boolean | null;
  escalatedToMe?: boolean | null;
  kinds?: LedgerItemKind[] | null;
}

export interface LedgerPage {
  rows: Array<{ handoff: HandoffEntity; issuedKey: string }>;
  total: number;
  hasNextPage: boolean;
}

const STATUSES = new Set<string>(Object.values(HandoffStatus));
const KINDS = new Set<string>(Object.values(LedgerItemKind));

/**
 * The rectification ledger (整改台账): the handoffs made in the caller's subtree (or a tenant inside it),
 * plus — with `escalatedToMe` — those whose escalation was raised to the caller's tenant. Department
 * accounts get their own department's handoffs only.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly tenancy: TenancyService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  /** Checks the filter against the caller: a scope outside its subtree is FORBIDDEN, an unseen project NOT_FOUND. */
  async criteria(
    caller: Caller,
    filter: LedgerFilterValues,
    now = this.clock.now(),
  ): Promise<LedgerCriteria> {
    const department = isDepartmentCaller(caller);
    const escalatedToMe = filter.escalatedToMe === true;
    let scopePath: string | null = caller.tenantPath;
    if (department) {
      // A department's handoffs are all of its own tenant: the department is the whole of its view.
      scopePath = null;
    } else if (filter.scopeTenantId) {
      scopePath = (await this.tenancy.scope(caller, filter.scopeTenantId, 'filter.scopeTenantId')).path;
    } else if (escalatedToMe) {
      // Being the tier that carries the step is what makes them visible; no subtree narrows it.
      scopePath = null;
    }
    let projectId: string | null = null;
    if (filter.projectId) {
      projectId = parseId(filter.projectId, 'filter.projectId');
      if (!department) {
        await this.plans.getVisibleProject(caller, projectId);
      }
    }
    const departmentId = filter.departmentId ? parseId(filter.departmentId, 'filter.departmentId') : null;
    if (department && departmentId !== null && departmentId !== caller.departmentId) {
      throw AppException.forbidden('OTHER_DEPARTMENT_LEDGER', {
        zh: '承办单位账号只能查看本单位的台账',
        en: 'Department accounts see only their own ledger.',
      });
    }
    const statuses = filter.status ?? null;
    if (statuses?.some((status) => !STATUSES.has(status))) {
      throw AppException.badInput('filter.status', 'INVALID_STATUS', {
        zh: `状态须为 ${[...STATUSES].join('/')}`,
        en: `status must be one of ${[...STATUSES].join(', ')}`,
      });
    }
    const kinds = filter.kinds ?? null;
    if (kinds?.some((kind) => !KINDS.has(kind))) {
      throw AppException.badInput('filter.kinds', 'INVALID_KIND', {
        zh: `类别须为 ${[...KINDS].join('/')}`,
        en: `kinds must be among ${[...KINDS].join(', ')}`,
      });
    }
    return {
      scopePath,
      // Another tenant's unit names no handoff the caller can see: the row-level wall leaves the page empty.
      departmentId: department ? caller.departmentId : departmentId,
      projectId,
      statuses: statuses && statuses.length > 0 ? [...new Set(statuses)] : null,
      kinds: kinds && kinds.length > 0 ? [...new Set(kinds)] : null,
      overdueOnly: filter.overdueOnly === true,
      escalatedToTenantId: escalatedToMe ? caller.tenantId : null,
      committeeCode: committeeFilter(caller),
      now,
    };
  }

  async page(
    caller: Caller,
    filter: LedgerFilterValues,
    first?: number | null,
    after?: string | null,
    now = this.clock.now(),
  ): Promise<LedgerPage> {
    const limit = first ?? LEDGER_PAGE_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > LEDGER_PAGE_MAX) {
      throw AppException.badInput('first', 'PAGE_SIZE_OUT_OF_RANGE', {
        zh: `每页 1–${LEDGER_PAGE_MAX} 条`,
        en: `first must be 1–${LEDGER_PAGE_MAX}`,
      });
    }
    const cursor = after ? decodeLedgerCursor(after) : undefined;
    const criteria = await this.criteria(caller, filter, now);
    const [rows, total] = await Promise.all([
      this.ledger.page(criteria, limit + 1, cursor),
      this.ledger.count(criteria),
    ]);
    return { rows: rows.slice(0, limit), total, hasNextPage: rows.length > limit };
  }

  /** 台账统计: per kind, the items the filter selects, how many are closed and overdue, and the closure rate. */
  async summary(
    caller: Caller,
    filter: LedgerFilterValues,
    now = this.clock.now(),
  ): Promise<Array<LedgerKindFigures & { closureRate: number }>> {
    const criteria = await this.criteria(caller, filter, now);
    const counted = new Map((await this.ledger.countByKind(criteria)).map((row) => [row.kind, row]));
    return (criteria.kinds ?? Object.values(LedgerItemKind)).map((kind) => {
      const row = counted.get(kind) ?? { kind, total: 0, closed: 0, overdue: 0 };
      return { ...row, closureRate: row.total === 0 ? 0 : row.closed / row.total };
    });
  }
}
