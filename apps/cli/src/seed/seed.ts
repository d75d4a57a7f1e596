import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '@liandong/auth';
import { DEFAULT_SUPERVISION_METHODS } from '@liandong/plans';
import { Role } from '@liandong/tenancy';
import { bodyName, committeesOf, departmentsOf } from './departments';
import { DivisionNode } from './divisions';

export interface SeedSummary {
  tenants: number;
  departments: number;
  committees: number;
  accounts: number;
  methods: number;
  /** Subtrees already present under another path (the Luoyang demo as its own root) and moved into this tree. */
  moved: number;
}

/**
 * How the seed's departments, committees and accounts reach the audit trail. `row`: the usual trigger, one
 * event per row. `batch`: one event per statement, digesting the rows it wrote; for the national tree, whose
 * 230,000 rows would queue one by one on the single `system` chain's head (each row a new version of that
 * head row inside one transaction, each lookup slower than the last) and take hours.
 */
export type SeedAudit = 'row' | 'batch';

/** The tables whose row triggers the `batch` audit stands in for, during the seed's own transaction. */
const BATCH_AUDITED = ['department', 'committee', 'account'] as const;

/** Rows per statement: large enough that round trips do not matter, small enough for the parameter arrays. */
const BATCH = 5_000;

/** The supervision-method catalogue; existing codes keep their (possibly renamed) names. */
export async function seedMethods(manager: EntityManager): Promise<number> {
  await manager.query(
    `INSERT INTO supervision_method (code, name, sort_order)
     SELECT m.code, m.name, m.sort_order FROM unnest($1::text[], $2::text[], $3::int[]) AS m(code, name, sort_order)
     ON CONFLICT (code) DO NOTHING`,
    [
      DEFAULT_SUPERVISION_METHODS.map((method) => method.code),
      DEFAULT_SUPERVISION_METHODS.map((method) => method.name),
      DEFAULT_SUPERVISION_METHODS.map((_, index) => index + 1),
    ],
  );
  return DEFAULT_SUPERVISION_METHODS.length;
}

/** One tenant of the tree with its place in it. */
interface PlacedNode {
  node: DivisionNode;
  /** The node's parent, or for a root of the tree the parent it already has in the database. */
  parentCode: string | null;
  path: string;
  depth: number;
}

/** Where a root of the tree already hangs in the database: Luoyang under Henan once the national tree is in. */
interface Anchor {
  code: string;
  parentCode: string;
  path: string;
}

interface SeedAccount {
  username: string;
  displayName: string;
  tenantCode: string;
  role: Role;
  departmentCode: string | null;
  committeeCode: string | null;
}

/**
 * Loads a tenant tree with its departments and demo accounts: a COORDINATOR named by each tenant's code,
 * a DEPARTMENT account `<code>-<department>` for each unit, a staff account `<code>-<committee>` for each
 * committee above the townships (the 统筹办's a COORDINATOR, the others MEMBERs), and one ADMIN per root.
 * Every demo account shares one argon2 hash of the demo password (hashing once per account would take hours
 * for the national tree).
 *
 * Rows go in set-based, a batch of a few thousand per statement and parents before children, so the national
 * tree's 42,000 tenants load in seconds. Tenants are keyed by code: a tenant already present is updated (name,
 * level, parent), departments and committees by (tenant, code), accounts by username; running it again changes
 * nothing. A subtree already present under another path, such as the Luoyang demo loaded as its own root before
 * the national tree, is moved under its new parent together with every row that carries its tenant paths.
 */
