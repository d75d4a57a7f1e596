// `npm start`: runs the platform. Without DATABASE_URL / REDIS_URL it starts an embedded PostgreSQL and a
// local redis-server under $LIANDONG_DATA_DIR (default .data/); migrates; loads the Luoyang demo on first
// start; then runs the API and the worker until interrupted.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from './services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const dataDir = resolve(root, env.LIANDONG_DATA_DIR ?? '.data');
const started = Date.now();
const stops = [];
const children = [];
let stopping = false;

function log(message) {
  console.log(`[liandong] ${message}`);
}

async function shutdown(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
    }
  }
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  );
  for (const stop of stops.reverse()) {
    await stop().catch(() => undefined);
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** A random secret kept under the data directory, made on first start (development only). */
function developmentSecret(name) {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Newest modification time under a directory, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The console is built on first start and again when its sources changed (a build takes ~20 s). */
function consoleIsStale() {
  const built = join(root, 'dist/apps/web/index.html');
  return !existsSync(built) || newest(join(root, 'apps/web')) > statSync(built).mtimeMs;
}

/** The API's connection: DATABASE_URL's server and database, as the application role `liandong_app`. */
function applicationUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  url.username = 'liandong_app';
  url.password = developmentSecret('app-db-password');
  return url.toString();
}

try {
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  if (!env.DATABASE_URL) {
    const port = Number(env.LIANDONG_PG_PORT ?? 54329);
    const pg = await startPostgres({ dir: join(dataDir, 'pg'), port });
    stops.push(pg.stop);
    env.DATABASE_URL = pg.url;
    log(`embedded PostgreSQL on port ${port} (${join(dataDir, 'pg')})`);
  }
  if (!env.REDIS_URL) {
    const port = Number(env.LIANDONG_REDIS_PORT ?? 63799);
    const redis = await startRedis({ dir: join(dataDir, 'redis'), port });
    stops.push(redis.stop);
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
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (consoleIsStale()) {
    log('building the console (apps/web) …');
    execFileSync('npm', ['run', '--silent', 'web:build'], { cwd: root, stdio: 'inherit' });
  }
  const cli = join(root, 'dist/apps/cli/src/main.js');
  execFileSync(process.execPath, [cli, 'migrate'], { cwd: root, env, stdio: 'inherit' });
  execFileSync(process.execPath, [cli, 'seed', '--if-empty'], { cwd: root, env, stdio: 'inherit' });
  for (const app of ['api', 'worker']) {
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', join(root, `dist/apps/${app}/src/main.js`)],
      {
        cwd: root,
        env,
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) => {
      if (!stopping) {
        log(`${app} exited with code ${code}; stopping`);
        void shutdown(code || 1);
      }
    });
    children.push(child);
  }
  const port = env.PORT ?? '3000';
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !stopping) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      log(
        `联动 Liandong is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}/graphql`,
      );
      log(`console 控制台: http://localhost:${port}/`);
      log('demo accounts: 4103 (洛阳市), 410302 (老城区), 410302-market …, password liandong-demo');
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
} catch (error) {
  console.error(`[liandong] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
