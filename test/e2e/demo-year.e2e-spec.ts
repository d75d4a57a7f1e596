import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startPlatform } from '../support';

/**
 * `demo-year` end to end, through the built command line: migrate, seed and play Luoyang's 2023 on a
 * database of its own (the shared test database holds other files' Luoyang tenants), then read back
 * what the year left, and play it again to see that nothing changes.
 */

// The whole year is some ten thousand service calls: a minute or two, more on a busy machine.
jest.setTimeout(15 * 60_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const YEAR_START = '2023-01-01T00:00:00+08:00';
const YEAR_END = '2024-01-01T00:00:00+08:00';
const YEAR_CLOSE = '2023-12-31T18:00:00+08:00';

const database = `liandong_demo_year_${randomBytes(4).toString('hex')}`;
const serverUrl = process.env['DATABASE_URL'] as string;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

/** The command line on the demo year's database; without APP_DATABASE_URL, migrate leaves the shared login alone. */
async function cli(...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DB_POOL_SIZE: '10' };
  delete env['APP_DATABASE_URL'];
  const { stdout } = await run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

function summaryOf(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('demo year played: '));
  if (!line) {
    throw new Error(`demo-year printed no summary:\n${stdout}`);
  }
  return JSON.parse(line.slice('demo year played: '.length)) as Record<string, number>;
}

