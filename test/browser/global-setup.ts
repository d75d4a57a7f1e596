import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import startServices from '../support/global-setup';
import { CHROMIUM } from './support/browser';

/**
 * The browser tests share the system tests' throwaway PostgreSQL and Redis: when both projects run, the
 * services are already up. Then the console is built, so the tests drive what would be shipped.
 */
export default async function browserGlobalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  await startServices(); // once per run: it does nothing when the system project's setup came first
  const started = Date.now();
  const root = resolve(__dirname, '../..');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  console.log(`console built in ${Date.now() - started} ms`);
}
