import { HandoffsService } from '@liandong/handoffs';
import { ManualClock } from '@liandong/time';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  escalationsOf,
  eventually,
  handOver,
  OwnDatabase,
  OwnRedis,
  pause,
  Platform,
  startOwnDatabase,
  startPlatform,
  TenantTree,
  withEnvironment,
} from '@liandong/testing-system';

/**
 * Deadlines falling while Redis is away for a whole minute of wall time. The sweep escalates from PostgreSQL
 * alone, so an escalation is late only by the sweep's interval, whether Redis is there or not; its notices
 * go out through the outbox once Redis is back. Lateness of an escalation: from the moment its deadline
 * passed (the test moves the clock past it) to the escalation row being seen, in wall time. Lateness of the
 * escalation notices: from Redis's return (they need it) to every one of them being written.
 * The clock moves an hour ahead at most: other test files' deadlines are days away.
 */

jest.setTimeout(240_000);

const OUTAGE_MS = 60_000;
const LATENESS_BOUND_MS = 5_000;
/** Handoffs whose deadlines fall during the outage, a third of an hour apart on the test's clock. */
const HANDOFFS = 6;
const STEP_MS = 20 * 60_000;
/** When, into the outage, the clock passes each of the three deadline groups. */
const PASSES_AT_MS = [5_000, 25_000, 45_000];

describe('deadlines falling during a 60 s Redis outage', () => {
  const clock = new ManualClock(new Date());
  let redis: OwnRedis;
  let database: OwnDatabase | undefined;
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    // Its own PostgreSQL too: the worker runs for minutes, longer than others should wait for the shared one's.
    database = await startOwnDatabase();
    platform = await withEnvironment({ ...database.env, REDIS_URL: redis.url }, () =>
      startPlatform({ worker: true, clock }),
    );
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(async () => {
    await redis?.closeWith(platform);
    await database?.stop();
  });

  it('escalates each once, at most 5 s after its deadline, and notifies within 5 s of Redis’s return', async () => {
    const { county, client, findingIds } = await acceptedCountyFindings(platform, tree, HANDOFFS);
    const market = await departmentId(client, county, 'market');
    const start = clock.now().getTime();
    // Two handoffs per deadline: +20, +40 and +60 minutes on the test's clock.
    const handoffs = await Promise.all(
      findingIds.map(async (finding, index) => {
        const group = index % PASSES_AT_MS.length;
        const deadline = new Date(start + (group + 1) * STEP_MS);
        const handoff = await handOver(client, [finding], market, deadline);
        return { id: handoff.id, group, deadline };
      }),
    );
    const ids = handoffs.map((handoff) => handoff.id);
    // Their issue notices and deadline jobs reach Redis before it dies (and die with it).
    await eventually(
      () => relayed(platform, ids),
      (n) => n === HANDOFFS * 2,
      { what: 'the handoffs’ jobs relayed' },
    );

    await redis.kill();
    const killedAt = Date.now();
    const passedAt: number[] = [];
    // Rows are stamped with the test's clock, so lateness is taken in wall time as the test sees it: from
    // moving the clock past a deadline to seeing its escalations (polled every 100 ms: an upper bound).
    const lateness: number[] = [];
    for (const [group, at] of PASSES_AT_MS.entries()) {
      await pause(Math.max(0, killedAt + at - Date.now()));
      clock.set(new Date(start + (group + 1) * STEP_MS + 1_000));
      passedAt[group] = Date.now();
      const mine = handoffs.filter((handoff) => handoff.group === group).map((handoff) => handoff.id);
      // the sweep escalates them from PostgreSQL while Redis is still away
      await eventually(
        () => escalatedCount(platform, mine),
        (n) => n === mine.length,
        { timeoutMs: 20_000, intervalMs: 100, what: `deadline group ${group} escalated during the outage` },
      );
      lateness[group] = Date.now() - passedAt[group];
    }
    const escalatedDuringOutage = await escalatedCount(platform, ids);
    await pause(Math.max(0, killedAt + OUTAGE_MS - Date.now()));
    const outageMs = Date.now() - killedAt;
    await redis.restart();
    const returnedAt = Date.now();

    // Once Redis is back, every job of these handoffs that is due runs (the lost ones re-added), each notice
    // once; the next escalation steps, days ahead, wait in Redis.
    await eventually(
      () => unfinished(platform, ids, clock.now()),
      (rows) => rows.length === 0,
      { timeoutMs: 30_000, intervalMs: 100, what: 'every outbox job of the handoffs run' },
    );
    const noticesLateMs = Date.now() - returnedAt;
    const notices = await escalationNotices(platform, ids);
    await platform.worker!.get(HandoffsService).escalateOverdue();
    console.log(
      `Deadlines during a ${Math.round(outageMs / 1000)} s Redis outage: ${HANDOFFS} handoffs, ` +
        `${escalatedDuringOutage} escalated while Redis was away; escalation lateness after the deadline ` +
        `max ${Math.max(...lateness)} ms (${lateness.join(', ')}); ` +
        `ESCALATED notices ${notices.length}, all written ${noticesLateMs} ms after Redis's return`,
    );

    expect(outageMs).toBeGreaterThanOrEqual(OUTAGE_MS);
    expect(escalatedDuringOutage).toBe(HANDOFFS);
    for (const id of ids) {
      expect(await escalationsOf(platform, id)).toHaveLength(1);
    }
    // Every handoff's escalation told, and each recipient told once.
    expect(new Set(notices.map((notice) => notice.handoff_id))).toEqual(new Set(ids));
    const recipients = notices.map((n) => `${n.handoff_id} ${n.tenant_id} ${n.department_id ?? '-'}`);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(Math.max(...lateness)).toBeLessThanOrEqual(LATENESS_BOUND_MS);
    expect(noticesLateMs).toBeLessThanOrEqual(LATENESS_BOUND_MS);
  });
});

async function relayed(platform: Platform, ids: string[]): Promise<number> {
  const rows: Array<{ n: number }> = await platform.dataSource.query(
    `SELECT count(*)::int AS n FROM outbox WHERE payload->>'handoffId' = ANY($1) AND relayed_at IS NOT NULL`,
    [ids],
  );
  return rows[0]?.n ?? 0;
}

/**
 * The handoffs' outbox rows not relayed yet, or due by `now` and not run yet (named, to show which when one
 * never does).
 */
async function unfinished(
  platform: Platform,
  ids: string[],
  now: Date,
): Promise<Array<{ name: string; job_id: string; relayed_at: Date | null }>> {
  return platform.dataSource.query(
    `SELECT name, job_id, relayed_at FROM outbox
      WHERE payload->>'handoffId' = ANY($1)
        AND (relayed_at IS NULL OR (completed_at IS NULL AND (run_at IS NULL OR run_at <= $2)))
      ORDER BY id`,
    [ids, now],
  );
}

async function escalatedCount(platform: Platform, ids: string[]): Promise<number> {
  const rows: Array<{ n: number }> = await platform.dataSource.query(
    'SELECT count(DISTINCT handoff_id)::int AS n FROM escalation WHERE handoff_id = ANY($1::uuid[])',
    [ids],
  );
  return rows[0]?.n ?? 0;
}

async function escalationNotices(
  platform: Platform,
  ids: string[],
): Promise<Array<{ handoff_id: string; tenant_id: string; department_id: string | null }>> {
  return platform.dataSource.query(
    `SELECT handoff_id, tenant_id, department_id FROM notification
      WHERE handoff_id = ANY($1::uuid[]) AND kind = 'ESCALATED'`,
    [ids],
  );
}
