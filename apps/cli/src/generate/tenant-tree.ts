import { DataSource } from 'typeorm';

/** A tenant as the generator needs it: where it sits, who acts for it, whom it can hand work to. */
export interface TreeTenant {
  id: string;
  code: string;
  name: string;
  level: string;
  path: string;
  parent: TreeTenant | null;
  children: TreeTenant[];
  /** The account its rows are written by: its coordinator, or the nearest ancestor's. */
  accountId: string;
  departmentIds: string[];
  committeeIds: string[];
}

export interface TenantTree {
  tenants: TreeTenant[];
  byId: Map<string, TreeTenant>;
  methods: string[];
}

/** Rows nobody acts for carry this id (the command line's own work has no account). */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Reads whatever tree is loaded, ordered by path so the same seed walks it the same way every time. */
export async function loadTenantTree(dataSource: DataSource): Promise<TenantTree> {
  const rows = await dataSource.query<
    Array<{ id: string; code: string; name: string; level: string; parent_id: string | null; path: string }>
  >(`SELECT id, code, name, level, parent_id, path::text AS path FROM tenant ORDER BY path`);
  const accounts = await dataSource.query<Array<{ tenant_id: string; id: string }>>(
    `SELECT DISTINCT ON (tenant_id) tenant_id, id FROM account WHERE disabled_at IS NULL
     ORDER BY tenant_id, ('COORDINATOR' = ANY (roles)) DESC, username`,
  );
  const departments = await dataSource.query<Array<{ tenant_id: string; id: string }>>(
    `SELECT tenant_id, id FROM department WHERE retired_at IS NULL ORDER BY tenant_id, code`,
  );
  const committees = await dataSource.query<Array<{ tenant_id: string; id: string }>>(
    `SELECT tenant_id, id FROM committee WHERE retired_at IS NULL AND NOT coordinates ORDER BY tenant_id, code`,
  );
  const methods = await dataSource.query<Array<{ code: string }>>(
    `SELECT code FROM supervision_method WHERE retired_at IS NULL ORDER BY sort_order, code`,
  );
  const accountOf = new Map(accounts.map((row) => [row.tenant_id, row.id]));
  const byId = new Map<string, TreeTenant>();
  const tenants: TreeTenant[] = [];
  // Ordered by path, a parent always comes before its children.
  for (const row of rows) {
    const parent = row.parent_id ? (byId.get(row.parent_id) ?? null) : null;
    const tenant: TreeTenant = {
      id: row.id,
      code: row.code,
      name: row.name,
      level: row.level,
      path: row.path,
      parent,
      children: [],
      accountId: accountOf.get(row.id) ?? parent?.accountId ?? NOBODY,
      departmentIds: [],
      committeeIds: [],
    };
    parent?.children.push(tenant);
    byId.set(tenant.id, tenant);
    tenants.push(tenant);
  }
  for (const row of departments) {
    byId.get(row.tenant_id)?.departmentIds.push(row.id);
  }
  for (const row of committees) {
    byId.get(row.tenant_id)?.committeeIds.push(row.id);
  }
  return { tenants, byId, methods: methods.map((row) => row.code) };
}

/** Handoffs already numbered per tenant, so generated letters continue each tenant's sequence. */
export async function lettersIssued(dataSource: DataSource): Promise<Map<string, number>> {
  const rows = await dataSource.query<Array<{ tenant_id: string; n: number }>>(
    `SELECT tenant_id, count(*)::int AS n FROM handoff GROUP BY tenant_id`,
  );
  return new Map(rows.map((row) => [row.tenant_id, row.n]));
}
