import { Queue } from 'bullmq';
import { HandoffsService } from '@liandong/handoffs';
import { GraphqlClient } from '@liandong/testing';
import { ManualClock } from '@liandong/time';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  escalationsOf,
  eventually,
  handoffOf,
  handOver,
  noticesOf,
  OwnRedis,
  Platform,
  startPlatform,
  TenantTree,
  withEnvironment,
} from '@liandong/testing-system';

/**
 * The outbox and its relay when Redis or the worker is away: decided work waits in PostgreSQL, nothing is
 * lost or done twice, and the deadline sweep escalates from PostgreSQL alone. Deadlines pass on a clock
 * the test moves (an hour ahead at most: other test files' deadlines are days away), never by waiting.
 */

jest.setTimeout(60_000);

const HOUR_MS = 3_600_000;

/** A deadline an hour from the clock's now, and a way to move the clock just past it. */
function hourlyDeadline(clock: ManualClock): { deadline: Date; pass: () => void } {
  const deadline = new Date(clock.now().getTime() + HOUR_MS);
  return { deadline, pass: () => clock.set(new Date(deadline.getTime() + 1_000)) };
}

interface OutboxRow {
  name: string;
  job_id: string;
  relayed_at: Date | null;
}

function outboxOf(platform: Platform, handoffId: string): Promise<OutboxRow[]> {
  return platform.dataSource.query(
    `SELECT name, job_id, relayed_at FROM outbox WHERE payload->>'handoffId' = $1 ORDER BY id`,
    [handoffId],
  );
}

async function issuedNotices(platform: Platform, handoffId: string): Promise<number> {
  const rows: Array<{ n: number }> = await platform.dataSource.query(
    `SELECT count(*)::int AS n FROM notification WHERE handoff_id = $1 AND kind = 'HANDOFF_ISSUED'`,
    [handoffId],
  );
  const row = rows[0];
  return row?.n ?? 0;
}

