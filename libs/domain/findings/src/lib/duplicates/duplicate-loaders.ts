import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import type { FindingLineage, FindingReporters } from './duplicates.repository';
import type { DuplicatesService } from './duplicates.service';

export function reportersLoader(
  loaders: RequestLoaders,
  duplicates: DuplicatesService,
): DataLoader<string, FindingReporters | null> {
  return loaders.get(
    'findingReporters',
    (ids) => duplicates.reporters(ids),
    (row) => row.findingId,
  );
}

export function lineageLoader(
  loaders: RequestLoaders,
  duplicates: DuplicatesService,
): DataLoader<string, FindingLineage | null> {
  return loaders.get(
    'findingLineage',
    (ids) => duplicates.lineage(ids),
    (row) => row.id,
  );
}
