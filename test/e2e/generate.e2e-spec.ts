import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * `generate` end to end, through the built command line, on two databases of their own (the shared test
 * database holds other files' Luoyang tenants, and the generated volume would upset their counts): both
 * migrated and seeded alike, then filled with the same seed, which must give the same figures.
 */

jest.setTimeout(10 * 60_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const FINDINGS = 2_000;
const SEED = '42';
const YEAR = '2024';

const serverUrl = process.env['DATABASE_URL'] as string;
const suffix = randomBytes(4).toString('hex');
const databases = [`liandong_generate_a_${suffix}`, `liandong_generate_b_${suffix}`];
const urlOf = (database: string): string =>
  Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

/** The command line on one of the generator's databases; without APP_DATABASE_URL, migrate leaves the shared login alone. */
async function cli(database: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlOf(database) };
  delete env['APP_DATABASE_URL'];
  const { stdout } = await run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

interface Figures {
  projects: number;
  assignments: number;
  activities: number;
  findings: number;
  findingsByStatus: Record<string, number>;
  handoffs: number;
  handoffsByStatus: Record<string, number>;
  escalations: number;
}

function figuresOf(stdout: string): Figures {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('generated: '));
  if (!line) {
    throw new Error(`generate printed no figures:\n${stdout}`);
  }
  return JSON.parse(line.slice('generated: '.length)) as Figures;
}

describe('liandong generate, on databases of its own', () => {
  const server = new Client({ connectionString: serverUrl });
  const db = new Client({ connectionString: urlOf(databases[0]) });
  const figures: Figures[] = [];

  async function count(sql: string): Promise<number> {
    const { rows } = await db.query<{ n: string }>(sql);
    return Number(rows[0]?.n);
  }

  async function statusCounts(table: string): Promise<Record<string, number>> {
    const { rows } = await db.query<{ status: string; n: string }>(
      `SELECT status, count(*) AS n FROM ${table} GROUP BY status ORDER BY status`,
    );
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  }

  beforeAll(async () => {
    await server.connect();
    for (const database of databases) {
      await server.query(`CREATE DATABASE ${database}`);
      await cli(database, 'migrate');
      await cli(database, 'seed');
      figures.push(
        figuresOf(
          await cli(database, 'generate', '--findings', `${FINDINGS}`, '--seed', SEED, '--year', YEAR),
        ),
      );
    }
    await db.connect();
  });

  afterAll(async () => {
    await db.end().catch(() => undefined);
    for (const database of databases) {
      await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    await server.end();
  });

  it('writes what it reports: every finding asked for, its projects, assignments and handoffs', async () => {
    const [figure] = figures;
    expect(figure.findings).toBe(FINDINGS);
    expect(await count('SELECT count(*) AS n FROM finding')).toBe(FINDINGS);
    expect(await count('SELECT count(*) AS n FROM joint_project')).toBe(figure.projects);
    expect(await count('SELECT count(*) AS n FROM joint_project_version')).toBe(figure.projects);
    expect(await count('SELECT count(*) AS n FROM assignment')).toBe(figure.assignments);
    expect(await count('SELECT count(*) AS n FROM activity')).toBe(figure.activities);
    expect(await count('SELECT count(*) AS n FROM handoff')).toBe(figure.handoffs);
    expect(await count('SELECT count(*) AS n FROM escalation')).toBe(figure.escalations);
    expect(await statusCounts('finding')).toEqual(figure.findingsByStatus);
    expect(await statusCounts('handoff')).toEqual(figure.handoffsByStatus);
    // a realistic mix: every finding status and every handoff status occurs
    expect(Object.keys(figure.findingsByStatus).sort()).toEqual(
      [
        'ACCEPTED',
        'CLOSED',
        'DISMISSED',
        'HANDED_OVER',
        'MERGED',
        'RECTIFYING',
        'REPORTED',
        'RETURNED',
      ].sort(),
    );
    expect(Object.keys(figure.handoffsByStatus).sort()).toEqual(
      ['CLOSED', 'ISSUED', 'RECTIFYING', 'REPLIED', 'SIGNED'].sort(),
    );
    expect(figure.escalations).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM activity WHERE covert')).toBeGreaterThan(0);
  });

  it('keeps every finding inside its assignment’s subtree, and every assignment under its parent', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM finding f JOIN assignment a ON a.id = f.assignment_id
         WHERE NOT (f.tenant_path <@ a.tenant_path) OR f.project_id <> a.project_id`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM assignment a JOIN assignment p ON p.id = a.parent_assignment_id
         WHERE NOT (a.tenant_path <@ p.tenant_path) OR a.published_by_tenant_id <> p.tenant_id
           OR a.project_id <> p.project_id`,
      ),
    ).toBe(0);
    // top-level assignments come from the project's publisher; all are acknowledged
    expect(
      await count(
        `SELECT count(*) AS n FROM assignment a JOIN joint_project j ON j.id = a.project_id
         WHERE a.parent_assignment_id IS NULL AND a.published_by_tenant_id <> j.tenant_id`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE acknowledged_at IS NULL`)).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM assignment WHERE parent_assignment_id IS NOT NULL`),
    ).toBeGreaterThan(0);
  });

  it('keeps handoffs and their findings consistent', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM finding f JOIN handoff h ON h.id = f.handoff_id
         WHERE f.status <> CASE h.status WHEN 'ISSUED' THEN 'HANDED_OVER' WHEN 'SIGNED' THEN 'HANDED_OVER'
                                         WHEN 'CLOSED' THEN 'CLOSED' ELSE 'RECTIFYING' END
            OR f.department_id IS DISTINCT FROM h.department_id
            OR f.project_id <> h.project_id
            OR NOT (f.tenant_path <@ h.tenant_path)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM finding
         WHERE handoff_id IS NULL AND status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED')`,
      ),
    ).toBe(0);
    // 1–10 findings each, handed to a unit of the handing-over tenant, due at the end of a Beijing day
    expect(
      await count(
        `SELECT count(*) AS n FROM handoff h
         WHERE (SELECT count(*) FROM finding f WHERE f.handoff_id = h.id) NOT BETWEEN 1 AND 10
            OR NOT EXISTS (SELECT 1 FROM department d WHERE d.id = h.department_id AND d.tenant_id = h.tenant_id)
            OR to_char(h.deadline AT TIME ZONE 'Asia/Shanghai', 'HH24:MI:SS.MS') <> '23:59:59.999'`,
      ),
    ).toBe(0);
    // dates in the order the steps happen, each status with the dates it implies
    expect(
      await count(
        `SELECT count(*) AS n FROM handoff
         WHERE (status = 'ISSUED') <> (signed_at IS NULL)
            OR (status IN ('REPLIED', 'CLOSED')) <> (replied_at IS NOT NULL)
            OR (status = 'CLOSED') <> (closed_at IS NOT NULL)
            OR signed_at < issued_at OR replied_at < signed_at OR closed_at < replied_at`,
      ),
    ).toBe(0);
    // the escalation rows climb the ladder one level at a time up to the handoff's level
    expect(
      await count(
        `SELECT count(*) AS n FROM handoff h
         WHERE h.escalation_level <> (SELECT count(*) FROM escalation e WHERE e.handoff_id = h.id)
            OR h.escalation_level <> coalesce((SELECT max(level) FROM escalation e WHERE e.handoff_id = h.id), 0)`,
      ),
    ).toBe(0);
    // an open handoff long past its deadline has climbed the automatic ladder, so the sweep finds nothing to do
    expect(
      await count(
        `SELECT count(*) AS n FROM handoff
         WHERE status <> 'CLOSED' AND deadline < now() - interval '40 days' AND escalation_level < 3`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM finding m JOIN finding c ON c.id = m.canonical_id
         WHERE m.status <> 'MERGED' OR c.status IN ('MERGED', 'DISMISSED') OR c.project_id <> m.project_id`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM finding WHERE status = 'MERGED' AND canonical_id IS NULL`),
    ).toBe(0);
  });

  it('leaves the audit trail intact', async () => {
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE entity = 'finding'`)).toBe(FINDINGS);
    await expect(cli(databases[0], 'audit', 'verify')).resolves.toMatch(/intact/);
  });

  it('leaves the progress tallies equal to a recount', async () => {
    await expect(cli(databases[0], 'check-progress')).resolves.toMatch(/equal a recount/);
    expect(await count(`SELECT count(*) AS n FROM progress_tally WHERE findings > 0`)).toBeGreaterThan(0);
  });

  it('gives the same figures for the same seed', async () => {
    expect(figures[1]).toEqual(figures[0]);
    const other = new Client({ connectionString: urlOf(databases[1]) });
    await other.connect();
    try {
      const sql = `SELECT f.status, f.severity, f.category, f.method_code, t.code, count(*)::int AS n
                   FROM finding f JOIN tenant t ON t.id = f.tenant_id
                   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
      const [mine, theirs] = [(await db.query(sql)).rows, (await other.query(sql)).rows];
      expect(mine.length).toBeGreaterThan(0);
      expect(theirs).toEqual(mine);
    } finally {
      await other.end();
    }
  });
});
