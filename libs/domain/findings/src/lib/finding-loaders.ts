import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import { FindingEntity } from './finding.entity';
import { FindingsRepository } from './findings.repository';

export function findingLoader(
  loaders: RequestLoaders,
  findings: FindingsRepository,
): DataLoader<string, FindingEntity | null> {
  return loaders.get(
    'finding',
    (ids) => findings.findByIds(ids),
    (finding) => finding.id,
  );
}
