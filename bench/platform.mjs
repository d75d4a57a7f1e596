// The platform as the benchmarks use it: throwaway PostgreSQL and Redis, built, migrated and seeded with
// the Luoyang demo, and the built API running as its own process so its memory can be read.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startPostgres, startRedis } from '../scripts/services.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Resident memory of a process, in MB. */
export const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Starts everything; `prepare(cli)` runs CLI commands (e.g. demo-year) before the API starts. Returns the
 * API's base URL and process, its environment, how long it took to become healthy, and `stop()`.
 */
export async function startBenchPlatform({ prepare } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'liandong-bench-'));
  chmodSync(dir, 0o755);
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
    api?.kill('SIGTERM');
    await redis.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
    const cli = (...args) =>
      execFileSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
        cwd: root,
        env,
        stdio: 'ignore',
      });
    cli('migrate');
    cli('seed');
    await prepare?.(cli);
    api = spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: root, env, stdio: 'ignore' });
    const started = Date.now();
    while (
      !(await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return { base, api, env, bootMs: Date.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
