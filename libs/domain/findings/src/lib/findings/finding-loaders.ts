import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import { FindingEntity } from './finding.entity';

/** Whatever reads findings by id (FindingsService for resolvers). */
export interface FindingsById {
  findByIds(ids: readonly string[]): Promise<FindingEntity[]>;
}

/** Findings by id, batched per request; the field's resolver decides whether the caller may see each. */
export function findingLoader(
  loaders: RequestLoaders,
  source: FindingsById,
): DataLoader<string, FindingEntity | null> {
  return loaders.get(
    'finding',
    (ids) => source.findByIds(ids),
    (finding) => finding.id,
  );
}
