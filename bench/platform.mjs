// The platform as the benchmarks use it: throwaway PostgreSQL and Redis, built, migrated and seeded (the Luoyang
// demo unless told otherwise), and the built API running as its own process so its memory can be read.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnSignals, hasExited, ownTempDir, run, spawnOwned, terminate } from '../scripts/lifecycle.mjs';
import { freePort, startPostgres, startRedis } from '../scripts/services.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// A benchmark interrupted (Ctrl-C) stops what it started: the API, a browser, Redis and PostgreSQL.
exitOnSignals();

/** A GraphQL client of the API at `base`: `gql(query, variables, token)` resolves with `data`, throws on errors. */
export function graphqlAt(base) {
  return async (query, variables = {}, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) {
      throw new Error(JSON.stringify(body.errors));
    }
    return body.data;
  };
}

/** Resident memory of a process, in MB. */
export const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Runs a CLI command of the built platform; resolves with what it printed, or rejects (with that output in the
 * message) when it fails. `echo` also passes each line on as it comes, for the long-running commands.
 */
export async function runCli(env, args, { echo = null } = {}) {
  const child = spawnOwned(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const take = (chunk) => {
    output += chunk;
    echo?.(String(chunk));
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const failure = await new Promise((done) => {
    child.once('error', (error) => done(error.message));
    child.once('exit', (code, signal) => done(code === 0 ? null : (signal ?? `exit code ${code}`)));
  });
  if (failure !== null) {
    throw Object.assign(new Error(`liandong ${args.join(' ')} failed: ${failure}\n${output.trim()}`), {
      output,
    });
  }
  return output;
}

/** Spawns the built API on `port` and waits for /health to answer 200; returns it and how long that took. */
export async function startApi(env, port = Number(env.PORT)) {
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const api = spawnOwned(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  while (
    !(await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (hasExited(api)) {
      throw new Error(`the API exited with code ${api.exitCode} before answering /health`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { api, base, bootMs: Date.now() - started };
}

/** Spawns the built worker (outbox relay, queue workers, deadline sweep); stopped with the rest. */
export const startWorker = (env) =>
  spawnOwned(process.execPath, ['dist/apps/worker/src/main.js'], { cwd: root, env, stdio: 'ignore' });

/**
 * Starts everything; `prepare(cli, env)` runs CLI commands (e.g. `cli('demo-year')`, a promise of what it printed)
 * before the API starts. `seed` is what `liandong seed` is given (false: no seed, `prepare` loads its own);
 * `env` adds to the environment every process gets.
 * Returns the API's base URL and process, its environment, how long it took to become healthy, and `stop()`.
 */
export async function startBenchPlatform({ prepare, seed = [], env: extraEnv = {} } = {}) {
  const { dir, remove: removeDir } = ownTempDir('liandong-bench-');
  const pg = await startPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
  const redis = await startRedis({ dir: join(dir, 'redis'), port: await freePort(), ephemeral: true });
  const appUrl = new URL(pg.url);
  appUrl.username = 'liandong_app';
  appUrl.password = randomBytes(18).toString('base64url');
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    APP_DATABASE_URL: appUrl.toString(),
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  let api;
  const stop = async () => {
    if (api) {
      await terminate(api);
    }
    await redis.stop();
    await pg.stop();
    await removeDir();
  };
  try {
    await run(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
    const cli = (...args) => runCli(env, args.map(String));
    await cli('migrate');
    if (seed) {
      await cli('seed', ...seed);
    }
    await prepare?.(cli, env);
    const started = await startApi(env);
    api = started.api;
    return { base: started.base, api, env, bootMs: started.bootMs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
