import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import { DuplicatesRepository, FindingLineage, FindingReporters } from './duplicates.repository';

export function reportersLoader(
  loaders: RequestLoaders,
  duplicates: DuplicatesRepository,
): DataLoader<string, FindingReporters | null> {
  return loaders.get(
    'findingReporters',
    (ids) => duplicates.reporters(ids),
    (row) => row.findingId,
  );
}

export function lineageLoader(
  loaders: RequestLoaders,
  duplicates: DuplicatesRepository,
): DataLoader<string, FindingLineage | null> {
  return loaders.get(
    'findingLineage',
    (ids) => duplicates.lineage(ids),
    (row) => row.id,
  );
}
