import DataLoader from 'dataloader';
import { Caller } from './caller';

/**
 * Per-request DataLoaders, created lazily by name, so a list of 500 findings asks for its tenants,
 * projects and departments in one query each rather than 1,500.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<T>(
    name: string,
    batch: (ids: readonly string[]) => Promise<T[]>,
    keyOf: (row: T) => string,
  ): DataLoader<string, T | null> {
    let loader = this.loaders.get(name) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await batch(ids);
        const byKey = new Map(rows.map((row) => [keyOf(row), row]));
        return ids.map((id) => byKey.get(id) ?? null);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** What the GraphQL and HTTP layers carry for one request. */
export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined>; caller?: Caller; requestId?: string };
  loaders: RequestLoaders;
}
