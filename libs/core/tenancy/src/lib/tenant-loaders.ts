import DataLoader from 'dataloader';
import { CommitteeEntity } from './committee.entity';
import { CommitteeRepository } from './committee.repository';
import { DepartmentEntity } from './department.entity';
import { DepartmentRepository } from './department.repository';
import { RequestLoaders } from './request-context';
import { TenantEntity } from './tenant.entity';
import { TenantRepository } from './tenant.repository';

export function tenantLoader(
  loaders: RequestLoaders,
  tenants: TenantRepository,
): DataLoader<string, TenantEntity | null> {
  return loaders.get(
    'tenant',
    (ids) => tenants.findByIds(ids),
    (tenant) => tenant.id,
  );
}

export function departmentLoader(
  loaders: RequestLoaders,
  departments: DepartmentRepository,
): DataLoader<string, DepartmentEntity | null> {
  return loaders.get(
    'department',
    (ids) => departments.findByIds(ids),
    (department) => department.id,
  );
}

export function committeeLoader(
  loaders: RequestLoaders,
  committees: CommitteeRepository,
): DataLoader<string, CommitteeEntity | null> {
  return loaders.get(
    'committee',
    (ids) => committees.findByIds(ids),
    (committee) => committee.id,
  );
}
