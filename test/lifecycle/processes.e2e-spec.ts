import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueName } from '@liandong/queue';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  departmentId,
  eventually,
  expectNothingLeft,
  findingInput,
  handOver,
  hasExited,
  healthy,
  killGroup,
  launch,
  type Launched,
  NOTIFICATIONS,
  type NotificationView,
  publishedProject,
  remaining,
  REVIEW,
  SUBMIT,
  until,
} from '@liandong/testing-system';
import { addDays } from '../e2e/dates';

/**
 * `npm start` with two API and two worker processes: one port, answered by both API processes; handoffs made
 * through it queue their notices, and every notice job runs exactly once, on either worker; the outbox relay
 * of each worker moves no row twice; and a stop, by the parent's exit or by Ctrl-C, leaves no process. The
 * launcher runs on its own data directory and ports, as in start-stop.e2e-spec.ts.
 */

const READY_MS = 240_000;
const STOPPED_MS = 90_000;
const CASE_MS = READY_MS + STOPPED_MS + 120_000;
/** One job per handoff, arriving one request at a time: enough for both workers to take some. */
const HANDOFFS = 12;
const PROCESS_HEADER = 'x-liandong-process';

let dataDir: string;
let launched: Launched | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'liandong-processes-'));
  chmodSync(dataDir, 0o755);
});

afterEach(() => {
  killGroup(launched);
  launched = null;
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The API process that answered /health on a new connection (the primary hands connections out in turn). */
function processAnswering(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/health', agent: false }, (response) => {
        response.resume();
        resolve(String(response.headers[PROCESS_HEADER]));
      })
      .on('error', reject);
  });
}

/** Live processes of the group running one application's entry point. */
const running = (started: Launched, app: 'api' | 'worker'): string[] =>
  remaining(started.leader.pid as number, started.dataDir).filter((line) =>
    line.includes(`dist/apps/${app}/src/main.js`),
  );

describe('npm start with several API and worker processes', () => {
  it(
    'refuses a process count that is not a whole number from 1 to 64, before starting anything',
    async () => {
      const started = (launched = await launch('node', dataDir, { LIANDONG_WORKER_PROCESSES: 'two' }));
      await eventually(
        () => Promise.resolve(hasExited(started.leader)),
        (exited) => exited,
        { timeoutMs: 30_000, what: 'the launcher to exit' },
      );
      expect(started.leader.exitCode).toBe(1);
      expect(started.output()).toContain(
        'LIANDONG_WORKER_PROCESSES must be a whole number from 1 to 64, not "two"',
      );
      expect(started.output()).not.toContain('embedded PostgreSQL');
    },
    CASE_MS,
  );

  it(
    'serves one port from 2 API processes, runs every job once across 2 workers, and stops them all',
    async () => {
      const started = (launched = await launch('npm', dataDir, {
        LIANDONG_API_PROCESSES: '2',
        LIANDONG_WORKER_PROCESSES: '2',
      }));
      const { api: port } = started.ports;
      await healthy(started, READY_MS);
      expect(running(started, 'api')).toHaveLength(2);
      expect(running(started, 'worker')).toHaveLength(2);

      // The second API process may still be starting when the first answers: wait until both have.
      const answered = new Set<string>();
      await until(
        started,
        async () => answered.add(await processAnswering(port)).size >= 2,
        'both API processes answered /health',
        60_000,
      );
      expect(answered.size).toBe(2);

      const redis = new Redis(`redis://127.0.0.1:${started.ports.redis}`, { maxRetriesPerRequest: null });
      const notifications = new Queue(QueueName.NOTIFICATIONS, { connection: redis });
      try {
        // Both workers wait on the queue before any job arrives (each names its connection after its pid).
        await until(
          started,
          async () => new Set((await notifications.getWorkers()).map((w) => w['rawname'])).size === 2,
          'both workers listened on the notifications queue',
          60_000,
        );

        const client = new GraphqlClient(`http://127.0.0.1:${port}`);
        const city = await client.login('4103');
        const county = await client.login('410302');
        const { assignments } = await publishedProject(city, ['410302']);
        const assignmentId = assignments[0]?.id;
        await county.ok(ACKNOWLEDGE, { id: assignmentId });
        const submitted = await county.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
          assignmentId,
          findings: Array.from({ length: HANDOFFS }, () => findingInput()),
        });
        const findingIds = submitted.submitFindings.map((finding) => finding.id);
        await city.ok(REVIEW, { ids: findingIds, accept: true });
        const market = await departmentId(county, '410302', 'market');
        const handoffIds: string[] = [];
        for (const findingId of findingIds) {
          handoffIds.push((await handOver(county, [findingId], market, addDays(new Date(), 30))).id);
        }

        // Each handoff queued one notice job under a job id of its own; wait until all have completed.
        const jobIds = handoffIds.map((id) => `handoff-issued-${id}`);
        const completed = async (id: string): Promise<Job | null> => {
          const job = await notifications.getJob(id);
          return job && (await job.getState()) === 'completed' ? job : null;
        };
        const jobs = await eventually(
          () => Promise.all(jobIds.map(completed)),
          (found) => found.every((job) => job !== null),
          { timeoutMs: 60_000, what: `the ${HANDOFFS} notice jobs to complete` },
        );
        const done = jobs.filter((job): job is Job => job !== null);
        expect(done).toHaveLength(HANDOFFS);
        for (const job of done) {
          expect({ id: job.id, started: job.attemptsStarted, failed: job.failedReason ?? null }).toEqual({
            id: job.id,
            started: 1,
            failed: null,
          });
        }
        expect(new Set(done.map((job) => job.processedBy)).size).toBe(2);

        // Two relays polled the same outbox: none added a job a second time (BullMQ would log it as duplicated).
        const events = await redis.xrange(`bull:${QueueName.NOTIFICATIONS}:events`, '-', '+');
        const duplicated = events.filter(
          ([, fields]) => fields.includes('duplicated') && jobIds.some((id) => fields.includes(id)),
        );
        expect(duplicated).toEqual([]);

        // The effect: one notice per handoff to the department, no more.
        const department = await client.login('410302-market');
        const { notifications: notices } = await department.ok<{ notifications: NotificationView[] }>(
          NOTIFICATIONS,
        );
        const issued = notices.filter(
          (notice) => notice.kind === 'HANDOFF_ISSUED' && handoffIds.includes(notice.handoff?.id ?? ''),
        );
        expect(issued.map((notice) => notice.handoff?.id).sort()).toEqual([...handoffIds].sort());
      } finally {
        await notifications.close();
        redis.disconnect();
      }

      // npm passes SIGTERM to a shell that dies without passing it on: the launcher, left without its parent,
      // must stop the API processes (which never saw a signal) and the workers itself.
      process.kill(started.leader.pid as number, 'SIGTERM');
      await expectNothingLeft(started, STOPPED_MS);
    },
    CASE_MS,
  );

  it(
    'stops all of them on Ctrl-C, which reaches every process of the group at once',
    async () => {
      const started = (launched = await launch('npm', dataDir, {
        LIANDONG_API_PROCESSES: '3',
        LIANDONG_WORKER_PROCESSES: '2',
      }));
      await healthy(started, READY_MS);
      await until(
        started,
        () =>
          Promise.resolve(running(started, 'api').length === 3 && running(started, 'worker').length === 2),
        '3 API and 2 worker processes ran',
        60_000,
      );
      process.kill(-(started.leader.pid as number), 'SIGINT');
      await expectNothingLeft(started, STOPPED_MS);
    },
    CASE_MS,
  );
});
