import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventually, freePort, listening } from '@liandong/testing-system';

/**
 * `npm start` stopped by a signal leaves nothing running: not the API, the worker, Redis or PostgreSQL, whether
 * the signal reaches its whole process group (Ctrl-C, a closed terminal, a supervisor), npm alone, or the
 * launcher alone while it is still starting. Each case runs the real launcher in a process group of its own,
 * on free ports, then looks for any process of that group and anything still listening on those ports.
 */

const ROOT = resolve(__dirname, '../..');
// The first start loads the demo and, when the console's sources changed, builds it.
const READY_MS = 240_000;
const STOPPED_MS = 90_000;
const CASE_MS = READY_MS + STOPPED_MS + 30_000;

interface Launched {
  leader: ChildProcess;
  ports: { api: number; postgres: number; redis: number };
  output: () => string;
}

let dataDir: string;
let launched: Launched | null = null;

beforeAll(() => {
  // One data directory for every case: the demo is loaded once, later starts only migrate.
  dataDir = mkdtempSync(join(tmpdir(), 'liandong-start-stop-'));
  chmodSync(dataDir, 0o755);
});

afterEach(() => {
  // A failed case must not leave its servers to the next one.
  if (launched?.leader.pid) {
    try {
      process.kill(-launched.leader.pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  launched?.leader.stdout?.destroy();
  launched?.leader.stderr?.destroy();
  launched = null;
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` (or the launcher itself) as the leader of a new process group, with its own data and ports. */
async function launch(command: 'npm' | 'node'): Promise<Launched> {
  const ports = { api: await freePort(), postgres: await freePort(), redis: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LIANDONG_DATA_DIR: dataDir,
    PORT: String(ports.api),
    LIANDONG_PG_PORT: String(ports.postgres),
    LIANDONG_REDIS_PORT: String(ports.redis),
    LOG_LEVEL: 'warn',
  };
  // The test run's own servers and settings: the launcher must start its own, as on a developer's machine.
  for (const name of ['DATABASE_URL', 'APP_DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV']) {
    delete env[name];
  }
  const [file, args] = command === 'npm' ? ['npm', ['start']] : [process.execPath, ['scripts/start.mjs']];
  const leader = spawn(file, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [leader.stdout, leader.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    });
  }
  launched = { leader, ports, output: () => output };
  return launched;
}

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Polls `probe` until it holds; fails when the launcher exited first or time ran out, showing its output. */
async function until(started: Launched, probe: () => Promise<boolean>, what: string, timeoutMs: number) {
  await eventually(
    async () => {
      if (hasExited(started.leader)) {
        throw new Error(`the launcher exited before ${what}`);
      }
      return probe();
    },
    (done) => done,
    { timeoutMs, intervalMs: 250, what },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n--- output ---\n${started.output()}`);
  });
}

const healthy = (started: Launched) =>
  until(
    started,
    () =>
      fetch(`http://127.0.0.1:${started.ports.api}/health`).then(
        (response) => response.status === 200,
        () => false,
      ),
    '/health answered 200',
    READY_MS,
  );

/** Live processes of the process group `group`, or started with the data directory: "pid command line". */
function remaining(group: number): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      if (state !== 'Z' && (Number(processGroup) === group || commandLine.includes(dataDir))) {
        found.push(`${entry} ${commandLine}`);
      }
    } catch {
      // exited while we looked
    }
  }
  return found;
}

async function expectNothingLeft(started: Launched): Promise<void> {
  const { leader } = started;
  await eventually(
    () => Promise.resolve(hasExited(leader) ? remaining(leader.pid as number) : ['the leader']),
    (left) => left.length === 0,
    { timeoutMs: STOPPED_MS, intervalMs: 250, what: `every process of the group ${leader.pid} to exit` },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n--- output ---\n${started.output()}`);
  });
  const stillListening = [];
  for (const [name, port] of Object.entries(started.ports)) {
    if (await listening(port)) {
      stillListening.push(name);
    }
  }
  expect(stillListening).toEqual([]);
}

describe('npm start, stopped by a signal, leaves nothing running', () => {
  it.each([
    { when: 'SIGTERM to the whole process group', signal: 'SIGTERM', to: 'group' },
    {
      when: 'SIGHUP to the whole process group (a closed terminal), which redis-server ignores',
      signal: 'SIGHUP',
      to: 'group',
    },
    {
      when: 'SIGTERM to npm alone, which passes it to a shell that dies without passing it on',
      signal: 'SIGTERM',
      to: 'npm',
    },
  ] as const)(
    'once it is ready: $when',
    async ({ signal, to }) => {
      const started = await launch('npm');
      await healthy(started);
      process.kill(to === 'group' ? -(started.leader.pid as number) : (started.leader.pid as number), signal);
      await expectNothingLeft(started);
    },
    CASE_MS,
  );

  it(
    'while it is still starting: SIGTERM to the launcher alone',
    async () => {
      const started = await launch('node');
      // PostgreSQL and Redis run; the build, migration and seed steps come next.
      await until(
        started,
        () => Promise.resolve(started.output().includes('local Redis on port')),
        'Redis was up',
        READY_MS,
      );
      started.leader.kill('SIGTERM');
      await expectNothingLeft(started);
      expect(started.leader.exitCode).toBe(0);
    },
    CASE_MS,
  );
});
