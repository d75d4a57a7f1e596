import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventually, freePort, listening, startRedis } from '@liandong/testing-system';

/**
 * A PostgreSQL cluster, a Redis and an API process of one test file's own, for a fault test that kills the
 * database under the API: the shared test database must not go down under other files. The cluster keeps
 * fsync on (not ephemeral): a kill -9 must lose nothing committed, which is what such a test checks.
 */

const ROOT = resolve(__dirname, '../..');

/**
 * scripts/services.mjs's startPostgres, run in a child process (it is an ES module, which Jest's test
 * environment cannot import): it prints the cluster's URL once the server is up and stops it on SIGTERM.
 * With fsync on: the cluster is not ephemeral.
 */
const SERVE_CLUSTER = `
import { startPostgres } from '${pathToFileURL(join(ROOT, 'scripts/services.mjs')).href}';
import { exitOnSignals } from '${pathToFileURL(join(ROOT, 'scripts/lifecycle.mjs')).href}';
exitOnSignals();
const server = await startPostgres({ dir: process.argv[1], port: Number(process.argv[2]) });
console.log(JSON.stringify({ url: server.url }));
setInterval(() => undefined, 1 << 30);
`;

interface Cluster {
  url: string;
  stop: () => Promise<void>;
}

async function serveCluster(dir: string, port: number): Promise<Cluster> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVE_CLUSTER, dir, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"url"'));
      if (line) {
        done((JSON.parse(line) as { url: string }).url);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => fail(new Error(`PostgreSQL on port ${port} did not start:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
      }
      await exited;
    },
  };
}

export interface PrivateStack {
  apiUrl: string;
  /** The cluster's owner (past row-level security), for checks after the fact. */
  databaseUrl: string;
  env: NodeJS.ProcessEnv;
  /** kill -9 the postmaster and every backend of the cluster at once; resolves when all are gone. */
  killPostgres(): Promise<number[]>;
  /** Starts PostgreSQL again on the same data directory and port (crash recovery runs at start). */
  restartPostgres(): Promise<void>;
  /** Runs `liandong <args>` against the stack; resolves to its exit code and output. */
  cli(args: string[]): Promise<{ code: number; output: string }>;
  apiOutput(): string;
  stop(): Promise<void>;
}

/** Processes whose parent is `pid`, read from /proc. */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) {
        found.push(Number(entry));
      }
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Alive and not a zombie waiting for its parent. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Sends SIGTERM (once) and waits for the exit; at once for a process already gone or never started. */
async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

export async function startPrivateStack(): Promise<PrivateStack> {
  const temp = mkdtempSync(join(tmpdir(), 'liandong-fault-pg-'));
  chmodSync(temp, 0o755); // as root the server runs as the postgres user, which must reach its directory
  const pgDir = join(temp, 'pg');
  const clusters: Cluster[] = [];
  let redis: ChildProcess | null = null;
  let api: ChildProcess | null = null;
  const stop = async (): Promise<void> => {
    await stopChild(api);
    await stopChild(redis);
    for (const cluster of clusters.reverse()) {
      await cluster.stop();
    }
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    return await startIn(temp, pgDir, clusters, {
      redis: (child) => (redis = child),
      api: (child) => (api = child),
      stop,
    });
  } catch (error) {
    await stop(); // a stack that failed to start leaves no server behind
    throw error;
  }
}

async function startIn(
  temp: string,
  pgDir: string,
  clusters: Cluster[],
  owned: {
    redis: (child: ChildProcess) => void;
    api: (child: ChildProcess) => void;
    stop: () => Promise<void>;
  },
): Promise<PrivateStack> {
  const [pgPort, redisPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  clusters.push(await serveCluster(pgDir, pgPort));
  owned.redis(await startRedis(redisPort));
  const databaseUrl = (clusters[0] as Cluster).url;
  const appUrl = new URL(databaseUrl);
  appUrl.username = 'liandong_app';
  appUrl.password = randomBytes(18).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    APP_DATABASE_URL: appUrl.toString(),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    LIANDONG_FILES_DIR: join(temp, 'files'),
  };

  const cli = (args: string[]): Promise<{ code: number; output: string }> =>
    new Promise((done, fail) => {
      const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', ...args], { cwd: ROOT, env });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', fail);
      child.once('exit', (code) => done({ code: code ?? -1, output }));
    });
  for (const command of [['migrate'], ['seed', '--if-empty']]) {
    const { code, output } = await cli(command);
    if (code !== 0) {
      throw new Error(`liandong ${command.join(' ')} failed (${code}):\n${output}`);
    }
  }

  let apiOutput = '';
  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  owned.api(api);
  for (const stream of [api.stdout, api.stderr]) {
    stream?.on('data', (chunk: Buffer) => (apiOutput = (apiOutput + chunk.toString()).slice(-20_000)));
  }
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await eventually(
    async () => {
      if (api.exitCode !== null) {
        throw new Error(`the API exited (${api.exitCode}):\n${apiOutput}`);
      }
      return fetch(`${apiUrl}/health`).then(
        (response) => response.ok,
        () => false,
      );
    },
    (ok) => ok,
    { timeoutMs: 120_000, intervalMs: 250, what: 'the private API to answer /health' },
  );

  return {
    apiUrl,
    databaseUrl,
    env,
    cli,
    apiOutput: () => apiOutput,
    async killPostgres() {
      const pidFile = join(pgDir, 'postmaster.pid');
      if (!existsSync(pidFile)) {
        throw new Error('no postmaster.pid: PostgreSQL is not running');
      }
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      // Children first collected, then all killed in one go: the postmaster alone would leave backends that
      // finish their statements (and hold shared memory, so the restart would refuse to start).
      const victims = [postmaster, ...childrenOf(postmaster)];
      for (const pid of victims) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await eventually(
        () => Promise.resolve(victims.filter(alive)),
        (left) => left.length === 0,
        { timeoutMs: 10_000, intervalMs: 20, what: 'every PostgreSQL process to die' },
      );
      return victims;
    },
    async restartPostgres() {
      if (await listening(pgPort)) {
        throw new Error(`something still listens on the killed cluster's port ${pgPort}`);
      }
      clusters.push(await serveCluster(pgDir, pgPort));
    },
    stop: owned.stop,
  };
}
