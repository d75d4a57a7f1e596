import { Injectable } from '@nestjs/common';
import { AppException, parseId, Said } from '@liandong/errors';
import { assertInSubtree, canSeeSubtreeOf, isAncestorOfCaller, isDepartmentCaller } from './access';
import { Caller } from './caller';
import { DepartmentEntity } from './department.entity';
import { DepartmentRepository } from './department.repository';
import { TenantEntity } from './tenant.entity';
import { TenantLevel } from './tenant-level';
import { TenantRepository } from './tenant.repository';

/** How a tenant is named in a refusal. */
export const TENANT: Said = { zh: '人大机关', en: 'Tenant' };

@Injectable()
export class TenancyService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** Callers see their subtree and, by name only, the tenants above them (their parents, their issuers). */
  canSeeTenant(caller: Caller, tenant: TenantEntity): boolean {
    if (isDepartmentCaller(caller)) {
      return tenant.id === caller.tenantId || isAncestorOfCaller(caller, tenant.path);
    }
    return canSeeSubtreeOf(caller, tenant.path) || isAncestorOfCaller(caller, tenant.path);
  }

  /**
   * The subtree a query covers: the caller's own tenant, or the tenant `scopeTenantId` names inside the
   * caller's subtree (anything else is FORBIDDEN, the same for every query that takes a scope).
   */
  async scope(
    caller: Caller,
    scopeTenantId?: string | null,
    field = 'scopeTenantId',
  ): Promise<{ id: string; path: string }> {
    if (!scopeTenantId) {
      return { id: caller.tenantId, path: caller.tenantPath };
    }
    const scope = await this.tenants.findById(parseId(scopeTenantId, field));
    if (!scope || !canSeeSubtreeOf(caller, scope.path)) {
      throw AppException.forbidden('SCOPE_OUTSIDE_SUBTREE', {
        zh: '查询范围超出本机关辖区',
        en: 'scopeTenantId is outside your subtree.',
      });
    }
    return { id: scope.id, path: scope.path };
  }

  async getTenant(caller: Caller, id: string): Promise<TenantEntity> {
    const tenant = await this.tenants.findById(parseId(id));
    if (!tenant || !this.canSeeTenant(caller, tenant)) {
      throw AppException.notFound(TENANT, id);
    }
    return tenant;
  }

  async getTenantByCode(caller: Caller, code: string): Promise<TenantEntity> {
    const tenant = await this.tenants.findByCode(code);
    if (!tenant || !this.canSeeTenant(caller, tenant)) {
      throw AppException.notFound(TENANT, code);
    }
    return tenant;
  }

  /** Tenants in the caller's subtree, optionally the children of one of them or one level. */
  async listTenants(
    caller: Caller,
    filter: { parentId?: string; level?: TenantLevel },
  ): Promise<TenantEntity[]> {
    if (isDepartmentCaller(caller)) {
      throw AppException.forbidden('DEPARTMENT_CANNOT_BROWSE_TENANTS', {
        zh: '承办单位账号不能浏览人大机关',
        en: 'Department accounts cannot browse tenants.',
      });
    }
    if (filter.parentId) {
      const parent = await this.tenants.findById(parseId(filter.parentId, 'parentId'));
      if (!parent || !canSeeSubtreeOf(caller, parent.path)) {
        throw AppException.notFound(TENANT, filter.parentId);
      }
    }
    return this.tenants.listInSubtree(caller.tenantPath, filter);
  }

  /** Children the caller may see: all of them inside its subtree, only its own branch above it. */
  async visibleChildren(caller: Caller, tenant: TenantEntity): Promise<TenantEntity[]> {
    const children = await this.tenants.childrenOf([tenant.id]);
    return children.filter((child) => this.canSeeTenant(caller, child));
  }

  /** A tenant's units; retired ones only when asked for, for the office that keeps its history. */
  async listDepartments(
    caller: Caller,
    tenantId: string,
    includeRetired = false,
  ): Promise<DepartmentEntity[]> {
    const tenant = await this.tenants.findById(parseId(tenantId, 'tenantId'));
    if (!tenant) {
      throw AppException.notFound(TENANT, tenantId);
    }
    if (isDepartmentCaller(caller)) {
      const own = caller.departmentId ? await this.departments.findById(caller.departmentId) : null;
      return own && own.tenantId === tenantId && (includeRetired || own.retiredAt === null) ? [own] : [];
    }
    assertInSubtree(caller, tenant.path, TENANT, tenantId);
    return this.departments.listOfTenant(tenantId, includeRetired);
  }
}
