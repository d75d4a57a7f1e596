import { AppException, ErrorCode, Said } from '@liandong/errors';
import { Caller } from './caller';
import { Role } from './role';
import { isWithinPath } from './tenant-path';

/** What a caller may do; roles grant sets of these, and every service asks for one before acting. */
export enum Permission {
  READ = 'READ',
  MANAGE_PLANS = 'MANAGE_PLANS',
  REPORT_FINDINGS = 'REPORT_FINDINGS',
  REVIEW_FINDINGS = 'REVIEW_FINDINGS',
  HAND_OVER = 'HAND_OVER',
  WORK_HANDOFFS = 'WORK_HANDOFFS',
  ADMINISTER = 'ADMINISTER',
  /** Keeps the tenant's own organisation: its responsible units, committees and staff accounts. */
  ADMINISTER_ORGANISATION = 'ADMINISTER_ORGANISATION',
}

const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: [Permission.READ, Permission.ADMINISTER, Permission.ADMINISTER_ORGANISATION],
  [Role.COORDINATOR]: [
    Permission.READ,
    Permission.MANAGE_PLANS,
    Permission.REPORT_FINDINGS,
    Permission.REVIEW_FINDINGS,
    Permission.HAND_OVER,
    Permission.ADMINISTER_ORGANISATION,
  ],
  [Role.MEMBER]: [Permission.READ, Permission.REPORT_FINDINGS],
  [Role.VIEWER]: [Permission.READ],
  [Role.DEPARTMENT]: [Permission.WORK_HANDOFFS],
};

export function hasPermission(caller: Caller, permission: Permission): boolean {
  return caller.roles.some((role) => GRANTS[role].includes(permission));
}

export function assertPermission(caller: Caller, permission: Permission): void {
  if (!hasPermission(caller, permission)) {
    throw new AppException(
      ErrorCode.FORBIDDEN,
      'ROLE_LACKS_PERMISSION',
      {
        zh: `当前账号(${caller.roles.join(', ')})无此权限`,
        en: `Your role may not do this (${permission}).`,
      },
      { permission },
    );
  }
}

export function isDepartmentCaller(caller: Caller): boolean {
  return caller.departmentId !== null && caller.roles.includes(Role.DEPARTMENT);
}

/** A tenant's own people see its subtree; department accounts see none of it, only their handoffs. */
export function canSeeSubtreeOf(caller: Caller, path: string): boolean {
  return !isDepartmentCaller(caller) && isWithinPath(path, caller.tenantPath);
}

/** Ancestors are visible by name and code (issuers, parents), never their other data. */
export function isAncestorOfCaller(caller: Caller, path: string): boolean {
  return isWithinPath(caller.tenantPath, path) && path !== caller.tenantPath;
}

/** Outside the caller's subtree a thing is "not found", so that its existence is not told. */
export function assertInSubtree(caller: Caller, path: string, what: Said, id?: string): void {
  if (!canSeeSubtreeOf(caller, path)) {
    throw AppException.notFound(what, id);
  }
}
