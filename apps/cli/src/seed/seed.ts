import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '@liandong/auth';
import { DEFAULT_SUPERVISION_METHODS } from '@liandong/plans';
import { Role } from '@liandong/tenancy';
import { bodyName, committeesOf, departmentsOf } from './departments';
import { DivisionNode } from './divisions';

export interface SeedSummary {
  tenants: number;
  departments: number;
  accounts: number;
  methods: number;
}

/** The supervision-method catalogue; existing codes keep their (possibly renamed) names. */
export async function seedMethods(manager: EntityManager): Promise<number> {
  for (const [index, method] of DEFAULT_SUPERVISION_METHODS.entries()) {
    await manager.query(
      `INSERT INTO supervision_method (code, name, sort_order) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
      [method.code, method.name, index + 1],
    );
  }
  return DEFAULT_SUPERVISION_METHODS.length;
}

/**
 * Loads a tenant tree with its departments and demo accounts: a COORDINATOR named by each tenant's code,
 * a DEPARTMENT account `<code>-<department>` for each unit, a staff account `<code>-<committee>` for each
 * committee of a city or county (the 统筹办's a COORDINATOR, the others MEMBERs), and one ADMIN at the root. Every demo account
 * shares one argon2 hash of the demo password (hashing 500 times would take half a minute).
 */
export async function seedTree(
  dataSource: DataSource,
  nodes: DivisionNode[],
  demoPassword: string,
): Promise<SeedSummary> {
  const passwordHash = await hashPassword(demoPassword);
  return dataSource.transaction(async (manager) => {
    const methods = await seedMethods(manager);
    const paths = new Map<string, { id: string; path: string }>();
    let departments = 0;
    let accounts = 0;
    for (const node of nodes) {
      const parent = node.parentCode ? paths.get(node.parentCode) : undefined;
      if (node.parentCode && !parent) {
        throw new Error(`division ${node.code} comes before its parent ${node.parentCode}`);
      }
      const path = parent ? `${parent.path}.${node.code}` : node.code;
      const [tenant] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO tenant (code, name, level, parent_id, path) VALUES ($1, $2, $3, $4, $5::ltree)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [node.code, node.name, node.level, parent?.id ?? null, path],
      );
      paths.set(node.code, { id: tenant.id, path });
      await insertAccount(manager, {
        username: node.code,
        displayName: `${bodyName(node)}联络员`,
        passwordHash,
        tenantId: tenant.id,
        tenantPath: path,
        roles: [Role.COORDINATOR],
        departmentId: null,
        committeeId: null,
      });
      accounts += 1;
      for (const department of departmentsOf(node)) {
        const [row] = await manager.query<Array<{ id: string }>>(
          `INSERT INTO department (tenant_id, tenant_path, code, name, kind) VALUES ($1, $2::ltree, $3, $4, $5)
           ON CONFLICT (tenant_id, code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
          [tenant.id, path, department.code, department.name, department.kind],
        );
        departments += 1;
        await insertAccount(manager, {
          username: `${node.code}-${department.code}`,
          displayName: department.name,
          passwordHash,
          tenantId: tenant.id,
          tenantPath: path,
          roles: [Role.DEPARTMENT],
          departmentId: row.id,
          committeeId: null,
        });
        accounts += 1;
      }
      for (const committee of committeesOf(node)) {
        const [row] = await manager.query<Array<{ id: string }>>(
          `INSERT INTO committee (tenant_id, tenant_path, code, name, coordinates) VALUES ($1, $2::ltree, $3, $4, $5)
           ON CONFLICT (tenant_id, code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
          [tenant.id, path, committee.code, committee.name, committee.coordinates],
        );
        await insertAccount(manager, {
          username: `${node.code}-${committee.code}`,
          displayName: `${bodyName(node)}${committee.name}`,
          passwordHash,
          tenantId: tenant.id,
          tenantPath: path,
          roles: [committee.coordinates ? Role.COORDINATOR : Role.MEMBER],
          departmentId: null,
          committeeId: row.id,
        });
        accounts += 1;
      }
    }
    const root = nodes.find((node) => node.parentCode === null);
    const rootTenant = root ? paths.get(root.code) : undefined;
    if (root && rootTenant) {
      await insertAccount(manager, {
        username: `${root.code}-admin`,
        displayName: `${bodyName(root)}系统管理员`,
        passwordHash,
        tenantId: rootTenant.id,
        tenantPath: rootTenant.path,
        roles: [Role.ADMIN],
        departmentId: null,
        committeeId: null,
      });
      accounts += 1;
    }
    return { tenants: nodes.length, departments, accounts, methods };
  });
}

async function insertAccount(
  manager: EntityManager,
  account: {
    username: string;
    displayName: string;
    passwordHash: string;
    tenantId: string;
    tenantPath: string;
    roles: Role[];
    departmentId: string | null;
    committeeId: string | null;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles, department_id,
       committee_id)
     VALUES ($1, $2, $3, $4, $5::ltree, $6::text[], $7, $8) ON CONFLICT (username) DO NOTHING`,
    [
      account.username,
      account.displayName,
      account.passwordHash,
      account.tenantId,
      account.tenantPath,
      account.roles,
      account.departmentId,
      account.committeeId,
    ],
  );
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM tenant');
  return (row?.n ?? 0) === 0;
}
