import {
  acceptedFindings,
  AppProcess,
  eventually,
  faultCounty,
  handOverEach,
  killHard,
  OwnServices,
  queueState,
  seededRandom,
  spawnApp,
  startApiProcess,
  startOwnServices,
} from '@liandong/testing-system';

/**
 * The worker killed (kill -9) at 20 random points while handoffs are issued and fall due: afterwards each
 * handoff has exactly one HANDOFF_ISSUED notice for its department, exactly one automatic escalation (催办,
 * level 1) and its two ESCALATED notices (department and office) — none missing, none twice.
 *
 * The worker is the built one, a real process, with a PostgreSQL and Redis of this test's own, so its relay and
 * sweep see this test's rows only. Deadlines are real ones a few seconds after each hand-over: they fall while
 * the worker is being killed, and both the delayed deadline job and the sweep race to escalate them.
 *
 * LIANDONG_FAULT_SEED replays a run (its kill points and gaps); LIANDONG_FAULT_HANDOFFS sets how many handoffs.
 * `npm test` runs 2,000, which keeps the whole suite within its time on two cores; the full 10,000 of the
 * operations issue (`LIANDONG_FAULT_HANDOFFS=10000`) takes about half an hour there, and its figures are in
 * docs/operations.md.
 */

const HANDOFFS = Number(process.env['LIANDONG_FAULT_HANDOFFS'] ?? 2_000);
const KILLS = 20;
const SEED = Number(process.env['LIANDONG_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/** Each deadline falls this long after its hand-over, plus up to DEADLINE_SPREAD_MS. */
const DEADLINE_AFTER_MS = 10_000;
const DEADLINE_SPREAD_MS = 20_000;
/** Per handoff: its HANDOFF_ISSUED notice, its escalation and the escalation's two notices. */
const EFFECTS_PER_HANDOFF = 4;

/**
 * Bounded by the work asked for: on an idle 2-core machine 1,000 handoffs took 216 s with the 20 kills (hand-overs
 * at about 12 a second while the worker was killed, restarted and catching up).
 */
jest.setTimeout(10 * 60_000 + HANDOFFS * 300);

interface Progress {
  issued: number;
  escalations: number;
  escalated: number;
  pending: number;
}

const total = (progress: Progress): number => progress.issued + progress.escalations + progress.escalated;

/** What the worker has done so far for the handoffs of `tenant`, and the outbox rows not yet relayed. */
async function progressOf(services: OwnServices, tenant: string): Promise<Progress> {
  const [row] = await services.dataSource.query<Progress[]>(
    `SELECT
       (SELECT count(*) FROM notification n JOIN handoff h ON h.id = n.handoff_id
         WHERE h.tenant_id = $1 AND n.kind = 'HANDOFF_ISSUED')::int AS issued,
       (SELECT count(*) FROM escalation e JOIN handoff h ON h.id = e.handoff_id WHERE h.tenant_id = $1)::int
         AS escalations,
       (SELECT count(*) FROM notification n JOIN handoff h ON h.id = n.handoff_id
         WHERE h.tenant_id = $1 AND n.kind = 'ESCALATED')::int AS escalated,
       (SELECT count(*) FROM outbox WHERE relayed_at IS NULL)::int AS pending`,
    [tenant],
  );
  return row as Progress;
}

interface Tally {
  handoffs: number;
  /** Handoffs whose department has no HANDOFF_ISSUED notice, and those with more than one notice of it. */
  issuedMissing: number;
  issuedTwice: number;
  escalationMissing: number;
  /** More than one escalation row, or one above level 1 (the ladder's next step is 5 working days away). */
  escalationWrong: number;
  escalatedNoticeMissing: number;
  escalatedNoticeTwice: number;
  notEscalatedLevel: number;
}

/** Per handoff of `tenant`, exactly-once counted over the notification and escalation tables. */
async function tallyOf(services: OwnServices, tenant: string): Promise<Tally> {
  const [row] = await services.dataSource.query<Tally[]>(
    `WITH per AS (
       SELECT h.id, h.escalation_level,
         (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'HANDOFF_ISSUED'
            AND n.department_id = h.department_id) AS issued,
         (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'HANDOFF_ISSUED') AS issued_all,
         (SELECT count(*) FROM escalation e WHERE e.handoff_id = h.id) AS steps,
         (SELECT count(*) FROM escalation e WHERE e.handoff_id = h.id AND e.level = 1) AS level1,
         (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'ESCALATED'
            AND n.department_id = h.department_id) AS to_department,
         (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'ESCALATED'
            AND n.department_id IS NULL) AS to_office,
         (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'ESCALATED') AS escalated_all
       FROM handoff h WHERE h.tenant_id = $1)
     SELECT count(*)::int AS handoffs,
       count(*) FILTER (WHERE issued = 0)::int AS "issuedMissing",
       count(*) FILTER (WHERE issued_all > 1)::int AS "issuedTwice",
       count(*) FILTER (WHERE level1 = 0)::int AS "escalationMissing",
       count(*) FILTER (WHERE steps > 1 OR steps <> level1)::int AS "escalationWrong",
       count(*) FILTER (WHERE to_department = 0 OR to_office = 0)::int AS "escalatedNoticeMissing",
       count(*) FILTER (WHERE to_department > 1 OR to_office > 1 OR escalated_all > 2)::int AS "escalatedNoticeTwice",
       count(*) FILTER (WHERE escalation_level <> 1)::int AS "notEscalatedLevel"
     FROM per`,
    [tenant],
  );
  return row as Tally;
}

describe('the worker killed with kill -9 while handoffs are issued and escalated', () => {
  let services: OwnServices;
  let api: (AppProcess & { url: string }) | null = null;
  let worker: AppProcess | null = null;

  beforeAll(async () => {
    // the full 10,000 outlast an access token's 15 minutes: the test signs in once
    services = await startOwnServices({ ACCESS_TOKEN_TTL_SECONDS: String(3 * 3600) });
    api = await startApiProcess(services.env);
  });
  afterAll(async () => {
    await killHard(worker);
    await killHard(api);
    await services?.stop();
  });

  it('delivers every notice and escalation exactly once', async () => {
    console.log(
      `worker-killed fault test: seed ${SEED} (LIANDONG_FAULT_SEED=${SEED} replays it), ${HANDOFFS} handoffs`,
    );
    const random = seededRandom(SEED);
    const target = await faultCounty(services, (api as { url: string }).url);
    const { countyId } = target;
    const findingIds = await acceptedFindings(target, HANDOFFS);

    // 20 kill points, as amounts of the work done, spread over all but the ends of the run
    const expected = HANDOFFS * EFFECTS_PER_HANDOFF;
    const killAt = Array.from({ length: KILLS }, () => Math.floor(expected * (0.02 + 0.88 * random()))).sort(
      (a, b) => a - b,
    );
    const started = Date.now();
    worker = spawnApp('worker', services.env);
    let issuing = true;
    const issued = handOverEach(
      target,
      findingIds,
      () => DEADLINE_AFTER_MS + Math.floor(Math.random() * DEADLINE_SPREAD_MS),
    ).finally(() => {
      issuing = false;
    });

    const catchUps: number[] = [];
    const kill = async (): Promise<void> => {
      for (const point of killAt) {
        await eventually(
          () => progressOf(services, countyId),
          (progress) => total(progress) >= point,
          { timeoutMs: 600_000, intervalMs: 50, what: `the worker's work to reach ${point} effects` },
        );
        await killHard(worker);
        // a random gap, on state: until the API has put more jobs in the outbox (or has no more to put)
        const atKill = await progressOf(services, countyId);
        const gap = Math.floor(random() * 100);
        await eventually(
          () => progressOf(services, countyId),
          (progress) => !issuing || progress.pending >= atKill.pending + gap,
          { timeoutMs: 120_000, intervalMs: 50, what: `${gap} more outbox rows while the worker is down` },
        );
        const before = total(await progressOf(services, countyId));
        const restarted = Date.now();
        worker = spawnApp('worker', services.env);
        await eventually(
          () => progressOf(services, countyId),
          (progress) => total(progress) > before,
          { timeoutMs: 120_000, intervalMs: 50, what: 'the restarted worker doing work again' },
        );
        catchUps.push(Date.now() - restarted);
      }
    };
    const [issuingMs] = await Promise.all([issued, kill()]);
    const killedMs = Date.now() - started;
    const [{ last }] = await services.dataSource.query<Array<{ last: Date }>>(
      'SELECT max(deadline) AS last FROM handoff WHERE tenant_id = $1',
      [countyId],
    );
    const lastDeadline = new Date(last).getTime();

    // Everything done: every effect there, and nothing left for BullMQ to run (a job the kill stalled is taken
    // back once its lock expires, and could then be done a second time: waiting for it is the point).
    const drained = await eventually(
      async () => ({
        progress: await progressOf(services, countyId),
        queues: await queueState(services.env['REDIS_URL'] as string),
      }),
      ({ progress, queues }) =>
        progress.pending === 0 &&
        queues.unfinished === 0 &&
        // every deadline has fallen and the sweep (every second) has had its turns, or all is done
        (total(progress) >= expected || Date.now() > lastDeadline + 15_000),
      { timeoutMs: 180_000, intervalMs: 250, what: 'the outbox and the queues drained' },
    );
    const elapsedMs = Date.now() - started;
    const tally = await tallyOf(services, countyId);
    console.log(
      JSON.stringify({
        seed: SEED,
        handoffs: HANDOFFS,
        restarts: catchUps.length,
        totalMs: elapsedMs,
        issuingMs,
        killsDoneMs: killedMs,
        handoffsPerSecond: Math.round((HANDOFFS * 1000) / issuingMs),
        jobsPerSecond: Math.round((HANDOFFS * 2 * 1000) / elapsedMs),
        maxCatchUpMs: Math.max(...catchUps),
        catchUpsMs: catchUps,
        progress: drained.progress,
        tally,
        failedJobs: drained.queues.failed,
        failedReasons: drained.queues.reasons,
      }),
    );
    expect(catchUps).toHaveLength(KILLS);
    expect(tally).toEqual({
      handoffs: HANDOFFS,
      issuedMissing: 0,
      issuedTwice: 0,
      escalationMissing: 0,
      escalationWrong: 0,
      escalatedNoticeMissing: 0,
      escalatedNoticeTwice: 0,
      notEscalatedLevel: 0,
    });
    expect(drained.queues.failed).toBe(0);

    // the last worker, asked to stop, stops cleanly
    const stopping = worker.exited();
    worker.child.kill('SIGTERM');
    expect(await stopping).toEqual({ code: 0, signal: null });
  });
});