export async function seedTree(
  dataSource: DataSource,
  nodes: DivisionNode[],
  demoPassword: string,
  audit: SeedAudit = 'row',
): Promise<SeedSummary> {
  placeNodes(nodes, []); // a tree out of order fails before anything is hashed or written
  const passwordHash = await hashPassword(demoPassword);
  return dataSource.transaction(async (manager) => {
    // A seed attaches subtrees, never detaches them: the Luoyang demo loaded after the national tree stays put.
    const anchors = await manager.query<Anchor[]>(
      `SELECT t.code, p.code AS "parentCode", t.path::text AS path FROM tenant t JOIN tenant p ON p.id = t.parent_id
       WHERE t.code = ANY($1::text[])`,
      [nodes.filter((node) => node.parentCode === null).map((node) => node.code)],
    );
    const placed = placeNodes(nodes, anchors);
    const methods = await seedMethods(manager);
    const moved = await moveSubtrees(manager, placed);
    // Transactional DDL, as the tables' owner: nobody else ever sees the triggers off, and a failed seed rolls
    // the switch back with its rows. Writers to these tables wait for the seed meanwhile; readers do not.
    if (audit === 'batch') {
      for (const table of BATCH_AUDITED) {
        await manager.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_audit"`);
      }
    }
    const write = (table: (typeof BATCH_AUDITED)[number], sql: string, parameters: unknown[]) =>
      manager.query(audit === 'batch' ? auditedInBatch(table, sql) : sql, parameters);
    const maxDepth = Math.max(0, ...placed.map((entry) => entry.depth));
    for (let depth = 0; depth <= maxDepth; depth += 1) {
      for (const batch of batches(placed.filter((entry) => entry.depth === depth))) {
        await upsertTenants(manager, batch);
      }
    }
    const departments = nodes.flatMap((node) =>
      departmentsOf(node).map((department) => ({ tenantCode: node.code, ...department })),
    );
    for (const batch of batches(departments)) {
      await write(
        'department',
        `INSERT INTO department (tenant_id, tenant_path, code, name, kind)
         SELECT t.id, t.path, d.code, d.name, d.kind
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS d(tenant_code, code, name, kind)
         JOIN tenant t ON t.code = d.tenant_code
         ON CONFLICT (tenant_id, code) DO UPDATE SET name = EXCLUDED.name
         WHERE department.name IS DISTINCT FROM EXCLUDED.name`,
        [
          batch.map((row) => row.tenantCode),
          batch.map((row) => row.code),
          batch.map((row) => row.name),
          batch.map((row) => row.kind),
        ],
      );
    }
    const committees = nodes.flatMap((node) =>
      committeesOf(node).map((committee) => ({ tenantCode: node.code, ...committee })),
    );
    for (const batch of batches(committees)) {
      await write(
        'committee',
        `INSERT INTO committee (tenant_id, tenant_path, code, name, coordinates)
         SELECT t.id, t.path, c.code, c.name, c.coordinates
         FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS c(tenant_code, code, name, coordinates)
         JOIN tenant t ON t.code = c.tenant_code
         ON CONFLICT (tenant_id, code) DO UPDATE SET name = EXCLUDED.name
         WHERE committee.name IS DISTINCT FROM EXCLUDED.name`,
        [
          batch.map((row) => row.tenantCode),
          batch.map((row) => row.code),
          batch.map((row) => row.name),
          batch.map((row) => row.coordinates),
        ],
      );
    }
    const accounts = nodes.flatMap(accountsOf);
    for (const batch of batches(accounts)) {
      await write('account', ACCOUNTS_SQL, accountParameters(batch, passwordHash));
    }
    if (audit === 'batch') {
      for (const table of BATCH_AUDITED) {
        await manager.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${table}_audit"`);
      }
    }
    return {
      tenants: nodes.length,
      departments: departments.length,
      committees: committees.length,
      accounts: accounts.length,
      methods,
      moved,
    };
  });
}

/** Each node's path and depth; a node must come after its parent. Anchored roots keep their place. */
function placeNodes(nodes: DivisionNode[], anchors: Anchor[]): PlacedNode[] {
  const anchored = new Map(anchors.map((anchor) => [anchor.code, anchor]));
  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const parent = node.parentCode === null ? undefined : placed.get(node.parentCode);
    if (node.parentCode !== null && !parent) {
      throw new Error(`division ${node.code} comes before its parent ${node.parentCode}`);
    }
    const anchor = node.parentCode === null ? anchored.get(node.code) : undefined;
    placed.set(node.code, {
      node,
      parentCode: anchor?.parentCode ?? node.parentCode,
      path: parent ? `${parent.path}.${node.code}` : (anchor?.path ?? node.code),
      depth: parent ? parent.depth + 1 : 0,
    });
  }
  return [...placed.values()];
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH) {
    yield rows.slice(start, start + BATCH);
  }
}

/** One depth of the tree at a time: the parents, looked up by code, went in with the depth before (or were there). */
async function upsertTenants(manager: EntityManager, batch: PlacedNode[]): Promise<void> {
  await manager.query(
    `INSERT INTO tenant (code, name, level, parent_id, path)
     SELECT n.code, n.name, n.level, p.id, n.path::ltree
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS n(code, name, level, parent_code, path)
     LEFT JOIN tenant p ON p.code = n.parent_code
     ON CONFLICT (code) DO UPDATE
       SET name = EXCLUDED.name, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id, path = EXCLUDED.path
     WHERE (tenant.name, tenant.level, tenant.parent_id, tenant.path)
       IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_id, EXCLUDED.path)`,
    [
      batch.map((entry) => entry.node.code),
      batch.map((entry) => entry.node.name),
      batch.map((entry) => entry.node.level),
      batch.map((entry) => entry.parentCode),
      batch.map((entry) => entry.path),
    ],
  );
}

/**
 * Moves subtrees that already exist under another path to their place in this tree, before the tenants are
 * upserted: the tenants' own paths (their descendants outside this tree included) and every tenant path column,
 * which row-level security reads. Returns how many subtrees moved.
 */
