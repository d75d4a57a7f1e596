/**
 * An error and the errors it wraps, outermost first: GraphQL's `originalError`, TypeORM's `driverError` and the
 * standard `cause`. Bounded, so a chain that loops back on itself ends.
 */
export function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 6) {
    chain.push(current);
    const next = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return chain;
}
