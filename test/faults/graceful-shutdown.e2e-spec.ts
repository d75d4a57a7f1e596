import { Queue } from 'bullmq';
import { QueueName } from '@liandong/queue';
import {
  acceptedFindings,
  AppProcess,
  eventually,
  FaultCounty,
  faultCounty,
  findingInput,
  handOverEach,
  hasExited,
  killHard,
  OwnServices,
  queueState,
  spawnApp,
  startApiProcess,
  startOwnServices,
  SUBMIT,
} from '@liandong/testing-system';

/**
 * SIGTERM during traffic, to the built API and worker as real processes (with a PostgreSQL and Redis of this
 * test's own): requests in flight get their normal answers, the API takes no new connection meanwhile and exits
 * 0; the worker finishes the jobs it holds and exits 0; nothing is lost or done twice once it is back.
 */

jest.setTimeout(10 * 60_000);

/** How long a process may take to stop after SIGTERM once its work is done. */
const EXIT_BOUND_MS = 15_000;
/** Batches of 1,000 findings in flight when the API is told to stop: a real, large write each. */
const IN_FLIGHT_BATCHES = 4;
const BATCH_SIZE = 1_000;
/** Handoffs whose jobs the worker is busy with when it is told to stop. */
const HANDOFFS = 400;

/** Sessions of the process in PostgreSQL (by application name) with a statement or transaction under way. */
async function busySessions(services: OwnServices, application: string): Promise<number> {
  const [row] = await services.dataSource.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE application_name = $1 AND state IN ('active', 'idle in transaction')`,
    [application],
  );
  return row?.n ?? 0;
}

async function storedFindings(services: OwnServices, assignmentId: string): Promise<number> {
  const [row] = await services.dataSource.query<Array<{ n: number }>>(
    'SELECT count(*)::int AS n FROM finding WHERE assignment_id = $1',
    [assignmentId],
  );
  return row?.n ?? 0;
}

/** Whether a new TCP connection to the port is refused. */
async function refused(url: string): Promise<boolean> {
  return fetch(`${url}/health`).then(
    () => false,
    (error: Error & { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED',
  );
}

describe('SIGTERM during traffic', () => {
  let services: OwnServices;
  let api: (AppProcess & { url: string }) | null = null;
  let worker: AppProcess | null = null;
  let target: FaultCounty;

  beforeAll(async () => {
    services = await startOwnServices();
    api = await startApiProcess(services.env);
    target = await faultCounty(services, api.url);
  });
  afterAll(async () => {
    await killHard(worker);
    await killHard(api);
    await services?.stop();
  });

  it('the worker finishes the jobs it holds and exits 0; back again, it does each job once', async () => {
    const findingIds = await acceptedFindings(target, HANDOFFS);
    // The jobs wait in the outbox while no worker runs; the worker started then has a backlog to be busy with.
    await handOverEach(target, findingIds, () => 3_600_000);
    worker = spawnApp('worker', services.env);
    const redisUrl = services.env['REDIS_URL'] as string;
    await eventually(
      () => queueState(redisUrl),
      (queues) => queues.active > 0,
      { timeoutMs: 60_000, intervalMs: 10, what: 'the worker running jobs' },
    );
    const stopping = worker.exited();
    const signalled = Date.now();
    worker.child.kill('SIGTERM');
    const exit = await stopping;
    const exitedMs = Date.now() - signalled;
    // What it held, it finished: nothing is left active (a job cut short would stay there, stalled).
    const afterStop = await queueState(redisUrl);
    const issuedAtStop = await issuedNotices(services, target.countyId);

    worker = spawnApp('worker', services.env);
    await eventually(
      () => issuedNotices(services, target.countyId),
      (issued) => issued.handoffs === issued.notified,
      { timeoutMs: 120_000, what: 'every HANDOFF_ISSUED notice after the restart' },
    );
    const issued = await issuedNotices(services, target.countyId);
    const attempts = await attemptsOf(redisUrl);
    console.log(
      JSON.stringify({ case: 'worker SIGTERM', exitedMs, afterStop, issuedAtStop, issued, attempts }),
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedMs).toBeLessThan(EXIT_BOUND_MS);
    expect(afterStop).toMatchObject({ active: 0, failed: 0 });
    expect(issuedAtStop.notified).toBeGreaterThan(0);
    expect(issued).toEqual({ handoffs: HANDOFFS, notified: HANDOFFS, twice: 0 });
    // each job run once: started once, never taken back from a worker that went away
    expect(attempts).toEqual({ completed: HANDOFFS, startedMoreThanOnce: 0, stalled: 0 });
  });

  it('the API answers the requests in flight, refuses new connections, and exits 0', async () => {
    const running = api as AppProcess & { url: string };
    const before = await storedFindings(services, target.assignmentId);
    let answered = 0;
    const submissions = Array.from({ length: IN_FLIGHT_BATCHES }, (_, n) =>
      target.county
        .request<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
          assignmentId: target.assignmentId,
          findings: Array.from({ length: BATCH_SIZE }, () => findingInput({ location: `批次 ${n}` })),
        })
        .then(
          (answer) => ({
            status: answer.status,
            ids: answer.data?.submitFindings.length ?? 0,
            errors: answer.errors,
          }),
          (error: Error) => ({
            status: 0,
            ids: 0,
            errors: [{ message: `${error.message} ${String(error.cause)}` }],
          }),
        )
        .finally(() => {
          answered += 1;
        }),
    );
    // In flight: every batch is answered or being written by the API, and one at least is still being written.
    // (A request still on its way when the API closes its idle keep-alive connections is not in flight: a
    // client retries those, as it would after any closed connection.)
    await eventually(
      async () => ({ busy: await busySessions(services, 'liandong-api'), answered }),
      ({ busy }) => busy > 0 && busy + answered >= IN_FLIGHT_BATCHES,
      { timeoutMs: 60_000, intervalMs: 20, what: 'every batch being written by the API' },
    );
    const stopping = running.exited();
    const signalled = Date.now();
    running.child.kill('SIGTERM');

    // No new connection is taken while the batches finish (checked while the process is still there).
    const refusedWhileAlive = await eventually(
      async () => ({ refused: await refused(running.url), alive: !hasExited(running.child) }),
      (state) => state.refused || !state.alive,
      { timeoutMs: 30_000, intervalMs: 20, what: 'new connections refused' },
    );
    const answers = await Promise.all(submissions);
    const answeredMs = Date.now() - signalled;
    const exit = await stopping;
    const exitedMs = Date.now() - signalled;
    const stored = (await storedFindings(services, target.assignmentId)) - before;
    console.log(JSON.stringify({ case: 'api SIGTERM', answeredMs, exitedMs, refusedWhileAlive, stored }));
    expect(refusedWhileAlive).toEqual({ refused: true, alive: true });
    expect(answers).toEqual(
      Array.from({ length: IN_FLIGHT_BATCHES }, () => ({ status: 200, ids: BATCH_SIZE, errors: undefined })),
    );
    expect(stored).toBe(IN_FLIGHT_BATCHES * BATCH_SIZE);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedMs - answeredMs).toBeLessThan(EXIT_BOUND_MS);
  });
});

/** Handoffs of the tenant, those with their HANDOFF_ISSUED notice, and those with more than one. */
async function issuedNotices(
  services: OwnServices,
  tenant: string,
): Promise<{ handoffs: number; notified: number; twice: number }> {
  const [row] = await services.dataSource.query<Array<{ handoffs: number; notified: number; twice: number }>>(
    `WITH per AS (
       SELECT h.id, (SELECT count(*) FROM notification n WHERE n.handoff_id = h.id AND n.kind = 'HANDOFF_ISSUED') AS n
       FROM handoff h WHERE h.tenant_id = $1)
     SELECT count(*)::int AS handoffs, count(*) FILTER (WHERE n > 0)::int AS notified,
            count(*) FILTER (WHERE n > 1)::int AS twice FROM per`,
    [tenant],
  );
  return row as { handoffs: number; notified: number; twice: number };
}

/** The completed handoff-issued jobs, and how many were started more than once or taken back as stalled. */
async function attemptsOf(
  redisUrl: string,
): Promise<{ completed: number; startedMoreThanOnce: number; stalled: number }> {
  const url = new URL(redisUrl);
  const queue = new Queue(QueueName.NOTIFICATIONS, {
    connection: { host: url.hostname, port: Number(url.port) },
  });
  try {
    const jobs = (await queue.getCompleted(0, -1)).filter((job) => job.name === 'handoff-issued');
    return {
      completed: jobs.length,
      startedMoreThanOnce: jobs.filter((job) => job.attemptsStarted > 1).length,
      stalled: jobs.filter((job) => job.stalledCounter > 0).length,
    };
  } finally {
    await queue.close();
  }
}
