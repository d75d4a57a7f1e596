// What the platform and its tests take from the system rather than from npm: redis-server, and Chromium with
// CJK fonts for the browser tests. Missing ones are installed on Debian/Ubuntu (as root or through sudo), in one
// apt-get call; elsewhere one line says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { run } from './lifecycle.mjs';

/** Debian's Chromium: Playwright's own download is not used. */
export const CHROMIUM = '/usr/bin/chromium';

function findRedisServer() {
  for (const candidate of [
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
    '/usr/sbin/redis-server',
  ]) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export const REDIS_SERVER = {
  name: 'redis-server',
  present: () => findRedisServer() !== null,
  elsewhere: 'macOS: brew install redis; or set REDIS_URL / TEST_REDIS_URL to a running Redis 6.2+',
};
export const CHROMIUM_BROWSER = { name: 'chromium', present: () => existsSync(CHROMIUM) };
/** Chinese in the browser tests' screenshots; any font fontconfig knows for Chinese will do. */
export const CJK_FONTS = {
  name: 'fonts-noto-cjk',
  present: () => spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim().length > 0,
};

function isDebianLike() {
  try {
    return /\b(debian|ubuntu)\b/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

let listsUpdated = false; // `apt-get update` once per process, however many installs follow

/** Installs those of `packages` ({ name, present() }) that are missing, in one apt-get call. */
export async function ensureDebianPackages(packages, { log = console.log } = {}) {
  const missing = packages.filter((pkg) => !pkg.present());
  if (missing.length === 0) {
    return;
  }
  const names = missing.map((pkg) => pkg.name);
  const isRoot = process.getuid?.() === 0;
  if (isDebianLike() && (isRoot || spawnSync('sh', ['-c', 'command -v sudo']).status === 0)) {
    log(`正在用 apt-get 安装 ${names.join(' ')} · installing ${names.join(' ')} with apt-get …`);
    const aptGet = (...args) =>
      isRoot
        ? run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        : run('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
    try {
      if (!listsUpdated) {
        await aptGet('update', '-qq');
        listsUpdated = true;
      }
      await aptGet('install', '-y', '-qq', ...names);
    } catch (error) {
      log(error instanceof Error ? error.message : String(error));
    }
  }
  const stillMissing = missing.filter((pkg) => !pkg.present());
  if (stillMissing.length > 0) {
    const list = stillMissing.map((pkg) => pkg.name).join(' ');
    const elsewhere = stillMissing.flatMap((pkg) => (pkg.elsewhere ? [`; ${pkg.elsewhere}`] : [])).join('');
    throw new Error(
      `缺少 ${list},请先安装 · Missing ${list}: install ${stillMissing.length > 1 ? 'them' : 'it'} ` +
        `(Debian/Ubuntu: sudo apt-get install -y ${list}${elsewhere}).`,
    );
  }
}

/** The path of redis-server, installed first when missing. */
export async function ensureRedisServer({ log = console.log } = {}) {
  await ensureDebianPackages([REDIS_SERVER], { log });
  return findRedisServer();
}

/** Chromium and CJK fonts for the browser tests; with `redis`, redis-server in the same apt-get call. */
export async function ensureChromium({ redis = false, log = console.log } = {}) {
  await ensureDebianPackages([CHROMIUM_BROWSER, CJK_FONTS, ...(redis ? [REDIS_SERVER] : [])], { log });
}
