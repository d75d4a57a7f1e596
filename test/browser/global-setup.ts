import startServices, { importScript } from '../support/global-setup';

interface SystemPackagesScript {
  ensureChromium(options: { redis: boolean }): Promise<void>;
}

interface ConsoleBuildScript {
  buildConsole(options: { logLevel: string }): Promise<void>;
}

/**
 * The browser tests share the system tests' throwaway PostgreSQL and Redis: when both projects run, the
 * services are already up. Then the console is built, so the tests drive what would be shipped.
 */
export default async function browserGlobalSetup(): Promise<void> {
  // Chromium, CJK fonts for Chinese in the screenshots and redis-server, installed in one go when missing.
  const packages = await importScript<SystemPackagesScript>('system-packages.mjs');
  await packages.ensureChromium({ redis: !process.env['TEST_REDIS_URL'] });
  await startServices(); // once per run: it does nothing when the system project's setup came first
  const started = Date.now();
  const consoleBuild = await importScript<ConsoleBuildScript>('console-build.mjs');
  await consoleBuild.buildConsole({ logLevel: 'error' });
  console.log(`console built in ${Date.now() - started} ms`);
}
