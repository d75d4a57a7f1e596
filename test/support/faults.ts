import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueName } from '@liandong/queue';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  DEPARTMENTS,
  findingInput,
  HAND_OFF,
  publishedProject,
  REVIEW,
  SUBMIT,
  tenantId,
} from './fixtures';
import { hasExited } from './launcher';
import { eventually } from './poll';
import { freePort } from './ports';

/**
 * For the fault tests that kill or stop the platform's processes: a PostgreSQL and a Redis of the test's own
 * (so the worker's outbox relay and deadline sweep see that test's rows only), and the built API and worker
 * (dist/, built by the global setup) as real child processes that take real signals.
 */

const ROOT = resolve(__dirname, '../..');

export interface OwnServices {
  /** The environment the API, the worker and the command line run with: this test's servers only. */
  env: NodeJS.ProcessEnv;
  /** The database as its owner sees it (past row-level security): fixtures and the counts the test checks. */
  dataSource: DataSource;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL (migrated, the demo tree seeded through the real command line) and Redis on free
 * ports, held by a child process (own-services.mjs). Neither is killed by these tests, so both skip persistence.
 */
export async function startOwnServices(settings: Record<string, string> = {}): Promise<OwnServices> {
  const holder = spawn(process.execPath, [join(__dirname, 'own-services.mjs')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const urls = await new Promise<Record<string, string>>((resolveUrls, reject) => {
    holder.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-10_000);
    });
    holder.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (line) {
        resolveUrls(JSON.parse(line) as Record<string, string>);
      }
    });
    holder.once('exit', (code) =>
      reject(new Error(`own-services exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    ...urls,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    DEADLINE_SWEEP_MS: '1000',
    ...settings,
  };
  const dataSource = await new DataSource({
    type: 'postgres',
    url: urls['DATABASE_URL'],
    applicationName: 'liandong-fault-test',
    extra: { max: 4 },
  }).initialize();
  return {
    env,
    dataSource,
    async stop() {
      await dataSource.destroy();
      const ended = new Promise((resolveEnd) => holder.once('exit', resolveEnd));
      if (!hasExited(holder)) {
        holder.kill('SIGTERM');
        await ended;
      }
    },
  };
}

/** A built application running as a child process of the test. */
export interface AppProcess {
  child: ChildProcess;
  /** The last of what it wrote, for a failure message. */
  output(): string;
  /** Resolves with how it ended (at once if it already has). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/apps/<app>/src/main.js` with `env`; it is not waited for: see the callers. */
export function spawnApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, [`dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    });
  }
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveEnd) =>
    child.once('exit', (code, signal) => resolveEnd({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited: () =>
      hasExited(child) ? Promise.resolve({ code: child.exitCode, signal: child.signalCode }) : ended,
  };
}

/** kill -9: the process gets no chance to finish anything; resolves once it is gone. */
export async function killHard(app: AppProcess | null): Promise<void> {
  if (!app || hasExited(app.child)) {
    return;
  }
  const ended = app.exited();
  app.child.kill('SIGKILL');
  await ended;
}

/** The API as a child process on a free port, once /health answers 200. */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
): Promise<AppProcess & { url: string; port: number }> {
  const port = await freePort();
  const api = spawnApp('api', { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (hasExited(api.child)) {
        throw new Error(`the API exited at start:\n${api.output()}`);
      }
      return fetch(`${url}/health`).then(
        (response) => response.status === 200,
        () => false,
      );
    },
    (up) => up,
    { timeoutMs: 60_000, intervalMs: 200, what: 'the API process answering /health' },
  );
  return { ...api, url, port };
}

/** A small seeded generator (mulberry32): the same seed replays the same kill points and gaps. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A county of a fresh tree, with an acknowledged assignment to submit to and departments to hand over to. */
export interface FaultCounty {
  city: GraphqlClient;
  county: GraphqlClient;
  countyId: string;
  assignmentId: string;
  departments: string[];
}

export async function faultCounty(services: OwnServices, apiUrl: string): Promise<FaultCounty> {
  const tree = await createTenantTree(services.dataSource, 1, 0);
  const anonymous = new GraphqlClient(apiUrl);
  const city = await anonymous.login(tree.city);
  const countyCode = tree.counties[0] as string;
  const county = await anonymous.login(countyCode);
  const countyId = await tenantId(county, countyCode);
  const { assignments } = await publishedProject(city, [countyCode]);
  const assignmentId = assignments[0]?.id as string;
  await county.ok(ACKNOWLEDGE, { id: assignmentId });
  const departments = (
    await county.ok<{ departments: Array<{ id: string }> }>(DEPARTMENTS, { tenantId: countyId })
  ).departments.map((department) => department.id);
  return { city, county, countyId, assignmentId, departments };
}

/** submitFindings and reviewFindings take up to 1,000 findings a call. */
const FINDINGS_PER_CALL = 1_000;

/** `count` findings submitted in batches and accepted by the city: ready to hand over. */
export async function acceptedFindings(target: FaultCounty, count: number): Promise<string[]> {
  const findingIds: string[] = [];
  for (let start = 0; start < count; start += FINDINGS_PER_CALL) {
    const submitted = await target.county.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: target.assignmentId,
      findings: Array.from({ length: Math.min(FINDINGS_PER_CALL, count - start) }, () => findingInput()),
    });
    const ids = submitted.submitFindings.map((finding) => finding.id);
    await target.city.ok(REVIEW, { ids, accept: true });
    findingIds.push(...ids);
  }
  return findingIds;
}

/**
 * Hands each finding over on its own (handOffFindings, as the console does), `concurrency` at a time, round the
 * county's departments; each deadline is `deadlineAfter()` ms after its hand-over. Returns the time it took.
 */
export async function handOverEach(
  target: FaultCounty,
  findingIds: readonly string[],
  deadlineAfter: () => number,
  concurrency = 8,
): Promise<number> {
  const started = Date.now();
  let next = 0;
  const handOne = async (): Promise<void> => {
    while (next < findingIds.length) {
      const index = next;
      next += 1;
      await target.county.ok(HAND_OFF, {
        input: {
          findingIds: [findingIds[index]],
          departmentId: target.departments[index % target.departments.length],
          deadline: new Date(Date.now() + deadlineAfter()).toISOString(),
        },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, handOne));
  return Date.now() - started;
}

export interface QueueState {
  /** Jobs BullMQ still has to run; a job a killed worker held counts as active until it is taken back. */
  unfinished: number;
  active: number;
  failed: number;
  /** Why jobs failed, a few of each queue. */
  reasons: string[];
}

/** The platform's queues in the Redis at `redisUrl`. */
export async function queueState(redisUrl: string): Promise<QueueState> {
  const url = new URL(redisUrl);
  const state: QueueState = { unfinished: 0, active: 0, failed: 0, reasons: [] };
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection: { host: url.hostname, port: Number(url.port) } });
    try {
      const counts = await queue.getJobCounts('active', 'wait', 'prioritized', 'waiting-children', 'failed');
      state.active += counts['active'] ?? 0;
      state.unfinished +=
        (counts['active'] ?? 0) +
        (counts['wait'] ?? 0) +
        (counts['prioritized'] ?? 0) +
        (counts['waiting-children'] ?? 0);
      state.failed += counts['failed'] ?? 0;
      for (const job of await queue.getFailed(0, 5)) {
        state.reasons.push(`${name}/${job.name}: ${job.failedReason}`);
      }
    } finally {
      await queue.close();
    }
  }
  return state;
}
