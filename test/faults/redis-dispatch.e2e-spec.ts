import { Queue } from 'bullmq';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
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
 * Redis killed (kill -9, no persistence) for 10 s while handoffs are being issued, relayed and processed:
 * the jobs it held are gone, yet every handoff is notified exactly once and keeps its deadline job, and the
 * backlog is worked off within 30 s of Redis's return. Jobs already relayed when Redis died come back through
 * the outbox reconciler; those decided during the outage wait in the outbox.
 */

jest.setTimeout(240_000);

const HANDOFFS = 300;
/** Handoffs issued before Redis is killed, so that some are relayed and not yet processed when it dies. */
const BEFORE_KILL = 100;
const OUTAGE_MS = 10_000;
const CATCH_UP_BOUND_MS = 30_000;
const ISSUERS = 4;
const WEEK_MS = 7 * 24 * 3_600_000;

describe('Redis killed for 10 s mid-dispatch', () => {
  let redis: OwnRedis;
  let database: OwnDatabase | undefined;
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    // Its own PostgreSQL too: the worker runs for minutes, longer than others should wait for the shared one's.
    database = await startOwnDatabase();
    platform = await withEnvironment({ ...database.env, REDIS_URL: redis.url }, () =>
      startPlatform({ worker: true }),
    );
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(async () => {
    await redis?.closeWith(platform);
    await database?.stop();
  });

  it('loses no handoff notice nor deadline job, and catches up within 30 s of its return', async () => {
    const { county, client, findingIds } = await acceptedCountyFindings(platform, tree, HANDOFFS);
    const market = await departmentId(client, county, 'market');
    const deadline = new Date(Date.now() + WEEK_MS);

    // A steady stream of handoffs, one finding each, from a few callers at once, across the outage.
    const handoffIds: string[] = [];
    let next = 0;
    const issue = async (): Promise<void> => {
      for (let i = next++; i < HANDOFFS; i = next++) {
        const finding = findingIds[i] as string;
        handoffIds.push((await handOver(client, [finding], market, deadline)).id);
      }
    };
    const issuing = Promise.all(Array.from({ length: ISSUERS }, issue));

    await eventually(
      () => Promise.resolve(handoffIds.length),
      (n) => n >= BEFORE_KILL,
      { timeoutMs: 60_000, what: `${BEFORE_KILL} handoffs issued` },
    );
    // What Redis holds and PostgreSQL has not seen done when it dies: lost with it unless reconciled.
    const atRisk = await relayedUnfinished(platform, handoffIds);
    await redis.kill();
    const issuedBeforeKill = handoffIds.length;
    expect(atRisk.deadlines).toBeGreaterThan(0);

    await pause(OUTAGE_MS);
    const issuedDuringOutage = handoffIds.length - issuedBeforeKill;
    await redis.restart();
    const restartedAt = Date.now();
    // The backlog: every handoff issued while Redis was away or relayed into the Redis that died.
    const backlog = [...handoffIds];
    const caughtUp = await eventually(
      () => issuedNotices(platform, backlog),
      (found) => found.handoffs >= backlog.length,
      { timeoutMs: CATCH_UP_BOUND_MS + 30_000, intervalMs: 100, what: 'the backlog notified' },
    );
    const caughtUpMs = caughtUp.last.getTime() - restartedAt;
    await issuing;
    expect(handoffIds).toHaveLength(HANDOFFS);

    // Every handoff notified once, those issued after Redis's return as well.
    const notices = await eventually(
      () => issuedNotices(platform, handoffIds),
      (found) => found.handoffs >= HANDOFFS,
      { timeoutMs: 30_000, intervalMs: 250, what: 'a HANDOFF_ISSUED notice per handoff' },
    );
    expect(notices).toMatchObject({ handoffs: HANDOFFS, rows: HANDOFFS });

    // Every deadline job is back in Redis, delayed to its deadline, once (its id is the outbox's).
    const queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      const jobIds = await deadlineJobIds(platform, handoffIds);
      expect(jobIds).toHaveLength(HANDOFFS);
      const states = await eventually(
        () => Promise.all(jobIds.map((id) => queue.getJobState(id))),
        (found) => found.every((state) => state === 'delayed'),
        { timeoutMs: 30_000, intervalMs: 250, what: 'every deadline job delayed in Redis' },
      );
      expect(new Set(states)).toEqual(new Set(['delayed']));
      expect(await queue.getDelayedCount()).toBeGreaterThanOrEqual(HANDOFFS);
    } finally {
      await queue.close();
    }
    // Nothing was notified twice in the meantime.
    expect(await issuedNotices(platform, handoffIds)).toMatchObject({ handoffs: HANDOFFS, rows: HANDOFFS });

    console.log(
      `Redis killed for ${OUTAGE_MS / 1000} s mid-dispatch: ${HANDOFFS} handoffs, ${issuedBeforeKill} before the kill ` +
        `(${atRisk.notices} notices and ${atRisk.deadlines} deadline jobs relayed but unfinished when Redis died), ` +
        `${issuedDuringOutage} during the outage, ${HANDOFFS - backlog.length} after; the backlog of ${backlog.length} ` +
        `notified ${caughtUpMs} ms after Redis's return`,
    );
    expect(caughtUpMs).toBeLessThanOrEqual(CATCH_UP_BOUND_MS);
  });
});

async function relayedUnfinished(
  platform: Platform,
  handoffIds: string[],
): Promise<{ notices: number; deadlines: number }> {
  const rows: Array<{ notices: number; deadlines: number }> = await platform.dataSource.query(
    `SELECT count(*) FILTER (WHERE name = 'handoff-issued')::int AS notices,
            count(*) FILTER (WHERE name = 'handoff-deadline')::int AS deadlines
       FROM outbox
      WHERE payload->>'handoffId' = ANY($1) AND relayed_at IS NOT NULL AND completed_at IS NULL`,
    [handoffIds],
  );
  return rows[0] ?? { notices: 0, deadlines: 0 };
}

async function issuedNotices(
  platform: Platform,
  handoffIds: string[],
): Promise<{ handoffs: number; rows: number; last: Date }> {
  const rows: Array<{ handoffs: number; rows: number; last: Date }> = await platform.dataSource.query(
    `SELECT count(DISTINCT handoff_id)::int AS handoffs, count(*)::int AS rows, max(created_at) AS last
       FROM notification WHERE handoff_id = ANY($1::uuid[]) AND kind = 'HANDOFF_ISSUED'`,
    [handoffIds],
  );
  const row = rows[0];
  return { handoffs: row?.handoffs ?? 0, rows: row?.rows ?? 0, last: new Date(row?.last ?? 0) };
}

async function deadlineJobIds(platform: Platform, handoffIds: string[]): Promise<string[]> {
  const rows: Array<{ job_id: string }> = await platform.dataSource.query(
    `SELECT job_id FROM outbox WHERE payload->>'handoffId' = ANY($1) AND name = 'handoff-deadline'`,
    [handoffIds],
  );
  return rows.map((row) => row.job_id);
}
