// What this process started and must stop: child processes (the API, the worker, a build step), Redis,
// PostgreSQL, a browser. They are stopped newest first, so the applications go before Redis and Redis before
// PostgreSQL, and nothing new starts once stopping has begun. Used by `npm start`, the tests and the benchmarks.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {{ stop(): Promise<void>, kill(signal?: string): void }[]} */
const owned = [];
/** @type {Promise<void> | null} */
let stopping = null;

export const isStopping = () => stopping !== null;

/** Registers something to stop on shutdown; returns a function that forgets it (once it stopped otherwise). */
export function own(resource) {
  if (stopping) {
    throw new Error('正在停止,不再启动新的进程 · stopping: nothing new starts');
  }
  owned.push(resource);
  return () => {
    const index = owned.indexOf(resource);
    if (index >= 0) {
      owned.splice(index, 1);
    }
  };
}

/** A fresh directory under the system's temp directory, removed on shutdown unless `remove()` came first. */
export function ownTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the postgres user (when we run as root) must reach a cluster below it
  const remove = () => rm(dir, { recursive: true, force: true });
  const forget = own({ stop: remove, kill: () => undefined });
  return {
    dir,
    remove: () => {
      forget();
      return remove();
    },
  };
}

/** A child that could not be spawned has no pid and never exits. */
export const hasExited = (child) =>
  child.pid === undefined || child.exitCode !== null || child.signalCode !== null;

/** Resolves once `child` has exited; at once when it already has (a late 'exit' listener would wait forever). */
function exitOf(child) {
  return hasExited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Whether a process still catches `signal`. A Node.js application that got a shutdown signal (with its whole
 * process group, say) stops catching it while it shuts down, and a second one would kill it halfway.
 */
function stillCatches(pid, signal) {
  try {
    const caught = /SigCgt:\s*([0-9a-f]+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return (
      caught === undefined || ((BigInt(`0x${caught}`) >> BigInt(constants.signals[signal] - 1)) & 1n) === 1n
    );
  } catch {
    return true;
  }
}

/** Sends `signal`, then SIGKILL when the process is still there after `graceMs`; resolves once it has exited. */
export async function terminate(child, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
  if (hasExited(child)) {
    return;
  }
  if (stillCatches(child.pid, signal)) {
    child.kill(signal);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exitOf(child);
  clearTimeout(timer);
}

/** Spawns a process that is stopped with the rest (by `signal`) unless it exits first. */
export function spawnOwned(command, args, options = {}, stopOptions = {}) {
  refuseWhileStopping(command);
  return ownChild(spawn(command, args, options), stopOptions);
}

/** Throws once stopping has begun: call it before starting a process that `ownChild` will own. */
export function refuseWhileStopping(what) {
  if (stopping) {
    throw new Error(`正在停止,不再启动 ${what} · stopping: not starting ${what}`);
  }
}

/** Owns a child process started here (spawned, or forked as a cluster worker): stopped with the rest. */
export function ownChild(child, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
  const forget = own({
    stop: () => terminate(child, { signal, graceMs }),
    kill: (killSignal = signal) => void (hasExited(child) || child.kill(killSignal)),
  });
  child.once('exit', forget);
  child.once('error', forget);
  return child;
}

/**
 * Runs a command to its end without blocking the event loop, so a signal meanwhile is handled (and stops the
 * command); rejects when it fails.
 */
export async function run(command, args, options = {}) {
  const child = spawnOwned(command, args, { stdio: 'inherit', ...options });
  const failure = await new Promise((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => resolve(code === 0 ? null : (signal ?? `exit code ${code}`)));
  });
  if (failure !== null) {
    throw new Error(`${[command, ...args].join(' ')} failed: ${failure}`);
  }
}

/** Stops everything owned, newest first. Every caller gets the same promise. */
export function stopAll({ log = console.error } = {}) {
  stopping ??= (async () => {
    while (owned.length > 0) {
      await owned
        .pop()
        .stop()
        .catch((error) => log(`stopping failed: ${error instanceof Error ? error.message : error}`));
    }
  })();
  return stopping;
}

const signalExitCode = (signal) => 128 + constants.signals[signal];

let handlingSignals = false;

/**
 * On SIGINT, SIGTERM or SIGHUP: `onSignal(signal)`, by default stop everything and exit as the signal would.
 * A second signal, a moment later, kills what is left at once and exits.
 */
export function exitOnSignals({ onSignal = defaultOnSignal, log = console.error } = {}) {
  if (handlingSignals) {
    return;
  }
  handlingSignals = true;
  let first = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (first === 0) {
        first = Date.now();
        void onSignal(signal);
        // The same stop delivered twice (to the process and to its group, as `timeout` does) is not a second request.
      } else if (Date.now() - first > 1_000) {
        log(`再次收到 ${signal},立即结束 · ${signal} again: killing what is left`);
        for (const resource of owned) {
          resource.kill('SIGKILL');
        }
        process.exit(signalExitCode(signal));
      }
    });
  }
}

async function defaultOnSignal(signal) {
  // Work the stop cuts short (a request, a browser page) fails meanwhile: no error of its own, the signal decides.
  process.on('uncaughtException', () => undefined);
  process.on('unhandledRejection', () => undefined);
  await stopAll();
  process.exit(signalExitCode(signal));
}

// Last resort when the process exits without stopping (an uncaught error): nothing it owned keeps running.
process.on('exit', () => {
  for (const resource of owned) {
    resource.kill();
  }
});