describe('the demo year, played on its own database', () => {
  const server = new Client({ connectionString: serverUrl });
  const db = new Client({ connectionString: databaseUrl });
  let summary: Record<string, number>;

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }
  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await rows<{ n: number }>(sql, params);
    return Number(row?.n);
  }

  beforeAll(async () => {
    await server.connect();
    await server.query(`CREATE DATABASE ${database}`);
    await cli('migrate');
    await cli('seed');
    summary = summaryOf(await cli('demo-year'));
    await db.connect();
  });

  afterAll(async () => {
    await db.end().catch(() => undefined);
    await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.end();
  });

  it('keeps the seed article’s figures', () => {
    expect(summary).toMatchObject({
      planItems: 28,
      planKey: 18,
      planJoint: 12,
      planStarted: 18,
      planCompleted: 8,
      projects: 12,
      findings: 372,
      handedOver: 372,
      ledgerItems: 129,
      ledgerClosed: 113,
      disclosedOwnChannels: 152,
      disclosedMedia: 17,
    });
    // The ledger holds both kinds: handoffs of findings and the items of the sessions' opinions.
    expect(summary['handoffs']! + summary['opinionItems']!).toBe(129);
    expect(summary['handoffsClosed']! + summary['opinionItemsClosed']!).toBe(113);
    expect(summary['opinionItems']).toBeGreaterThan(0);
    expect(summary['opinionItemsClosed']).toBeGreaterThan(0);
  });

  it('shows the city the article’s figures through GraphQL: plan 28/18/12, 18 started, 8 completed; 372 found and handed over; a ledger of 129, 113 closed', async () => {
    // The API on the demo year's database, logging in as the application role the global setup made.
    const saved = {
      DATABASE_URL: process.env['DATABASE_URL'],
      APP_DATABASE_URL: process.env['APP_DATABASE_URL'],
    };
    const appUrl = Object.assign(new URL(process.env['APP_DATABASE_URL'] as string), {
      pathname: `/${database}`,
    });
    Object.assign(process.env, { DATABASE_URL: databaseUrl, APP_DATABASE_URL: appUrl.toString() });
    const platform = await startPlatform();
    try {
      const city = await platform.as('4103');
      const { planFigures } = await city.ok<{ planFigures: Record<string, number> }>(
        'query { planFigures(year: 2023) { items key joint started completed adjusted } }',
      );
      expect(planFigures).toMatchObject({ items: 28, key: 18, joint: 12, started: 18, completed: 8 });
      const { progress } = await city.ok<{ progress: Array<{ findings: number; handedOver: number }> }>(
        'query { progress { findings handedOver } }',
      );
      expect(progress).toEqual([{ findings: 372, handedOver: 372 }]);
      const { ledger, ledgerSummary } = await city.ok<{
        ledger: { totalCount: number };
        ledgerSummary: Array<{ kind: string; total: number; closed: number }>;
      }>('query { ledger(first: 1) { totalCount } ledgerSummary { kind total closed } }');
      expect(ledger.totalCount).toBe(129);
      expect(ledgerSummary.reduce((sum, row) => sum + row.total, 0)).toBe(129);
      expect(ledgerSummary.reduce((sum, row) => sum + row.closed, 0)).toBe(113);
      const total = (kind: string): number => ledgerSummary.find((row) => row.kind === kind)?.total ?? 0;
      expect(total('FINDINGS')).toBe(summary['handoffs']);
      expect(total('REVIEW_OPINION')).toBeGreaterThan(0);
      expect(total('REVIEW_OPINION') + total('RESOLUTION')).toBe(summary['opinionItems']);
      const { disclosureCounts } = await city.ok<{
        disclosureCounts: { total: number; byChannel: Array<{ channel: string; count: number }> };
      }>('query { disclosureCounts(year: 2023) { total byChannel { channel count } } }');
      const on = (...channels: string[]): number =>
        disclosureCounts.byChannel
          .filter((row) => channels.includes(row.channel))
          .reduce((sum, row) => sum + row.count, 0);
      expect(on('WEBSITE', 'WECHAT')).toBe(152);
      expect(on('PROVINCIAL_MEDIA', 'NATIONAL_MEDIA')).toBe(17);
    } finally {
      await platform.close();
      Object.assign(process.env, saved);
    }
  });

  it('records the city’s sessions and sends their opinions on working days, due two months after issue', async () => {
    const sessions = await rows<{ kind: string; n: string }>(
      'SELECT kind, count(*) AS n FROM session GROUP BY kind ORDER BY kind',
    );
    expect(sessions.map((row) => row.kind)).toEqual(['CHAIRMEN', 'STANDING_COMMITTEE']);
    // Each opinion's items share its deadline, two months after it was issued (the API's default).
    expect(
      await count(
        `SELECT count(*) AS n FROM review_opinion o JOIN handoff h ON h.opinion_id = o.id
          WHERE h.deadline <> o.deadline
             OR (o.deadline AT TIME ZONE 'Asia/Shanghai')::date
                <> ((o.issued_at AT TIME ZONE 'Asia/Shanghai') + interval '2 months')::date`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM review_opinion WHERE issued_at < $1 OR issued_at >= $2
            OR responded_at < $1 OR responded_at >= $2`,
        [YEAR_START, YEAR_END],
      ),
    ).toBe(0);
    // Answered, verified and closed like handoffs; one answered late, after the sweep pressed it.
    expect(
      await count(`SELECT count(*) AS n FROM handoff WHERE opinion_id IS NOT NULL AND status = 'CLOSED'`),
    ).toBe(summary['opinionItemsClosed']);
    expect(
      await count(
        `SELECT count(*) AS n FROM escalation e JOIN handoff h ON h.id = e.handoff_id WHERE h.opinion_id IS NOT NULL`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM evaluation v JOIN handoff h ON h.id = v.handoff_id
          WHERE h.opinion_id IS NOT NULL AND v.result = 'SATISFIED'`,
      ),
    ).toBeGreaterThan(0);
  });

  // An opinion of the autumn is due two months after issue, in 2024: its deadline is checked below.
  it('stamps every finding, review and handoff with a time in 2023', async () => {
    const outside = await count(
      `SELECT count(*) AS n FROM (
         SELECT reported_at AS at FROM finding UNION ALL SELECT updated_at FROM finding
         UNION ALL SELECT at FROM finding_review
         UNION ALL SELECT issued_at FROM handoff UNION ALL SELECT signed_at FROM handoff
         UNION ALL SELECT replied_at FROM handoff UNION ALL SELECT closed_at FROM handoff
         UNION ALL SELECT deadline FROM handoff WHERE opinion_id IS NULL UNION ALL SELECT updated_at FROM handoff
         UNION ALL SELECT at FROM rectification_report UNION ALL SELECT at FROM verification
         UNION ALL SELECT at FROM escalation) stamps
        WHERE at IS NOT NULL AND (at < $1 OR at >= $2)`,
      [YEAR_START, YEAR_END],
    );
    expect(outside).toBe(0);
    expect(await count('SELECT count(*) AS n FROM finding_review')).toBe(372);
  });

  it('has each tier enter the actuals of the indicators the data cannot compute, with their sources, never a computed one', async () => {
    expect(summary['indicatorValues']).toBeGreaterThan(0);
    const values = await rows<{ code: string; source: string; measured_on: string; level: string }>(
      `SELECT v.code, v.source, to_char(v.measured_on, 'YYYY-MM-DD') AS measured_on, t.level
         FROM indicator_value v JOIN tenant t ON t.id = v.tenant_id`,
    );
    expect(values).toHaveLength(summary['indicatorValues']!);
    expect(values.filter((v) => ['HANDOVER_RATE', 'RECTIFY_RATE'].includes(v.code))).toEqual([]);
    expect(values.every((v) => v.measured_on === '2023-12-31' && v.source.length > 0)).toBe(true);
    // Counts are the city's own totals; rates come from the counties.
    expect(values.find((v) => v.code === 'CASES_REVIEWED')?.level).toBe('CITY');
    expect(values.find((v) => v.code === 'TRAINED')?.source).toMatch(/牵头部门2023年度工作台账$/);
    expect(values.filter((v) => v.code === 'ONLINE_RATE').every((v) => v.level === 'COUNTY')).toBe(true);
  });

  it('has each joint project led by the city committee its unified plan names, where the office has it', async () => {
    const leads = await rows<{ title: string; lead: string | null }>(
      `SELECT p.title, c.code AS lead FROM joint_project p
         LEFT JOIN committee c ON c.id = p.lead_committee_id ORDER BY p.title`,
    );
    expect(leads).toHaveLength(12);
    expect(leads.find((project) => project.title === '优化营商环境')?.lead).toBe('caijing');
    expect(leads.find((project) => project.title === '高中教育提质增效')?.lead).toBe('jiaokewenwei');
    // 城乡建设环境保护委员会 is not among the demo's committees: its two projects are the whole office's.
    expect(leads.filter((project) => project.lead === null)).toHaveLength(2);
    expect(
      await count(
        `SELECT count(*) AS n FROM plan_item i JOIN joint_project p ON p.id = i.joint_project_id
          WHERE i.lead_committee_id IS NOT DISTINCT FROM p.lead_committee_id`,
      ),
    ).toBe(12);
  });

  it('reports findings in at least four months and closes handoffs in at least six', async () => {
    const month = (column: string): string => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
    expect(
      await count(`SELECT count(DISTINCT ${month('reported_at')}) AS n FROM finding`),
    ).toBeGreaterThanOrEqual(4);
    expect(
      await count(`SELECT count(DISTINCT ${month('closed_at')}) AS n FROM handoff WHERE status = 'CLOSED'`),
    ).toBeGreaterThanOrEqual(6);
  });

  it('holds covert visits (暗访), findings cited to them', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM activity WHERE covert AND method_code = 'COVERT_VISIT'`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM finding f JOIN activity a ON a.id = f.activity_id WHERE a.covert AND f.covert`,
      ),
    ).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM finding WHERE activity_id IS NULL')).toBe(0);
  });

  it('files local plans and has them accepted, a township’s by its county', async () => {
    const plans = await rows<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM local_plan GROUP BY status',
    );
    expect(plans).toEqual([{ status: 'ACCEPTED', n: String(summary['localPlansFiled']) }]);
    expect(
      await count(
        `SELECT count(*) AS n FROM local_plan_decision d
           JOIN local_plan l ON l.id = d.local_plan_id
           JOIN tenant reviewer ON reviewer.id = d.by_tenant_id
           JOIN tenant filer ON filer.id = l.tenant_id
          WHERE d.accepted AND reviewer.level = 'COUNTY' AND filer.parent_id = reviewer.id`,
      ),
    ).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM local_plan_decision WHERE NOT accepted')).toBeGreaterThan(
      0,
    );
  });

  it('approves an extension, which moves the deadline', async () => {
    const extended = await rows<{ until: Date; deadline: Date; decided_at: Date }>(
      `SELECT e.until, h.deadline, e.decided_at FROM extension_request e JOIN handoff h ON h.id = e.handoff_id
        WHERE e.status = 'APPROVED'`,
    );
    expect(extended.length).toBeGreaterThan(0);
    for (const row of extended) {
      expect(row.deadline).toEqual(row.until);
      expect(row.decided_at.getTime()).toBeLessThan(new Date(YEAR_END).getTime());
    }
  });

  it('escalates overdue handoffs up the ladder in 2023, listing one of a county’s at the city', async () => {
    expect(await count('SELECT count(*) AS n FROM escalation WHERE automatic')).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM escalation e
           JOIN handoff h ON h.id = e.handoff_id
           JOIN tenant handler ON handler.id = h.tenant_id
           JOIN tenant raised ON raised.id = e.tenant_id
          WHERE e.level = 3 AND handler.level = 'COUNTY' AND raised.code = '4103'`,
      ),
    ).toBeGreaterThan(0);
    // Closed after an escalation: late, and pushed there.
    expect(
      await count(
        `SELECT count(DISTINCT h.id) AS n FROM handoff h JOIN escalation e ON e.handoff_id = h.id
          WHERE h.status = 'CLOSED' AND e.at < h.closed_at`,
      ),
    ).toBeGreaterThan(0);
  });

  it('evaluates closed handoffs (满意度测评) and looks back at some six months after closure', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM evaluation v JOIN handoff h ON h.id = v.handoff_id
          WHERE v.result = 'SATISFIED' AND h.status = 'CLOSED' AND v.voted_at > h.closed_at`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM look_back l JOIN handoff h ON h.id = l.handoff_id
          WHERE l.done_at >= l.due_at AND l.due_at >= h.closed_at + interval '180 days'
            AND NOT l.relapsed AND l.done_at < $1`,
        [YEAR_END],
      ),
    ).toBeGreaterThan(0);
  });

  it('leaves no unified milestone of an acknowledged assignment overdue at the year’s close', async () => {
    const overdue = await count(
      `SELECT count(*) AS n FROM assignment a
         JOIN joint_project p ON p.id = a.project_id
         CROSS JOIN LATERAL jsonb_array_elements(p.unifications -> 'scheme' -> 'milestones') m
        WHERE a.acknowledged_at IS NOT NULL AND (m ->> 'dueAt')::timestamptz < $1
          AND NOT EXISTS (SELECT 1 FROM assignment_milestone s WHERE s.assignment_id = a.id AND s.name = m ->> 'name')`,
      [YEAR_CLOSE],
    );
    expect(overdue).toBe(0);
    expect(await count('SELECT count(*) AS n FROM assignment WHERE acknowledged_at IS NULL')).toBe(0);
  });

  it('keeps a city expert pool of ten, one working at a unit it supervises and one with a declared conflict', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM expert e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = '4103'`,
      ),
    ).toBe(10);
    expect(await count('SELECT count(*) AS n FROM expert WHERE department_id IS NOT NULL')).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM expert_conflict WHERE kind = 'SAME_UNIT'`)).toBe(1);
  });

  it('changes nothing when played again, and says so', async () => {
    const tables = [
      'finding',
      'handoff',
      'session',
      'review_opinion',
      'activity',
      'local_plan',
      'assignment_milestone',
      'escalation',
      'evaluation',
      'expert',
    ];
    const sizes = async (): Promise<number[]> => {
      const counts: number[] = [];
      for (const table of tables) {
        counts.push(await count(`SELECT count(*) AS n FROM ${table}`));
      }
      return counts;
    };
    const before = await sizes();
    const again = summaryOf(await cli('demo-year'));
    expect(again).toEqual({ alreadyPlayed: 1, ...summary });
    expect(await sizes()).toEqual(before);
  });
});
