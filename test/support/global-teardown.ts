import { TEST_RUN, type TestRun } from './global-setup';

/** Stops the throwaway servers and removes their directory. */
export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as Record<string, unknown>)[TEST_RUN] as TestRun | undefined;
  // Both projects tear down; the first stops the shared services, the second finds nothing left.
  delete (globalThis as Record<string, unknown>)[TEST_RUN];
  for (const service of run?.services ?? []) {
    await service.stop().catch(() => undefined);
  }
  await run?.removeDir();
}
