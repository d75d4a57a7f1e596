interface Stoppable {
  stop: () => Promise<void>;
}

export default async function globalTeardown(): Promise<void> {
  const services = ((globalThis as Record<string, unknown>)['__LIANDONG_SERVICES__'] ?? []) as Stoppable[];
  // Both projects tear down; the first stops the shared services, the second finds none left.
  (globalThis as Record<string, unknown>)['__LIANDONG_SERVICES__'] = [];
  for (const service of services) {
    await service.stop().catch(() => undefined);
  }
}
