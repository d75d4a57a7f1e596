// The platform as the benchmarks use it: throwaway PostgreSQL and Redis, built, migrated and seeded with
// the Luoyang demo, and the built API running as its own process so its memory can be read.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnSignals, hasExited, ownTempDir, run, spawnOwned, terminate } from '../scripts/lifecycle.mjs';
import { freePort, startPostgres, startRedis } from '../scripts/services.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// A benchmark interrupted (Ctrl-C) stops what it started: the API, a browser, Redis and PostgreSQL.
exitOnSignals();

/** Resident memory of a process, in MB. */
export const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Starts everything; `prepare(cli)` runs CLI commands (e.g. `cli('demo-year')`, a promise) before the API starts.
 * Returns the API's base URL and process, its environment, how long it took to become healthy, and `stop()`.
 */
export async function startBenchPlatform({ prepare } = {}) {
  const { dir, remove: removeDir } = ownTempDir('liandong-bench-');
  const pg = await startPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
  const redis = await startRedis({ dir: join(dir, 'redis'), port: await freePort(), ephemeral: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const appUrl = new URL(pg.url);
  appUrl.username = 'liandong_app';
  appUrl.password = randomBytes(18).toString('base64url');
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    APP_DATABASE_URL: appUrl.toString(),
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
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
    const cli = (...args) =>
      run(process.execPath, ['dist/apps/cli/src/main.js', ...args], { cwd: root, env, stdio: 'ignore' });
    await cli('migrate');
    await cli('seed');
    await prepare?.(cli);
    api = spawnOwned(process.execPath, ['dist/apps/api/src/main.js'], { cwd: root, env, stdio: 'ignore' });
    const started = Date.now();
    while (
      !(await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (hasExited(api)) {
        throw new Error(`the API exited with code ${api.exitCode} before answering /health`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return { base, api, env, bootMs: Date.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
