import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import argon2 from 'argon2';
import { Client } from 'pg';

/**
 * `liandong seed national` end to end, through the built command line, on a database of its own (the shared
 * test database holds the other files' tenants): the Luoyang demo first, then the national tree over it, which
 * must move Luoyang under Henan; then the national tree again, which must change nothing.
 */

// 42,000 tenants and 134,000 accounts, twice: under a minute each on an idle machine, more on a busy one.
jest.setTimeout(15 * 60_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const DEMO_PASSWORD = 'liandong-demo';

const database = `liandong_national_${randomBytes(4).toString('hex')}`;
const serverUrl = process.env['DATABASE_URL'] as string;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

/** The command line on this file's database; without APP_DATABASE_URL, migrate leaves the shared login alone. */
async function cli(...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_PASSWORD,
    LIANDONG_SEED: 'none',
  };
  delete env['APP_DATABASE_URL'];
  delete env['LIANDONG_DIVISIONS_DIR'];
  const { stdout } = await run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

function summaryOf(stdout: string): Record<string, number> {
  const match = /^national tree loaded in [\d.]+ s: (.*)$/m.exec(stdout);
  if (!match?.[1]) {
    throw new Error(`seed national printed no summary:\n${stdout}`);
  }
  return JSON.parse(match[1]) as Record<string, number>;
}

describe('the national seed, on its own database', () => {
  const server = new Client({ connectionString: serverUrl });
  const db = new Client({ connectionString: databaseUrl });
  let summary: Record<string, number>;
  let luoyangBefore: { id: string; path: string };

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }
  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await rows<{ n: number }>(sql, params);
    return Number(row?.n);
  }
  /** Everything the seed writes, as counts and digests: equal snapshots mean nothing changed. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const [row] = await rows<Record<string, unknown>>(`SELECT
      (SELECT md5(string_agg(concat_ws('|', id, code, name, level, parent_id, path), ',' ORDER BY code)) FROM tenant)
        AS tenants,
      (SELECT md5(string_agg(concat_ws('|', id, tenant_path, code, name), ',' ORDER BY id)) FROM department)
        AS departments,
      (SELECT md5(string_agg(concat_ws('|', id, tenant_path, code, name), ',' ORDER BY id)) FROM committee)
        AS committees,
      (SELECT md5(string_agg(concat_ws('|', id, username, password_hash, tenant_path, roles), ',' ORDER BY id))
        FROM account) AS accounts,
      (SELECT count(*)::int FROM audit_event) AS "auditEvents"`);
    return row ?? {};
  }

  beforeAll(async () => {
    await server.connect();
    await server.query(`CREATE DATABASE ${database}`);
    await cli('migrate');
    await cli('seed', 'luoyang');
    await db.connect();
    [luoyangBefore] = await rows<{ id: string; path: string }>(
      `SELECT id, path::text AS path FROM tenant WHERE code = '4103'`,
    );
    summary = summaryOf(await cli('seed', 'national'));
  });

  afterAll(async () => {
    await db.end().catch(() => undefined);
    await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.end();
  });

  it('loads every province, city, county and township with a congress body', async () => {
    expect(summary).toMatchObject({
      PROVINCE: 31,
      CITY: 342,
      COUNTY: 2978,
      TOWNSHIP: 38642,
      tenants: 41993,
      moved: 1,
    });
    const levels = await rows<{ level: string; n: number }>(
      'SELECT level, count(*)::int AS n FROM tenant GROUP BY level ORDER BY level',
    );
    expect(Object.fromEntries(levels.map((row) => [row.level, row.n]))).toEqual({
      PROVINCE: 31,
      CITY: 342,
      COUNTY: 2978,
      TOWNSHIP: 38642,
    });
    // Nine departments above the townships, one government each below; seven committees above them.
    expect(await count('SELECT count(*)::int AS n FROM department')).toBe(3351 * 9 + 38642);
    expect(await count('SELECT count(*)::int AS n FROM committee')).toBe(3351 * 7);
    expect(await count('SELECT count(*)::int AS n FROM supervision_method')).toBe(summary['methods']);
  });

  it('builds province.city.county.township paths that agree with the parents', async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM tenant WHERE nlevel(path) <> CASE level
        WHEN 'PROVINCE' THEN 1 WHEN 'CITY' THEN 2 WHEN 'COUNTY' THEN 3 ELSE 4 END`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM tenant c LEFT JOIN tenant p ON p.id = c.parent_id
        WHERE (c.parent_id IS NULL) <> (c.level = 'PROVINCE')
          OR (p.id IS NOT NULL AND c.path <> p.path || c.code)`),
    ).toBe(0);
    const [township] = await rows<{ path: string }>(
      `SELECT path::text AS path FROM tenant WHERE code = '110101001'`,
    );
    expect(township?.path).toBe('11.1101.110101.110101001');
  });

  it('moves the Luoyang demo under Henan, with every row that carries its paths', async () => {
    expect(luoyangBefore.path).toBe('4103');
    const [luoyang] = await rows<{ id: string; path: string; parent: string }>(
      `SELECT t.id, t.path::text AS path, p.code AS parent FROM tenant t JOIN tenant p ON p.id = t.parent_id
       WHERE t.code = '4103'`,
    );
    expect(luoyang).toEqual({ id: luoyangBefore.id, path: '41.4103', parent: '41' });
    const tables = await rows<{ table: string }>(
      `SELECT c.table_name AS table FROM information_schema.columns c
       JOIN information_schema.columns t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
         AND t.column_name = 'tenant_id'
       WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_path'`,
    );
    expect(tables.map((row) => row.table)).toEqual(expect.arrayContaining(['account', 'deputy']));
    for (const { table } of tables) {
      const stale = await count(
        `SELECT count(*)::int AS n FROM "${table}" r JOIN tenant t ON t.id = r.tenant_id WHERE r.tenant_path <> t.path`,
      );
      expect({ table, stale }).toEqual({ table, stale: 0 });
    }
    expect(
      await count(`SELECT count(*)::int AS n FROM deputy WHERE tenant_path <@ '41.4103'`),
    ).toBeGreaterThan(0);
  });

  it('gives every tenant its accounts, on one hash of the demo password', async () => {
    // Coordinators, department and committee staff, an ADMIN per province, and the demo's own ADMIN of Luoyang.
    expect(await count('SELECT count(*)::int AS n FROM account')).toBe(summary['accounts'] + 1);
    // The demo's accounts keep the hash its own seed made; every account the national seed made shares one.
    expect(
      await count(
        `SELECT count(DISTINCT password_hash)::int AS n FROM account WHERE NOT tenant_path <@ '41.4103'`,
      ),
    ).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM account WHERE roles = '{ADMIN}'`)).toBe(31 + 1);
    const [coordinator] = await rows<{ roles: string[]; path: string; hash: string }>(
      `SELECT a.roles, a.tenant_path::text AS path, a.password_hash AS hash FROM account a
       JOIN tenant t ON t.id = a.tenant_id WHERE a.username = '110101001' AND t.code = '110101001'`,
    );
    expect(coordinator).toMatchObject({ roles: ['COORDINATOR'], path: '11.1101.110101.110101001' });
    expect(await argon2.verify(coordinator?.hash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(await argon2.verify(coordinator?.hash ?? '', 'not-the-demo-password')).toBe(false);
    const [staff] = await rows<{ department: string | null; committee: string | null }>(
      `SELECT d.code AS department, c.code AS committee FROM account a
       LEFT JOIN department d ON d.id = a.department_id LEFT JOIN committee c ON c.id = a.committee_id
       WHERE a.username IN ('41-education', '41-tongchou') ORDER BY a.username`,
    );
    expect(staff).toEqual({ department: 'education', committee: null });
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    const again = summaryOf(await cli('seed', 'national'));
    expect({ ...again, moved: 0 }).toEqual({ ...summary, moved: 0 });
    expect(again['moved']).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves an intact audit trail, one event per statement for the bulk rows', async () => {
    expect(await cli('audit', 'verify')).toMatch(/intact/);
    const events = await count(
      `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('department.seed', 'committee.seed', 'account.seed')`,
    );
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThan(100);
  });

  it('keeps Luoyang under Henan when the demo is seeded again', async () => {
    const stdout = await cli('seed', 'luoyang');
    expect(stdout).toMatch(/"moved":0/);
    const [luoyang] = await rows<{ path: string; parent: string }>(
      `SELECT t.path::text AS path, p.code AS parent FROM tenant t JOIN tenant p ON p.id = t.parent_id
       WHERE t.code = '4103'`,
    );
    expect(luoyang).toEqual({ path: '41.4103', parent: '41' });
    expect(
      await count(`SELECT count(*)::int AS n FROM account a JOIN tenant t ON t.id = a.tenant_id
        WHERE a.tenant_path <> t.path`),
    ).toBe(0);
    expect(await cli('check-progress')).toMatch(/equal a recount/);
  });
});
