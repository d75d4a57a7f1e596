import { AppException, Said } from '@liandong/errors';
import { DepartmentEntity } from './department.entity';

/** Why a retired unit is refused new work, however it is named (a handoff, a reassignment, a finding). */
export const DEPARTMENT_RETIRED = 'DEPARTMENT_RETIRED';

export function departmentRetired(department: Pick<DepartmentEntity, 'name'>): Said {
  return {
    zh: `承办单位“${department.name}”已撤销,不能再接收新的问题或交办事项`,
    en: 'the department is retired: it receives nothing new',
  };
}

/**
 * A retired unit keeps its history and its handoffs but receives nothing new: refused as BAD_USER_INPUT on
 * `field`, the one way every path that names a unit for new work says so.
 */
export function assertReceivesWork(department: DepartmentEntity, field: string): void {
  if (department.retiredAt !== null) {
    throw AppException.badInput(field, DEPARTMENT_RETIRED, departmentRetired(department));
  }
}