async function moveSubtrees(manager: EntityManager, placed: PlacedNode[]): Promise<number> {
  const present = await manager.query<Array<{ code: string; path: string }>>(
    `SELECT t.code, t.path::text AS path FROM tenant t
     JOIN unnest($1::text[], $2::text[]) AS n(code, path) ON n.code = t.code
     WHERE t.path <> n.path::ltree ORDER BY nlevel(t.path)`,
    [placed.map((entry) => entry.node.code), placed.map((entry) => entry.path)],
  );
  const target = new Map(placed.map((entry) => [entry.node.code, entry.path]));
  const moves: Array<{ from: string; to: string }> = [];
  for (const { code, path } of present) {
    const to = target.get(code) ?? path;
    // A descendant of a subtree that moves follows it; only a move of its own counts.
    const followed = moves.some(
      (move) => path.startsWith(`${move.from}.`) && to === `${move.to}${path.slice(move.from.length)}`,
    );
    if (!followed) {
      moves.push({ from: path, to });
    }
  }
  if (moves.length === 0) {
    return 0;
  }
  const tables = await manager.query<Array<{ table: string; column: string }>>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND udt_name = 'ltree' AND column_name IN ('path', 'tenant_path')
     ORDER BY table_name <> 'tenant', table_name`,
  );
  for (const move of moves) {
    for (const { table, column } of tables) {
      // Names from the catalogue, quoted as identifiers; the paths go in as parameters.
      const name = `"${table.replace(/"/g, '""')}"`;
      const col = `"${column.replace(/"/g, '""')}"`;
      await manager.query(
        `UPDATE ${name} SET ${col} = CASE WHEN ${col} = $1::ltree THEN $2::ltree
           ELSE $2::ltree || subpath(${col}, nlevel($1::ltree)) END
         WHERE ${col} <@ $1::ltree`,
        [move.from, move.to],
      );
    }
  }
  return moves.length;
}

/** A tenant's demo accounts: its coordinator, one per department and committee, and the ADMIN of a root. */
function accountsOf(node: DivisionNode): SeedAccount[] {
  const body = bodyName(node);
  const own = { tenantCode: node.code, departmentCode: null, committeeCode: null };
  return [
    { ...own, username: node.code, displayName: `${body}联络员`, role: Role.COORDINATOR },
    ...departmentsOf(node).map((department) => ({
      ...own,
      username: `${node.code}-${department.code}`,
      displayName: department.name,
      role: Role.DEPARTMENT,
      departmentCode: department.code,
    })),
    ...committeesOf(node).map((committee) => ({
      ...own,
      username: `${node.code}-${committee.code}`,
      displayName: `${body}${committee.name}`,
      role: committee.coordinates ? Role.COORDINATOR : Role.MEMBER,
      committeeCode: committee.code,
    })),
    ...(node.parentCode === null
      ? [{ ...own, username: `${node.code}-admin`, displayName: `${body}系统管理员`, role: Role.ADMIN }]
      : []),
  ];
}

/** Accounts already present (by username) are left as they are: their passwords may have been changed. */
const ACCOUNTS_SQL = `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles,
    department_id, committee_id)
  SELECT a.username, a.display_name, $7, t.id, t.path, ARRAY[a.role], d.id, c.id
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
    AS a(username, display_name, tenant_code, role, department_code, committee_code)
  JOIN tenant t ON t.code = a.tenant_code
  LEFT JOIN department d ON d.tenant_id = t.id AND d.code = a.department_code
  LEFT JOIN committee c ON c.tenant_id = t.id AND c.code = a.committee_code
  ON CONFLICT (username) DO NOTHING`;

function accountParameters(batch: SeedAccount[], passwordHash: string): unknown[] {
  return [
    batch.map((account) => account.username),
    batch.map((account) => account.displayName),
    batch.map((account) => account.tenantCode),
    batch.map((account) => account.role),
    batch.map((account) => account.departmentCode),
    batch.map((account) => account.committeeCode),
    passwordHash,
  ];
}

/**
 * One upsert and the one audit event that stands for the rows it wrote: the digest of those rows, as the row
 * trigger digests one. A statement that wrote nothing (a second run) leaves no event.
 */
function auditedInBatch(table: (typeof BATCH_AUDITED)[number], sql: string): string {
  return `WITH written AS (${sql} RETURNING *)
    INSERT INTO audit_event (action, entity, after_digest)
    SELECT '${table}.seed', '${table}',
      encode(sha256(convert_to(string_agg(to_jsonb(written)::text, ',' ORDER BY written.id), 'UTF8')), 'hex')
    FROM written HAVING count(*) > 0`;
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM tenant');
  return (row?.n ?? 0) === 0;
}
