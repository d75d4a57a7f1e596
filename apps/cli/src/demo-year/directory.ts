import { INestApplicationContext } from '@nestjs/common';
import { AccountRepository, callerOf } from '@liandong/auth';
import { Caller, DepartmentRepository, TenantEntity, TenantRepository } from '@liandong/tenancy';
import { DeptCode } from './year-data.schema';
import { PlanTenant } from './plan';

export const CITY_CODE = '4103';

/** The Luoyang tree as the demo year needs it: tenants by code, their units, and the demo accounts' callers. */
export class DemoDirectory {
  private readonly callers = new Map<string, Promise<Caller>>();
  private readonly departmentIds = new Map<string, Promise<Map<string, string>>>();

  private constructor(
    private readonly accounts: AccountRepository,
    private readonly departments: DepartmentRepository,
    readonly city: TenantEntity,
    private readonly byCode: ReadonlyMap<string, TenantEntity>,
  ) {}

  static async load(app: INestApplicationContext): Promise<DemoDirectory> {
    const tenants = app.get(TenantRepository);
    const city = await tenants.findByCode(CITY_CODE);
    if (!city) {
      throw new Error(
        `洛阳市(${CITY_CODE})尚未载入,请先运行 seed / the Luoyang demo tree is not loaded: run \`seed\` first`,
      );
    }
    const tree = await tenants.listInSubtree(city.path);
    return new DemoDirectory(
      app.get(AccountRepository),
      app.get(DepartmentRepository),
      city,
      new Map(tree.map((tenant) => [tenant.code, tenant])),
    );
  }

  /** The tree as the year plan reads it. */
  planTenants(): PlanTenant[] {
    const codeById = new Map([...this.byCode.values()].map((tenant) => [tenant.id, tenant.code]));
    return [...this.byCode.values()].map((tenant) => ({
      code: tenant.code,
      name: tenant.name,
      level: tenant.level,
      parentCode: tenant.parentId ? (codeById.get(tenant.parentId) ?? null) : null,
    }));
  }

  tenant(code: string): TenantEntity {
    const tenant = this.byCode.get(code);
    if (!tenant) {
      throw new Error(`tenant ${code} is not in the Luoyang tree`);
    }
    return tenant;
  }

  childrenOf(code: string): TenantEntity[] {
    const parent = this.tenant(code);
    return [...this.byCode.values()].filter((tenant) => tenant.parentId === parent.id);
  }

  /** A township as people name it: with its county (“孟津区会盟镇”); a county by its own name. */
  placeName(code: string): string {
    const tenant = this.tenant(code);
    const parent = [...this.byCode.values()].find((candidate) => candidate.id === tenant.parentId);
    return parent && parent.code !== CITY_CODE ? `${parent.name}${tenant.name}` : tenant.name;
  }

  /** The caller behind a demo account: a tenant's coordinator (its code) or a unit (`<code>-<unit>`). */
  caller(username: string): Promise<Caller> {
    let caller = this.callers.get(username);
    if (!caller) {
      caller = this.accounts.findByUsername(username).then((account) => {
        if (!account || account.disabledAt) {
          throw new Error(`demo account ${username} is missing or disabled: run \`seed\` first`);
        }
        return callerOf(account);
      });
      this.callers.set(username, caller);
    }
    return caller;
  }

  async departmentId(tenantCode: string, dept: DeptCode): Promise<string> {
    let units = this.departmentIds.get(tenantCode);
    if (!units) {
      units = this.departments
        .listOfTenant(this.tenant(tenantCode).id)
        .then((rows) => new Map(rows.map((row) => [row.code, row.id])));
      this.departmentIds.set(tenantCode, units);
    }
    const id = (await units).get(dept);
    if (!id) {
      throw new Error(`tenant ${tenantCode} has no unit ${dept}`);
    }
    return id;
  }
}
