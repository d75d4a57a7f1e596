// The applications `npm start` runs: LIANDONG_API_PROCESSES API processes behind one port and
// LIANDONG_WORKER_PROCESSES worker processes, all on the same PostgreSQL and Redis. The launcher is the
// cluster primary: it holds the listening socket and hands each new connection to the next API process in
// turn, so PORT stays one address however many processes answer on it.
import cluster from 'node:cluster';
import { join } from 'node:path';
import { ownChild, refuseWhileStopping, spawnOwned } from './lifecycle.mjs';

/** More would only contend for the cores and PostgreSQL's connections (each process keeps its own pool). */
const MOST_PROCESSES = 64;

/** A count of processes from `env[name]`: a whole number from 1 to 64; unset or empty means 1. */
export function processCount(env, name) {
  const raw = (env[name] ?? '').trim();
  if (raw === '') {
    return 1;
  }
  const count = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(count >= 1 && count <= MOST_PROCESSES)) {
    throw new Error(
      `${name} 应为 1 到 ${MOST_PROCESSES} 之间的整数,而不是「${raw}」 · ` +
        `${name} must be a whole number from 1 to ${MOST_PROCESSES}, not "${raw}"`,
    );
  }
  return count;
}

/** Both counts, read and checked before anything starts. */
export function processCounts(env) {
  return {
    api: processCount(env, 'LIANDONG_API_PROCESSES'),
    worker: processCount(env, 'LIANDONG_WORKER_PROCESSES'),
  };
}

/**
 * Starts the workers, then the API processes (what starts last stops first: the API goes before the workers
 * whose queues it fills). `onExit(name, code, signal)` hears of any that exits on its own.
 */
export function startApplications({ root, env, counts, onExit }) {
  const main = (app) => join(root, `dist/apps/${app}/src/main.js`);
  for (let n = 1; n <= counts.worker; n += 1) {
    const child = spawnOwned(process.execPath, ['--enable-source-maps', main('worker')], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => onExit(`worker ${n}`, code, signal));
  }
  // Round robin on every platform (Windows would otherwise let the processes race for each connection).
  cluster.schedulingPolicy = cluster.SCHED_RR;
  cluster.setupPrimary({ exec: main('api'), execArgv: ['--enable-source-maps'], cwd: root });
  for (let n = 1; n <= counts.api; n += 1) {
    refuseWhileStopping('api');
    // A cluster worker also exits by itself when this process dies: its channel to the primary closes.
    const child = ownChild(cluster.fork(env).process);
    child.on('exit', (code, signal) => onExit(`api ${n}`, code, signal));
  }
}
