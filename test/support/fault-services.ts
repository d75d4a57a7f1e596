import { ChildProcess, spawn } from 'node:child_process';
import { eventually } from './poll';
import { freePort, listening } from './ports';
import { startOwnServices } from './faults';

/**
 * A throwaway redis-server of a fault test's own, without persistence: what it held is gone once killed,
 * as with a Redis run without AOF or RDB after a crash.
 */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  await eventually(
    async () => exited || (await listening(port)),
    (done) => done,
    { timeoutMs: 10_000, what: `redis-server on port ${port}` },
  );
  if (exited) {
    throw new Error(`redis-server on port ${port} exited at start`);
  }
  return child;
}

/** kill -9: Redis gets no chance to save or to close its connections politely. */
async function killRedis(child: ChildProcess | null): Promise<void> {
  if (!redisRunning(child)) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function redisRunning(child: ChildProcess | null): child is ChildProcess {
  return child !== null && child.exitCode === null && child.signalCode === null;
}

/**
 * Freezes Redis (SIGSTOP) or thaws it (SIGCONT): its connections stay open and look ready but nothing is
 * answered, like a Redis stuck on a slow disk or behind a network that drops packets.
 */
function freezeRedis(child: ChildProcess, frozen: boolean): void {
  child.kill(frozen ? 'SIGSTOP' : 'SIGCONT');
}

/**
 * A redis-server of a test's own on a port it keeps, for the platform to use (`url`): the test kills it, freezes it
 * and brings it back, empty, on the same port, where the platform's connections find it again.
 */
export class OwnRedis {
  private constructor(
    readonly port: number,
    private child: ChildProcess | null,
  ) {}

  static async start(): Promise<OwnRedis> {
    const port = await freePort();
    return new OwnRedis(port, await startRedis(port));
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  running(): boolean {
    return redisRunning(this.child);
  }

  /** kill -9: Redis gets no chance to save or to close its connections politely. */
  kill(): Promise<void> {
    return killRedis(this.child);
  }

  /** Back on the same port, holding nothing. */
  async restart(): Promise<void> {
    this.child = await startRedis(this.port);
  }

  /** See freezeRedis. */
  freeze(frozen: boolean): void {
    if (this.child) {
      freezeRedis(this.child, frozen);
    }
  }

  /**
   * Closes the platform, then stops Redis. Redis is first brought back or thawed: a worker does not shut down
   * while its Redis is away (BullMQ waits for it).
   */
  async closeWith(platform: { close(): Promise<void> } | undefined): Promise<void> {
    if (this.running()) {
      this.freeze(false);
    } else {
      await this.restart();
    }
    await platform?.close();
    await this.kill();
  }
}

/** The database of a fault test of its own, and the environment that points the platform at it. */
export interface OwnDatabase {
  env: { DATABASE_URL: string; APP_DATABASE_URL: string };
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL of a fault test's own, migrated and seeded through the built command line, as the
 * global setup does for the shared one. A test that runs a worker for minutes uses it: its relay and sweep
 * then act on its own rows only, and other test files need not wait for the shared worker lock meanwhile.
 * (The Redis that comes with it goes unused: these tests kill and restart a Redis of their own.)
 */
export async function startOwnDatabase(): Promise<OwnDatabase> {
  const services = await startOwnServices();
  const env = {
    DATABASE_URL: services.env['DATABASE_URL'] as string,
    APP_DATABASE_URL: services.env['APP_DATABASE_URL'] as string,
  };
  return { env, stop: () => services.stop() };
}

/** Runs `start` with the process environment pointed at other services (undefined: unset), and puts it back. */
export async function withEnvironment<T>(
  settings: Record<string, string | undefined>,
  start: () => Promise<T>,
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  };
  apply(settings);
  try {
    return await start();
  } finally {
    apply(saved);
  }
}
