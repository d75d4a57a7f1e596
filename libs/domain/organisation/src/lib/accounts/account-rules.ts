import { FieldProblem, Said } from '@liandong/errors';
import { Role } from '@liandong/tenancy';

/* What this aggregate's refusals call the things they could not find (AppException.notFound). */
export const ACCOUNT: Said = { zh: '账号', en: 'Account' };
export const DEPARTMENT: Said = { zh: '承办单位', en: 'Department' };
export const COMMITTEE: Said = { zh: '委室', en: 'Committee' };

/** Globally unique, what a person types to sign in: a letter or digit first, then letters, digits, . _ - */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/;
export const DISPLAY_NAME_MAX = 60;

/** How the console, the template and the refusals name each role. */
export const ROLE_NAMES: Record<Role, string> = {
  [Role.ADMIN]: '管理员',
  [Role.COORDINATOR]: '联络员',
  [Role.MEMBER]: '工作人员',
  [Role.VIEWER]: '只读',
  [Role.DEPARTMENT]: '承办单位',
};

/** What a COORDINATOR may give: everything but ADMIN, which only an ADMIN gives. */
const COORDINATOR_GRANTS: readonly Role[] = [Role.COORDINATOR, Role.MEMBER, Role.VIEWER, Role.DEPARTMENT];

/** The roles an administrator holding `grantorRoles` may give, and so the accounts it may administer. */
export function grantableRoles(grantorRoles: readonly Role[]): ReadonlySet<Role> {
  if (grantorRoles.includes(Role.ADMIN)) {
    return new Set(Object.values(Role));
  }
  return new Set(grantorRoles.includes(Role.COORDINATOR) ? COORDINATOR_GRANTS : []);
}

/** The first of `roles` the grantor may not give (in `roles` order), or null when it may give them all. */
export function firstUngrantableRole(grantorRoles: readonly Role[], roles: readonly Role[]): Role | null {
  const grantable = grantableRoles(grantorRoles);
  return roles.find((role) => !grantable.has(role)) ?? null;
}

/** Who an account is for: its roles, with the unit (DEPARTMENT accounts) or the committee (staff) it works in. */
export interface AccountPlacement {
  roles: readonly Role[];
  departmentId: string | null;
  committeeId: string | null;
}

/**
 * What is wrong with a placement on its face, before its unit or committee is looked up: at least one role;
 * a DEPARTMENT account is that role alone, with its unit and no committee; a unit only for DEPARTMENT.
 * Fields are named bare (`roles`, `departmentId`); the caller prefixes them (`input.`) or maps them to cells.
 */
export function placementProblems(placement: AccountPlacement): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { roles, departmentId, committeeId } = placement;
  const isDepartment = roles.includes(Role.DEPARTMENT);
  if (roles.length === 0) {
    problems.push({
      field: 'roles',
      reason: 'ROLES_REQUIRED',
      zh: '至少选择一个角色',
      en: 'give at least one role',
    });
  }
  if (isDepartment && roles.some((role) => role !== Role.DEPARTMENT)) {
    problems.push({
      field: 'roles',
      reason: 'DEPARTMENT_ROLE_ALONE',
      zh: '承办单位账号只能有“承办单位”一个角色',
      en: 'a DEPARTMENT account holds no other role',
    });
  }
  if (isDepartment && !departmentId) {
    problems.push({
      field: 'departmentId',
      reason: 'DEPARTMENT_REQUIRED',
      zh: '承办单位账号须指定所属承办单位',
      en: 'a DEPARTMENT account needs its unit (departmentId)',
    });
  }
  if (!isDepartment && departmentId) {
    problems.push({
      field: 'departmentId',
      reason: 'DEPARTMENT_WITHOUT_DEPARTMENT_ROLE',
      zh: '只有“承办单位”角色的账号可以指定承办单位',
      en: 'only a DEPARTMENT account belongs to a unit',
    });
  }
  if (isDepartment && committeeId) {
    problems.push({
      field: 'committeeId',
      reason: 'COMMITTEE_NOT_FOR_DEPARTMENT',
      zh: '承办单位账号不属于委室',
      en: 'a DEPARTMENT account belongs to no committee',
    });
  }
  return problems;
}

export function usernameProblems(username: string): FieldProblem[] {
  return USERNAME_PATTERN.test(username)
    ? []
    : [
        {
          field: 'username',
          reason: 'INVALID_USERNAME',
          zh: '用户名须为 3–40 位字母、数字或 . _ -,以字母或数字开头',
          en: 'username: 3–40 of letters, digits, . _ -, starting with a letter or digit',
        },
      ];
}

export function displayNameProblems(displayName: string): FieldProblem[] {
  const length = [...displayName].length;
  return length >= 1 && length <= DISPLAY_NAME_MAX
    ? []
    : [
        {
          field: 'displayName',
          reason: 'INVALID_DISPLAY_NAME',
          zh: `姓名须为 1–${DISPLAY_NAME_MAX} 个字符`,
          en: `displayName: 1–${DISPLAY_NAME_MAX} characters`,
        },
      ];
}

/** The roles as given, each once, in the enum's order (ADMIN first), so a stored list reads the same. */
export function normalRoles(roles: readonly Role[]): Role[] {
  return Object.values(Role).filter((role) => roles.includes(role));
}
