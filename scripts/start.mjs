// `npm start`: runs the platform. Without DATABASE_URL / REDIS_URL it starts an embedded PostgreSQL and a
// local redis-server under $LIANDONG_DATA_DIR (default .data/); migrates; loads the Luoyang demo on first
// start; then runs the API and the worker until interrupted: LIANDONG_API_PROCESSES API processes on the one
// PORT and LIANDONG_WORKER_PROCESSES workers (1 of each by default; see processes.mjs).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConsole, consoleIsStale } from './console-build.mjs';
import { exitOnSignals, isStopping, run, stopAll } from './lifecycle.mjs';
import { processCounts, startApplications } from './processes.mjs';
import { startPostgres, startRedis } from './services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const dataDir = resolve(root, env.LIANDONG_DATA_DIR ?? '.data');
const started = Date.now();

function log(message) {
  console.log(`[liandong] ${message}`);
}

/** Stops what was started (the API processes, the workers, Redis, then PostgreSQL), then exits. */
async function shutdown(code) {
  await stopAll({ log });
  log('已停止 · stopped');
  process.exit(code);
}

// Stopping on request is a clean end: exit 0, so npm reports no failure.
exitOnSignals({ onSignal: () => shutdown(0), log });

// npm runs this script through `sh -c` and forwards SIGINT and SIGTERM to that shell, which dies without passing
// them on. When our parent goes away, stop as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !isStopping()) {
    log('父进程已退出,正在停止 · the parent process exited; stopping');
    void shutdown(0);
  }
}, 500).unref();

/** A random secret kept under the data directory, made on first start (development only). */
function developmentSecret(name) {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The API's connection: DATABASE_URL's server and database, as the application role `liandong_app`. */
function applicationUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  url.username = 'liandong_app';
  url.password = developmentSecret('app-db-password');
  return url.toString();
}

try {
  // A mistyped count fails before anything starts.
  const counts = processCounts(env);
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  if (!env.DATABASE_URL) {
    const port = Number(env.LIANDONG_PG_PORT ?? 54329);
    const pg = await startPostgres({ dir: join(dataDir, 'pg'), port });
    env.DATABASE_URL = pg.url;
    log(`embedded PostgreSQL on port ${port} (${join(dataDir, 'pg')})`);
  }
  if (!env.REDIS_URL) {
    const port = Number(env.LIANDONG_REDIS_PORT ?? 63799);
    const redis = await startRedis({ dir: join(dataDir, 'redis'), port });
    env.REDIS_URL = redis.url;
    log(`local Redis on port ${port}`);
  }
  if (!env.JWT_SECRET && env.NODE_ENV !== 'production') {
    env.JWT_SECRET = developmentSecret('jwt-secret');
  }
  if (!env.APP_DATABASE_URL && env.NODE_ENV !== 'production') {
    // `liandong migrate` below creates this login; the API reaches only what row-level security lets through.
    env.APP_DATABASE_URL = applicationUrl(env.DATABASE_URL);
  }
  await run(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root });
  if (consoleIsStale()) {
    log('building the console (apps/web) …');
    await buildConsole();
  }
  const cli = join(root, 'dist/apps/cli/src/main.js');
  await run(process.execPath, [cli, 'migrate'], { cwd: root, env });
  await run(process.execPath, [cli, 'seed', '--if-empty'], { cwd: root, env });
  startApplications({
    root,
    env,
    counts,
    onExit: (name, code, signal) => {
      if (!isStopping()) {
        log(`${name} exited (${signal ?? `code ${code}`}); stopping`);
        void shutdown(code || 1);
      }
    },
  });
  const port = env.PORT ?? '3000';
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !isStopping()) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      log(
        `联动 Liandong is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}/graphql`,
      );
      log(`console 控制台: http://localhost:${port}/`);
      log(`processes 进程: ${counts.api} API on port ${port}, ${counts.worker} worker`);
      log('demo accounts: 4103 (洛阳市), 410302 (老城区), 410302-market …, password liandong-demo');
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
} catch (error) {
  // A step that failed because a signal stopped it is no error; the signal's shutdown exits.
  if (!isStopping()) {
    console.error(`[liandong] ${error instanceof Error ? error.message : error}`);
    await shutdown(1);
  }
}
