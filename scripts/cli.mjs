// `npm run liandong -- <command>`: builds, then runs the command line with the same services `npm start` uses
// (DATABASE_URL / REDIS_URL, or the embedded ones under .data/ when npm start is running).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const dataDir = resolve(root, env.LIANDONG_DATA_DIR ?? '.data');
env.DATABASE_URL ??= `postgres://postgres:liandong-local@127.0.0.1:${env.LIANDONG_PG_PORT ?? 54329}/liandong`;
env.REDIS_URL ??= `redis://127.0.0.1:${env.LIANDONG_REDIS_PORT ?? 63799}`;
if (!env.JWT_SECRET && existsSync(join(dataDir, 'jwt-secret'))) {
  env.JWT_SECRET = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
}
env.JWT_SECRET ??= 'command-line-only-secret-not-used-for-tokens';
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
try {
  execFileSync(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
} catch (error) {
  process.exit(error.status ?? 1);
}