describe('the outbox while Redis is away', () => {
  const clock = new ManualClock(new Date());
  let redis: OwnRedis;
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    platform = await withEnvironment({ REDIS_URL: redis.url }, () => startPlatform({ worker: true, clock }));
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(async () => {
    await redis?.closeWith(platform);
  });

  it('keeps the jobs in PostgreSQL until Redis is back, then delivers each once; the sweep escalates meanwhile', async () => {
    const { county, client, findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const market = await departmentId(client, county, 'market');
    const department = await platform.as(`${county}-market`);

    // Redis goes away first: had it gone right after the hand-over, the relay (polling every 100 ms) could
    // have sent the jobs on in between, and a Redis without persistence would then have lost them.
    await redis.kill();
    const { deadline, pass } = hourlyDeadline(clock);
    const handoff = await handOver(client, findingIds, market, deadline);
    expect(handoff).toMatchObject({ status: 'ISSUED', overdue: false, escalationLevel: 0 });
    const jobs = await outboxOf(platform, handoff.id);
    expect(jobs.map((job) => job.name).sort()).toEqual(['handoff-deadline', 'handoff-issued']);

    // While Redis is down, for the deadline and past it: the jobs stay in the outbox, the API answers,
    // /health says Redis is down, and the sweep (PostgreSQL only) escalates once the deadline has passed.
    pass();
    const health = await fetch(`${platform.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ checks: { postgres: 'up', redis: 'down' } });
    const escalated = await eventually(
      async () => {
        expect((await outboxOf(platform, handoff.id)).every((job) => job.relayed_at === null)).toBe(true);
        expect(await issuedNotices(platform, handoff.id)).toBe(0);
        return handoffOf(client, handoff.id);
      },
      (h) => h.escalationLevel >= 1,
      { timeoutMs: 40_000, intervalMs: 250, what: 'escalation by the sweep while Redis is down' },
    );
    expect(escalated).toMatchObject({ overdue: true, escalationLevel: 1 });
    // the sweep run again by hand escalates nothing more, and relays nothing while Redis is away
    await platform.worker!.get(HandoffsService).escalateOverdue();
    expect((await outboxOf(platform, handoff.id)).every((job) => job.relayed_at === null)).toBe(true);
    expect(await escalationsOf(platform, handoff.id)).toHaveLength(1);

    // Redis is back (empty) on the same port: the relay sends both jobs on, once each.
    await redis.restart();
    const relayed = await eventually(
      () => outboxOf(platform, handoff.id),
      (rows) => rows.every((job) => job.relayed_at !== null),
      { what: 'the outbox rows relayed' },
    );
    const notices = await eventually(
      () => noticesOf(department, handoff.id, 'HANDOFF_ISSUED'),
      (found) => found.length > 0,
      {
        what: 'the HANDOFF_ISSUED notification',
      },
    );
    expect(notices).toHaveLength(1);

    // The late deadline job has run (a no-op): the escalation still happened exactly once. Relayed after
    // its time, it was due at once, not delayed by the length of the outage.
    const queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      const deadlineJob = relayed.find((job) => job.name === 'handoff-deadline')?.job_id as string;
      await eventually(
        async () => (await queue.getJob(deadlineJob))?.getState() ?? 'missing',
        (state) => state === 'completed',
        { what: 'the deadline job completed' },
      );
      expect((await queue.getJob(deadlineJob))?.opts.delay).toBe(0);
    } finally {
      await queue.close();
    }
    await platform.worker!.get(HandoffsService).escalateOverdue();
    expect(await escalationsOf(platform, handoff.id)).toHaveLength(1);
    expect(await handoffOf(client, handoff.id)).toMatchObject({ overdue: true, escalationLevel: 1 });
    expect(await issuedNotices(platform, handoff.id)).toBe(1);
    expect(await noticesOf(department, handoff.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(client, handoff.id, 'ESCALATED')).toHaveLength(1);
    await eventually(
      () => fetch(`${platform.url}/health`).then((response) => response.status),
      (status) => status === 200,
      {
        what: '/health back to 200',
      },
    );
  });
});

describe('the worker away', () => {
  const clock = new ManualClock(new Date());
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    platform = await startPlatform({ worker: true, clock });
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(() => platform.close());

  it('catches up when it comes back after the deadline: escalated once, notified once', async () => {
    const { county, client, findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const market = await departmentId(client, county, 'market');
    const department: GraphqlClient = await platform.as(`${county}-market`);
    const { deadline, pass } = hourlyDeadline(clock);
    const handoff = await handOver(client, findingIds, market, deadline);
    await platform.stopWorker();

    // past the deadline, nobody is there to escalate it
    pass();
    expect(await handoffOf(client, handoff.id)).toMatchObject({ overdue: true, escalationLevel: 0 });
    expect(await escalationsOf(platform, handoff.id)).toEqual([]);

    await platform.startWorker();
    const escalated = await eventually(
      () => handoffOf(client, handoff.id),
      (h) => h.escalationLevel >= 1,
      {
        what: 'escalation after the worker came back',
      },
    );
    expect(escalated).toMatchObject({ overdue: true, escalationLevel: 1 });
    await eventually(
      () => issuedNotices(platform, handoff.id),
      (n) => n > 0,
      { what: 'the HANDOFF_ISSUED notification' },
    );
    await eventually(
      () => outboxOf(platform, handoff.id),
      (rows) => rows.every((job) => job.relayed_at !== null),
      { what: 'the outbox rows relayed' },
    );
    await platform.worker!.get(HandoffsService).escalateOverdue();
    expect(await escalationsOf(platform, handoff.id)).toHaveLength(1);
    expect(await issuedNotices(platform, handoff.id)).toBe(1);
    expect(await noticesOf(department, handoff.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(department, handoff.id, 'HANDOFF_ISSUED')).toHaveLength(1);
  });
});
