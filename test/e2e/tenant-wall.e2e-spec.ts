import { DataSource } from 'typeorm';
import { Db, RequestScope } from '@liandong/db';
import {
  createTenantTree,
  Platform,
  publishedProject,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

/** Tables outside the wall, each for a reason; any other table must have forced row-level security. */
const UNWALLED: Record<string, string> = {
  schema_migration: 'migration bookkeeping; the application may only read it',
  outbox: 'queue hand-off; jobs carry ids, never tenant data',
  supervision_method: 'the shared method catalogue, the same for every tenant',
  calendar_override: 'the shared working-day calendar',
  audit_event: 'insert-only for the application, which can never read it',
  audit_head: 'the audit chains’ heads; the application has no access at all',
};

describe('the tenant wall in PostgreSQL (row-level security)', () => {
  let platform: Platform;
  let app: DataSource;
  let scope: RequestScope;
  let db: Db;
  let tree: TenantTree;
  let paths: Record<string, string>;

  /** Runs `work` the way a request does: one transaction carrying the caller's tenant path, or nobody. */
  async function as<T>(path: string | null, work: () => Promise<T>): Promise<T> {
    const transaction = scope.begin();
    return scope.enter(transaction, async () => {
      try {
        await scope.set(path ? { tenant_path: path } : {});
        const result = await work();
        await transaction.finish(true);
        return result;
      } catch (error) {
        await transaction.finish(false);
        throw error;
      }
    });
  }

  beforeAll(async () => {
    platform = await startPlatform();
    app = platform.api.get(DataSource);
    scope = platform.api.get(RequestScope);
    db = platform.api.get(Db);
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const rows = (await platform.dataSource.query('SELECT code, path::text FROM tenant WHERE code LIKE $1', [
      `${tree.city}%`,
    ])) as Array<{ code: string; path: string }>;
    paths = Object.fromEntries(rows.map((row) => [row.code, row.path]));
    // Each county and the city report something, so every subtree has rows of its own.
    const city = await platform.as(tree.city);
    const [countyA, countyB] = tree.counties as [string, string];
    await publishedProject(city, [countyA, countyB]);
  });

  afterAll(() => platform.close());

  it('forces row-level security on every table but the few shared ones', async () => {
    const tables = (await platform.dataSource.query(
      `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    )) as Array<{ name: string; enabled: boolean; forced: boolean }>;
    const walled = tables.filter((table) => !(table.name in UNWALLED));
    expect(walled.length).toBeGreaterThan(25);
    expect(walled.filter((table) => !table.enabled || !table.forced).map((table) => table.name)).toEqual([]);
    const policies = (await platform.dataSource.query(
      `SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public' AND 'liandong_app' = ANY (roles)`,
    )) as Array<{ tablename: string }>;
    expect(policies.map((row) => row.tablename).sort()).toEqual(walled.map((table) => table.name).sort());
  });

  it('connects the API as a role that owns nothing and bypasses nothing', async () => {
    const [role] = (await app.query(
      `SELECT r.rolname AS name, r.rolsuper AS super, r.rolbypassrls AS bypass,
              pg_has_role(current_user, 'liandong_system', 'MEMBER') AS system,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    )) as Array<{ name: string; super: boolean; bypass: boolean; system: boolean; owns: number }>;
    expect(role).toEqual({ name: 'liandong_app', super: false, bypass: false, system: false, owns: 0 });
  });

  it('returns only the caller’s subtree from a query that forgot its filter', async () => {
    const [countyA, countyB] = tree.counties as [string, string];
    const countyAPath = paths[countyA] as string;
    const seen = await as(countyAPath, () =>
      db.manager.query('SELECT tenant_path::text AS path FROM assignment'),
    );
    const expected = (await platform.dataSource.query(
      'SELECT count(*)::int AS n FROM assignment WHERE tenant_path <@ $1::ltree',
      [countyAPath],
    )) as Array<{ n: number }>;
    expect(seen.length).toBe(expected[0]?.n);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((row: { path: string }) => row.path.startsWith(countyAPath))).toBe(true);
    expect(seen.some((row: { path: string }) => row.path.startsWith(paths[countyB] as string))).toBe(false);
  });

  it('shows nothing at all to a transaction that says nobody', async () => {
    for (const table of [
      'tenant',
      'account',
      'joint_project',
      'assignment',
      'finding',
      'handoff',
      'department',
    ]) {
      const rows = (await as(null, () =>
        db.manager.query(`SELECT count(*)::int AS n FROM "${table}"`),
      )) as Array<{
        n: number;
      }>;
      expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
    }
  });

  it('shows a county the project published to it, which it may not change', async () => {
    const [countyA] = tree.counties as [string];
    const countyAPath = paths[countyA] as string;
    const projects = (await as(countyAPath, () =>
      db.manager.query('SELECT id, tenant_path::text AS path FROM joint_project'),
    )) as Array<{ id: string; path: string }>;
    expect(projects).toHaveLength(1);
    expect(projects[0]?.path).toBe(paths[tree.city]);
    const changed = (await as(countyAPath, () =>
      db.manager.query(`UPDATE joint_project SET title = '改' WHERE id = $1 RETURNING id`, [projects[0]?.id]),
    )) as unknown[];
    expect(changed).toEqual([[], 0]); // TypeORM's answer to an UPDATE: no rows returned, none changed
  });

  it('refuses to write a row into another tenant’s subtree', async () => {
    const [countyA, countyB] = tree.counties as [string, string];
    const foreign = await platform.dataSource.query('SELECT id FROM tenant WHERE code = $1', [countyB]);
    await expect(
      as(paths[countyA] as string, () =>
        db.manager.query(
          `INSERT INTO department (tenant_id, tenant_path, code, name) VALUES ($1, $2::ltree, 'x-wall', '越界单位')`,
          [foreign[0].id, paths[countyB]],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('bounds every statement of a request', async () => {
    const [row] = (await as(paths[tree.city] as string, () =>
      db.manager.query(`SELECT current_setting('statement_timeout') AS timeout`),
    )) as Array<{ timeout: string }>;
    expect(row?.timeout).toBe('30s');
  });

  it('leaves no tenant setting on a pooled connection once a transaction ends', async () => {
    await as(paths[tree.city] as string, () => db.manager.query('SELECT count(*) FROM finding'));
    const city = await platform.as(tree.city);
    await city.ok('query { jointProjects { id } }');
    // As many at once as the pool holds, so every pooled connection answers.
    const settings = (await Promise.all(
      Array.from({ length: 5 }, () =>
        app.query(
          `SELECT coalesce(current_setting('liandong.tenant_path', true), '') AS path, pg_sleep(0.05)::text AS slept`,
        ),
      ),
    )) as Array<Array<{ path: string }>>;
    expect(settings.map((rows) => rows[0]?.path)).toEqual(['', '', '', '', '']);
  });
});
