import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually } from './poll';
import { freePort, listening } from './ports';

/**
 * `npm start` (or the launcher itself) as the leader of a process group of its own, on free ports and its own
 * data directory: for the tests that start and stop the whole platform and then look for anything left over.
 */

const ROOT = resolve(__dirname, '../..');

export interface Launched {
  leader: ChildProcess;
  ports: { api: number; postgres: number; redis: number };
  dataDir: string;
  output: () => string;
}

export async function launch(
  command: 'npm' | 'node',
  dataDir: string,
  settings: Record<string, string> = {},
): Promise<Launched> {
  const ports = { api: await freePort(), postgres: await freePort(), redis: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LIANDONG_DATA_DIR: dataDir,
    PORT: String(ports.api),
    LIANDONG_PG_PORT: String(ports.postgres),
    LIANDONG_REDIS_PORT: String(ports.redis),
    LOG_LEVEL: 'warn',
    ...settings,
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
  return { leader, ports, dataDir, output: () => output };
}

/** Kills the whole group at once, for a case that failed and must not leave its servers to the next. */
export function killGroup(launched: Launched | null): void {
  if (launched?.leader.pid) {
    try {
      process.kill(-launched.leader.pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  launched?.leader.stdout?.destroy();
  launched?.leader.stderr?.destroy();
}

export const hasExited = (child: ChildProcess): boolean =>
  child.exitCode !== null || child.signalCode !== null;

/** Polls `probe` until it holds; fails when the launcher exited first or time ran out, showing its output. */
export async function until(
  started: Launched,
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
): Promise<void> {
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

export const healthy = (started: Launched, timeoutMs: number): Promise<void> =>
  until(
    started,
    () =>
      fetch(`http://127.0.0.1:${started.ports.api}/health`).then(
        (response) => response.status === 200,
        () => false,
      ),
    '/health answered 200',
    timeoutMs,
  );

/** Live processes of the process group `group`, or started with the data directory: "pid command line". */
export function remaining(group: number, dataDir: string): string[] {
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

/** Waits for the launcher and every process of its group to exit, then checks nothing listens on its ports. */
export async function expectNothingLeft(started: Launched, timeoutMs: number): Promise<void> {
  const { leader } = started;
  await eventually(
    () =>
      Promise.resolve(hasExited(leader) ? remaining(leader.pid as number, started.dataDir) : ['the leader']),
    (left) => left.length === 0,
    { timeoutMs, intervalMs: 250, what: `every process of the group ${leader.pid} to exit` },
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
