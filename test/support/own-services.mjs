// A PostgreSQL and a Redis of one fault test's own, run as a child process of the test (Jest's sandbox cannot
// import these ES modules). Starts both on free ports, migrates and seeds through the built command line, prints
// one JSON line with the URLs, and stops everything when told (SIGTERM) or when the test goes away (stdin ends).
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnSignals, ownTempDir, run, stopAll } from '../../scripts/lifecycle.mjs';
import { freePort, startPostgres, startRedis } from '../../scripts/services.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

exitOnSignals();
process.stdin.resume();
process.stdin.on('end', () => void stopAll().then(() => process.exit(0)));

const { dir } = ownTempDir('liandong-fault-');
const postgres = await startPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
const redis = await startRedis({ dir: join(dir, 'redis'), port: await freePort(), ephemeral: true });
const app = new URL(postgres.url);
app.username = 'liandong_app';
app.password = randomBytes(18).toString('base64url');
const urls = { DATABASE_URL: postgres.url, APP_DATABASE_URL: app.toString(), REDIS_URL: redis.url };
for (const command of [['migrate'], ['seed', '--if-empty']]) {
  await run(process.execPath, ['dist/apps/cli/src/main.js', ...command], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ...urls },
  });
}
process.stdout.write(`${JSON.stringify(urls)}\n`);
