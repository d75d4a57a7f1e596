// The console (apps/web) built into dist/apps/web, which the API serves: for `npm start`, the browser tests and
// the console benchmark. Vite runs directly, not through `npm run`, so stopping it stops the build itself.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lifecycle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'dist/apps/web/index.html');

/** Newest modification time under a directory, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Not built yet, or its sources changed since. */
export function consoleIsStale() {
  return !existsSync(builtIndex) || newest(join(root, 'apps/web')) > statSync(builtIndex).mtimeMs;
}

/**
 * Builds the console (about 20 s), always as production: the test harness runs with NODE_ENV=test, which
 * would otherwise give the browser tests a development build of React and antd, not what is shipped.
 */
export function buildConsole({ logLevel = 'info' } = {}) {
  return run(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      logLevel,
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production' } },
  );
}
