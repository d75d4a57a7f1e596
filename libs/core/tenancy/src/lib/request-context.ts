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

  /** A loader of the rows belonging to many parents at once (a project's assignments, a handoff's reports). */
  grouped<T>(
    name: string,
    fetch: (parentIds: readonly string[]) => Promise<T[]>,
    parentOf: (row: T) => string | null,
  ): { load(parentId: string): Promise<T[]> } {
    const loader = this.get(
      name,
      async (parentIds) => {
        const rows = await fetch(parentIds);
        return parentIds.map((parentId) => ({
          parentId,
          rows: rows.filter((row) => parentOf(row) === parentId),
        }));
      },
      (group) => group.parentId,
    );
    return { load: async (parentId) => (await loader.load(parentId))?.rows ?? [] };
  }
}

/** What the GraphQL and HTTP layers carry for one request. */
export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined>; caller?: Caller; requestId?: string };
  loaders: RequestLoaders;
}
